import type { Payload } from 'payload'

import {
  COLLECTIONS,
  DEFAULT_OPEN_DATA_LICENCE,
  LOCALES,
  type Locale,
  OPEN_DATA_LICENCES,
  type OpenDataLicence,
} from '@/constants'
import { translate } from '@/i18n'
import { relationIds } from '@/lib/ids'
import {
  type Bilingual,
  joinLanguages,
  type LocalProduct,
  type OpenDataProduct,
} from '@/lib/openData/products'
import { productPath, projectPath } from '@/lib/paths'
import type { TransferProduct } from '@/payload-types'

import { cachedRead } from './catalogue'
import { getSiteSettings } from './network'
import type { PageRead } from './types'

/** The site's public origin, as the feed and the sitemap name it. */
export const siteOrigin = (): string =>
  (process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000').replace(/\/+$/, '')

/** What the catalogue entry lacks and the open data shows. */
const EXTRA_FIELDS = {
  occupations: true,
  adoptionKit: {
    included: true,
    prerequisites: true,
    costNote: true,
    licence: true,
    duration: true,
    languages: true,
  },
  updatedAt: true,
} as const

type Extra = Pick<TransferProduct, 'id' | 'occupations' | 'adoptionKit' | 'updatedAt'>

/** Published products are read in pages of this many (keyset, as the catalogue build does). */
const READ_BATCH = 2_000

/**
 * EXTRA_FIELDS of every published product, by id. In keyset pages rather than `id in [all the
 * catalogue's ids]`: SQLite refuses a statement with more than 32,766 values.
 */
const readExtras = async ({ payload, locale }: PageRead): Promise<Map<string, Extra>> => {
  const extras = new Map<string, Extra>()
  let after: number | string | undefined
  for (;;) {
    const { docs } = await payload.find({
      collection: COLLECTIONS.transferProducts,
      overrideAccess: false,
      pagination: false,
      depth: 0,
      locale,
      where: {
        and: [
          { _status: { equals: 'published' } },
          ...(after === undefined ? [] : [{ id: { greater_than: after } }]),
        ],
      },
      sort: 'id',
      limit: READ_BATCH,
      select: EXTRA_FIELDS,
    })
    for (const doc of docs as Extra[]) extras.set(String(doc.id), doc)
    if (docs.length < READ_BATCH) return extras
    after = docs[docs.length - 1].id
  }
}

type OptionGroup =
  'kinds' | 'targetGroups' | 'transferStatuses' | 'formats' | 'costModels' | 'languages'

/**
 * The open data of one language, built from the catalogue of the current public snapshot (so it
 * lists exactly the products the catalogue lists, counted the same way) plus the fields the
 * catalogue does not keep, read as the public would. Kept in the snapshot: rebuilt after every
 * publish, edit or unpublish, like the pages.
 */
const localProducts = ({ payload, locale }: PageRead): Promise<LocalProduct[]> =>
  cachedRead({ payload, locale }, 'open-data', async ({ entries }) => {
    const read = { overrideAccess: false, pagination: false, depth: 0, locale } as const
    const [extras, occupations] = await Promise.all([
      readExtras({ payload, locale }),
      payload.find({
        collection: COLLECTIONS.occupations,
        ...read,
        select: { name: true, slug: true },
      }),
    ])
    const occupationById = new Map(occupations.docs.map((doc) => [String(doc.id), doc]))
    const option = (group: OptionGroup, code: string) => ({
      code,
      label: translate({ key: `options.${group}.${code}` as never, locale }),
    })
    return [...entries.values()].flatMap((entry): LocalProduct[] => {
      // Unpublished between the catalogue's build and this read: left out until the next snapshot.
      const extra = extras.get(entry.id)
      if (!extra) return []
      const kit = extra.adoptionKit
      return [
        {
          id: entry.id,
          slug: entry.slug,
          url: `${siteOrigin()}${productPath({ locale, slug: entry.slug })}`,
          title: entry.title,
          pitch: entry.pitch,
          kind: option('kinds', entry.kind),
          targetGroups: entry.targetGroups.map((group) => option('targetGroups', group)),
          sectors: entry.sectors,
          occupations: relationIds(extra.occupations)
            .map((id) => occupationById.get(String(id)))
            .filter((occupation) => occupation !== undefined)
            .map((occupation) => ({
              slug: occupation.slug ?? String(occupation.id),
              name: occupation.name,
            })),
          transferStatus: option('transferStatuses', entry.transferStatus),
          format: entry.format ? option('formats', entry.format) : null,
          adoptionKit: {
            included: kit?.included || null,
            prerequisites: kit?.prerequisites || null,
            effortDays: entry.effortDays,
            costModel: entry.costModel ? option('costModels', entry.costModel) : null,
            costNote: kit?.costNote || null,
            licence: kit?.licence || null,
            duration: kit?.duration || null,
            languages: (kit?.languages ?? []).map((language) => option('languages', language)),
          },
          office: entry.office,
          project: entry.projectSlug
            ? {
                slug: entry.projectSlug,
                name: entry.projectName ?? entry.projectSlug,
                url: `${siteOrigin()}${projectPath({ locale, slug: entry.projectSlug })}`,
              }
            : null,
          adoptionCount: entry.adoptionCount,
          firstPublishedAt: entry.firstPublishedAt,
          updatedAt: extra.updatedAt,
        },
      ]
    })
  })

/** Every published product on offer, in both languages: the records of produkte.json and .csv. */
export const getOpenDataProducts = async ({
  payload,
}: {
  payload: Payload
}): Promise<OpenDataProduct[]> => {
  const [de, en] = await Promise.all(
    LOCALES.map((locale: Locale) => localProducts({ payload, locale })),
  )
  return joinLanguages({ de, en })
}

export type OpenDataSettings = {
  licence: OpenDataLicence
  contributorId: string | null
  /** Who publishes the data: the site's general contact (the programme office). */
  publisherName: Bilingual
  contactEmail: string | null
  /** The source to name under an attribution licence. */
  attribution: Bilingual
}

/** The open-data settings and the publisher, from the site settings of the public snapshot. */
export const getOpenDataSettings = async ({
  payload,
}: {
  payload: Payload
}): Promise<OpenDataSettings> => {
  const [de, en] = await Promise.all(
    LOCALES.map((locale: Locale) => getSiteSettings({ payload, locale })),
  )
  const stored = de.openData?.licence
  const licence: OpenDataLicence =
    stored && stored in OPEN_DATA_LICENCES ? stored : DEFAULT_OPEN_DATA_LICENCE
  const publisher = (locale: Locale, settings: typeof de) =>
    settings.contact?.role?.trim() ||
    settings.identity?.programme?.trim() ||
    translate({ key: 'site.name', locale })
  const publisherName = { de: publisher('de', de), en: publisher('en', en) }
  const source = (locale: Locale) =>
    `${publisherName[locale]}, ${translate({ key: 'site.name', locale })} (${siteOrigin()}/open-data)`
  return {
    licence,
    contributorId: de.openData?.contributorId?.trim() || null,
    publisherName,
    contactEmail: de.contact?.email?.trim() || null,
    attribution: { de: source('de'), en: source('en') },
  }
}
