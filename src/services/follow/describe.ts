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

/** How many characters of the search words a mail to an unconfirmed address repeats. */
const UNCONFIRMED_WORDS_MAX = 40
/** Words that could carry an address, a link or a phone number into someone else's inbox. */
const LINK_LIKE = /[:/@\\]|www|\.[a-z]{2,}|\d{5,}/i

/**
 * The search words as a mail to an address nobody has confirmed may repeat them: anyone can type
 * them and have them sent to a stranger, so they are shortened and withheld when they look like a
 * link, an address or a phone number.
 */
/** Search words in the quotation marks of the language. */
const quoted = (words: string, locale: Locale): string =>
  locale === 'de' ? `„${words}“` : `“${words}”`

const unconfirmedWords = (words: string, locale: Locale): string => {
  if (LINK_LIKE.test(words.replace(/\s+/g, ''))) {
    return translate({ key: 'follow.mail.wordsWithheld', locale })
  }
  return words.length > UNCONFIRMED_WORDS_MAX
    ? quoted(`${words.slice(0, UNCONFIRMED_WORDS_MAX).trimEnd()}…`, locale)
    : quoted(words, locale)
}

/**
 * A saved search in words: „Wörter“ · Art: App · Branche: Logistik (or "all new products").
 * `unconfirmed` is for the confirmation mail: facet values the catalogue does not know are left
 * out and the words are guarded (see unconfirmedWords), so the form cannot send typed text to a
 * stranger.
 */
export const describeSearch = async ({
  payload,
  locale,
  search,
  unconfirmed = false,
}: {
  payload: Payload
  locale: Locale
  search: SavedSearch
  unconfirmed?: boolean
}): Promise<string> => {
  const { facetLabels } = await getCatalogue({ payload, locale })
  const knownLabel = (facet: Facet, value: string): string | undefined => {
    const group = OPTION_GROUPS[facet]
    return (
      (group ? optionLabel(`options.${group}.${value}`, locale) : undefined) ??
      facetLabels[facet]?.[value]
    )
  }
  const labels = (facet: Facet): string[] =>
    (search.filters[facet] ?? []).flatMap((value) => {
      const known = knownLabel(facet, value)
      return known !== undefined ? [known] : unconfirmed ? [] : [value]
    })
  const words = search.q
    ? unconfirmed
      ? unconfirmedWords(search.q, locale)
      : quoted(search.q, locale)
    : ''
  const parts = [
    ...(words ? [words] : []),
    ...FACETS.flatMap((facet) => {
      const values = labels(facet)
      return values.length > 0
        ? [
            `${translate({ key: `follow.facets.${facet}` as TextKey, locale })}: ${values.join(', ')}`,
          ]
        : []
    }),
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
