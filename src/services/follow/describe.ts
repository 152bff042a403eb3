import type { Payload } from 'payload'

import { type Facet, FACETS, type Locale } from '@/constants'
import { getCatalogue } from '@/data/catalogue'
import { translate, type TextKey } from '@/i18n'
import type { FollowedThing } from '@/lib/follow/mails'
import { readSavedSearch, type SavedSearch } from '@/lib/follow/savedSearch'

/** Facets whose values are option keys of the UI texts (the others are ids or slugs). */
const OPTION_GROUPS: Partial<Record<Facet, string>> = {
  kind: 'kinds',
  targetGroup: 'targetGroups',
  state: 'states',
  transferStatus: 'transferStatuses',
  format: 'formats',
  costModel: 'costModels',
}

const optionLabel = (key: string, locale: Locale): string | undefined => {
  try {
    return translate({ key: key as TextKey, locale })
  } catch {
    return undefined
  }
}

/** A saved search in words: „Wörter“ · Art: App · Branche: Logistik (or "all new products"). */
export const describeSearch = async ({
  payload,
  locale,
  search,
}: {
  payload: Payload
  locale: Locale
  search: SavedSearch
}): Promise<string> => {
  const { facetLabels } = await getCatalogue({ payload, locale })
  const label = (facet: Facet, value: string): string => {
    const group = OPTION_GROUPS[facet]
    return (
      (group ? optionLabel(`options.${group}.${value}`, locale) : undefined) ??
      facetLabels[facet]?.[value] ??
      value
    )
  }
  const parts = [
    ...(search.q ? [`„${search.q}“`] : []),
    ...FACETS.filter((facet) => search.filters[facet]?.length).map(
      (facet) =>
        `${translate({ key: `follow.facets.${facet}` as TextKey, locale })}: ${search.filters[facet]!.map((value) => label(facet, value)).join(', ')}`,
    ),
  ]
  return parts.length > 0 ? parts.join(' · ') : translate({ key: 'follow.allProducts', locale })
}

/** What a subscription is about, for mails and pages; undefined for a product that is gone. */
export const followedThing = async ({
  payload,
  locale,
  subscription,
}: {
  payload: Payload
  locale: Locale
  subscription: { kind: string; search?: unknown; product?: unknown }
}): Promise<FollowedThing | undefined> => {
  if (subscription.kind === 'search') {
    return {
      kind: 'search',
      description: await describeSearch({
        payload,
        locale,
        search: readSavedSearch(subscription.search),
      }),
    }
  }
  const id = String(
    typeof subscription.product === 'object' && subscription.product !== null
      ? (subscription.product as { id: unknown }).id
      : subscription.product,
  )
  const catalogue = await getCatalogue({ payload, locale })
  const entry = catalogue.entries.get(id) ?? catalogue.retiredEntries.get(id)
  return entry ? { kind: 'product', title: entry.title } : undefined
}
