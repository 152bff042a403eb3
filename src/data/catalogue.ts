import type { Payload, Where } from 'payload'

import { relationId } from '@/lib/ids'
import { COLLECTIONS, GLOBALS, type Locale } from '@/constants'
import { translate } from '@/i18n'
import { plainText } from '@/lib/richText'
import { srcSetOf } from '@/lib/media'
import { SearchCollector, SearchIndex } from '@/lib/search'
import type { Media, TransferProduct, User } from '@/payload-types'
import { createSnapshots } from './snapshot'
import type { PageRead, SlugRead } from './types'

export const FACETS = [
  'kind',
  'sector',
  'targetGroup',
  'office',
  'state',
  'transferStatus',
  'format',
  'costModel',
  'effort',
] as const
export type Facet = (typeof FACETS)[number]

export const SORTS = ['relevance', 'newest', 'adopted', 'title'] as const
export type Sort = (typeof SORTS)[number]

export const PAGE_SIZE = 12

/** Effort in person-days, grouped the way people think about it. */
export const EFFORT_RANGES = ['up-to-2', '3-to-10', '11-to-30', 'over-30'] as const
const effortRange = (days: number | null | undefined): string[] => {
  if (days === null || days === undefined) return []
  if (days <= 2) return ['up-to-2']
  if (days <= 10) return ['3-to-10']
  if (days <= 30) return ['11-to-30']
  return ['over-30']
}

/** What a catalogue card and the search need of a product, in one language. */
export type CatalogueEntry = {
  id: string
  slug: string
  title: string
  pitch: string
  kind: string
  transferStatus: string
  format: string | null
  costModel: string | null
  effortDays: number | null
  targetGroups: string[]
  sectors: { slug: string; name: string }[]
  office: { slug: string; name: string } | null
  projectName: string | null
  projectSlug: string | null
  contactEmail: string
  image: { url: string; srcSet: string; alt: string; width: number; height: number } | null
  adoptionCount: number
  firstPublishedAt: string | null
}

/** The sorts other than relevance, computed once per catalogue build. */
type Order = Exclude<Sort, 'relevance'>

type Catalogue = {
  entries: Map<string, CatalogueEntry>
  bySlug: Map<string, CatalogueEntry>
  index: SearchIndex<Facet, Order>
  /** Display names of facet values that are ids or slugs (sectors, offices). */
  facetLabels: Partial<Record<Facet, Record<string, string>>>
}

const collator = new Intl.Collator('de', { sensitivity: 'base' })

/** Published products are read in pages of this many, so a large catalogue is never held whole. */
const READ_BATCH = 2_000

const PRODUCT_FIELDS = {
  contact: true,
  title: true,
  slug: true,
  pitch: true,
  description: true,
  kind: true,
  transferStatus: true,
  format: true,
  adoptionKit: true,
  targetGroups: true,
  sectors: true,
  occupations: true,
  originProject: true,
  heroImage: true,
  firstPublishedAt: true,
} as const

const byId = <T extends { id: number | string }>(docs: T[]) =>
  new Map(docs.map((doc) => [String(doc.id), doc]))

/** Everything the public catalogue shows, read as the public would (overrideAccess: false). */
const buildCatalogue = async ({ payload, locale }: PageRead): Promise<Catalogue> => {
  const read = { overrideAccess: false, pagination: false, depth: 0, locale } as const
  const [projects, offices, organisations, sectors, occupations, adoptions] = await Promise.all([
    payload.find({
      collection: COLLECTIONS.projects,
      ...read,
      select: {
        slug: true,
        name: true,
        acronym: true,
        office: true,
        state: true,
        carryingOrganisation: true,
      },
    }),
    payload.find({
      collection: COLLECTIONS.regionalOffices,
      ...read,
      select: { name: true, slug: true },
    }),
    payload.find({ collection: COLLECTIONS.organisations, ...read, select: { name: true } }),
    payload.find({
      collection: COLLECTIONS.sectors,
      ...read,
      select: { name: true, slug: true },
    }),
    payload.find({ collection: COLLECTIONS.occupations, ...read, select: { name: true } }),
    payload.find({
      collection: COLLECTIONS.adoptions,
      ...read,
      where: { publicConsent: { equals: true } },
      select: { product: true },
    }),
  ])
  const projectById = byId(projects.docs)
  const officeById = byId(offices.docs)
  const organisationById = byId(organisations.docs)
  const sectorById = byId(sectors.docs)
  const occupationById = byId(occupations.docs)
  const adoptionCounts = new Map<string, number>()
  for (const adoption of adoptions.docs) {
    const product = String(relationId(adoption.product))
    adoptionCounts.set(product, (adoptionCounts.get(product) ?? 0) + 1)
  }
  const label = (
    group: 'kinds' | 'targetGroups' | 'transferStatuses' | 'formats' | 'costModels',
    value: string | null | undefined,
  ) => (value ? translate({ key: `options.${group}.${value}` as never, locale }) : '')

  const entries = new Map<string, CatalogueEntry>()
  const collector = new SearchCollector<Facet>(FACETS)
  const addProduct = (product: TransferProduct, mediaById: Map<string, Media>) => {
    const id = String(product.id)
    const project = projectById.get(String(relationId(product.originProject)))
    const office = project ? officeById.get(String(relationId(project.office))) : undefined
    const carrier = project?.carryingOrganisation
      ? organisationById.get(String(relationId(project.carryingOrganisation)))
      : undefined
    const productSectors = (product.sectors ?? [])
      .map((sector) => sectorById.get(String(relationId(sector))))
      .filter((sector) => sector !== undefined)
    const productOccupations = (product.occupations ?? [])
      .map((occupation) => occupationById.get(String(relationId(occupation))))
      .filter((occupation) => occupation !== undefined)
    const hero = mediaById.get(String(relationId(product.heroImage))) ?? null
    const card = hero?.sizes?.card
    entries.set(id, {
      id,
      slug: product.slug ?? id,
      title: product.title,
      pitch: product.pitch,
      kind: product.kind,
      transferStatus: product.transferStatus,
      format: product.format ?? null,
      costModel: product.adoptionKit?.costModel ?? null,
      effortDays: product.adoptionKit?.effortDays ?? null,
      targetGroups: product.targetGroups ?? [],
      sectors: productSectors.map((sector) => ({
        slug: sector.slug ?? String(sector.id),
        name: sector.name,
      })),
      office: office ? { slug: office.slug ?? String(office.id), name: office.name } : null,
      projectName: project?.name ?? null,
      projectSlug: project?.slug ?? null,
      contactEmail: product.contact.email,
      image: hero
        ? {
            url: card?.url ?? hero.url ?? '',
            srcSet: srcSetOf(hero, ['cardSmall', 'card']),
            alt: hero.alt,
            width: card?.width ?? hero.width ?? 640,
            height: card?.height ?? hero.height ?? 400,
          }
        : null,
      adoptionCount: adoptionCounts.get(id) ?? 0,
      firstPublishedAt: product.firstPublishedAt ?? null,
    })
    collector.add({
      id,
      fields: [
        { text: product.title, weight: 10 },
        {
          text: `${label('kinds', product.kind)} ${productSectors.map((sector) => sector.name).join(' ')} ${productOccupations.map((occupation) => occupation.name).join(' ')} ${(product.targetGroups ?? []).map((group) => label('targetGroups', group)).join(' ')}`,
          weight: 4,
        },
        {
          text: `${product.pitch} ${project?.name ?? ''} ${project?.acronym ?? ''} ${carrier?.name ?? ''}`,
          weight: 3,
        },
        { text: plainText(product.description), weight: 1 },
      ],
      facets: {
        kind: [product.kind],
        sector: productSectors.map((sector) => sector.slug ?? String(sector.id)),
        targetGroup: product.targetGroups ?? [],
        office: office?.slug ? [office.slug] : [],
        state: project?.state ? [project.state] : [],
        transferStatus: [product.transferStatus],
        format: product.format ? [product.format] : [],
        costModel: product.adoptionKit?.costModel ? [product.adoptionKit.costModel] : [],
        effort: effortRange(product.adoptionKit?.effortDays),
      },
    })
  }

  // Keyset pages (id after the last one read): a publish or delete during the build neither
  // skips nor repeats a product, and changes the fingerprint, so the next check rebuilds.
  let after: number | string | undefined
  for (;;) {
    const { docs } = await payload.find({
      collection: COLLECTIONS.transferProducts,
      ...read,
      where: {
        and: [
          { _status: { equals: 'published' } },
          ...(after === undefined ? [] : [{ id: { greater_than: after } }]),
        ],
      },
      sort: 'id',
      limit: READ_BATCH,
      select: PRODUCT_FIELDS,
    })
    if (docs.length === 0) break
    // Only hero images are needed, so they are read in one query per page.
    const heroIds = [
      ...new Set(
        docs.map((product) => relationId(product.heroImage)).filter((id) => id !== undefined),
      ),
    ]
    const media = heroIds.length
      ? await payload.find({
          collection: COLLECTIONS.media,
          ...read,
          where: { id: { in: heroIds } },
          select: { url: true, alt: true, width: true, height: true, sizes: true },
        })
      : { docs: [] }
    const mediaById = byId(media.docs as Media[])
    for (const product of docs) addProduct(product as TransferProduct, mediaById)
    after = docs[docs.length - 1].id
    if (docs.length < READ_BATCH) break
  }

  const list = [...entries.values()]
  const byTitle = (a: number, b: number) => collator.compare(list[a].title, list[b].title)
  const published = (position: number) => list[position].firstPublishedAt ?? ''
  return {
    entries,
    bySlug: new Map(list.map((entry) => [entry.slug, entry])),
    index: new SearchIndex<Facet, Order>(collector, FACETS, {
      // ISO dates compare as plain strings; ties keep the index order.
      newest: (a, b) =>
        published(a) < published(b) ? 1 : published(a) > published(b) ? -1 : a - b,
      adopted: (a, b) => list[b].adoptionCount - list[a].adoptionCount || byTitle(a, b),
      title: byTitle,
    }),
    facetLabels: {
      sector: Object.fromEntries(
        sectors.docs.map((sector) => [sector.slug ?? String(sector.id), sector.name]),
      ),
      office: Object.fromEntries(
        offices.docs.map((office) => [office.slug ?? String(office.id), office.name]),
      ),
    },
  }
}

/**
 * A fingerprint of everything the public pages show, read from the shared database: the number
 * of recorded public changes and the newest (see PublicChanges, written in each change's
 * transaction), and, for writes that bypass hooks, the newest change and the number of documents
 * per collection and the site settings' last change. Another app instance's publish changes it,
 * so every instance refreshes within seconds.
 */
const publicStamp = async (payload: Payload): Promise<string> => {
  const collections = [
    COLLECTIONS.transferProducts,
    COLLECTIONS.projects,
    COLLECTIONS.regionalOffices,
    COLLECTIONS.organisations,
    COLLECTIONS.alliances,
    COLLECTIONS.sectors,
    COLLECTIONS.occupations,
    COLLECTIONS.adoptions,
    COLLECTIONS.media,
  ] as const
  const [changes, settings, ...parts] = await Promise.all([
    payload.find({
      collection: COLLECTIONS.publicChanges,
      sort: '-id',
      limit: 1,
      depth: 0,
      select: { createdAt: true },
      overrideAccess: true,
    }),
    payload.findGlobal({ slug: GLOBALS.siteSettings, depth: 0, select: { updatedAt: true } }),
    ...collections.map(async (collection) => {
      const { docs, totalDocs } = await payload.find({
        collection,
        sort: '-updatedAt',
        limit: 1,
        depth: 0,
        select: { updatedAt: true },
        overrideAccess: true,
      })
      return `${collection}:${totalDocs}:${docs[0]?.updatedAt ?? ''}`
    }),
  ])
  return [
    `changes:${changes.totalDocs}:${changes.docs[0]?.id ?? ''}`,
    ...parts,
    `settings:${settings.updatedAt ?? ''}`,
  ].join('|')
}

const snapshots = createSnapshots({ stamp: publicStamp, build: buildCatalogue })

/** The catalogue of one language, as of the current public snapshot. */
export const getCatalogue = (read: PageRead): Promise<Catalogue> => snapshots.value(read)

/**
 * A public read (as the public, no user) cached in the current snapshot: every visitor gets the
 * same answer without asking the database again until something public changes.
 */
export const cachedRead = <R>(
  read: PageRead,
  key: string,
  load: (catalogue: Catalogue) => Promise<R>,
): Promise<R> => snapshots.memo(read, key, load)

export type CatalogueQuery = {
  query?: string
  filters?: Partial<Record<Facet, string[]>>
  sort?: Sort
  page?: number
}

export type CatalogueResult = {
  entries: CatalogueEntry[]
  total: number
  page: number
  pageCount: number
  sort: Sort
  facetCounts: Record<Facet, Record<string, number>>
  facetLabels: Catalogue['facetLabels']
}

/** Search, filter, sort and page the published catalogue. */
export const searchCatalogue = async ({
  payload,
  locale,
  query = '',
  filters = {},
  sort,
  page = 1,
}: CatalogueQuery & { payload: Payload; locale: Locale }): Promise<CatalogueResult> => {
  const catalogue = await getCatalogue({ payload, locale })
  const effectiveSort: Sort = sort ?? (query.trim() ? 'relevance' : 'newest')
  const order = effectiveSort === 'relevance' ? undefined : effectiveSort
  const find = (current: number) =>
    catalogue.index.search({
      query,
      filters,
      order,
      offset: (current - 1) * PAGE_SIZE,
      limit: PAGE_SIZE,
    })
  const requested = Math.max(1, Math.floor(page) || 1)
  let result = find(requested)
  const pageCount = Math.max(1, Math.ceil(result.total / PAGE_SIZE))
  // A page past the end shows the last page.
  const current = Math.min(requested, pageCount)
  if (current !== requested) result = find(current)
  const { ids, total, facetCounts } = result
  return {
    entries: ids.map((id) => catalogue.entries.get(id)!),
    total,
    page: current,
    pageCount,
    sort: effectiveSort,
    facetCounts,
    facetLabels: catalogue.facetLabels,
  }
}

/** The public adoptions of one product, for its page. */
export const getPublicAdoptions = async ({
  payload,
  locale,
  productId,
}: {
  payload: Payload
  locale: Locale
  productId: number | string
}) =>
  (
    await payload.find({
      collection: COLLECTIONS.adoptions,
      where: { and: [{ product: { equals: productId } }, { publicConsent: { equals: true } }] },
      locale,
      depth: 1,
      pagination: false,
      overrideAccess: false,
      select: { organisation: true, place: true, since: true, status: true },
    })
  ).docs

/** One published product with what its page shows, or null (the page answers 404). */
export const getProductBySlug = ({ payload, locale, slug }: SlugRead) =>
  cachedRead({ payload, locale }, `product:${slug}`, async () => {
    const where: Where = {
      and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }],
    }
    const { docs } = await payload.find({
      collection: COLLECTIONS.transferProducts,
      where,
      locale,
      depth: 2,
      limit: 1,
      overrideAccess: false,
    })
    const product = docs[0]
    if (!product) return null
    return {
      product,
      adoptions: await getPublicAdoptions({ payload, locale, productId: product.id }),
    }
  })

/**
 * The newest draft of a product, for the staff preview: read as the logged-in user, so a user
 * sees only drafts their role may see. Null for everybody else.
 */
export const getProductPreview = async ({
  payload,
  locale,
  id,
  user,
}: {
  payload: Payload
  locale: Locale
  id: string
  user: User | null
}) => {
  if (!user) return null
  const product = await payload.findByID({
    collection: COLLECTIONS.transferProducts,
    id,
    locale,
    depth: 2,
    draft: true,
    user,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!product) return null
  return {
    product,
    adoptions: await getPublicAdoptions({ payload, locale, productId: product.id }),
  }
}

/** Published products by slug, in the order asked for (unknown slugs are skipped). */
export const getEntriesBySlugs = async ({
  payload,
  locale,
  slugs,
}: {
  payload: Payload
  locale: Locale
  slugs: string[]
}): Promise<CatalogueEntry[]> => {
  const { bySlug } = await getCatalogue({ payload, locale })
  return slugs.map((slug) => bySlug.get(slug)).filter((entry) => entry !== undefined)
}

/**
 * Products related to one: most shared sectors, target groups and the same kind first, ties by
 * adoptions. Only published products, from the same index as the catalogue.
 */
export const getRelatedEntries = async ({
  payload,
  locale,
  productId,
  limit = 3,
}: PageRead & { productId: number | string; limit?: number }): Promise<CatalogueEntry[]> =>
  cachedRead({ payload, locale }, `related:${productId}:${limit}`, async ({ entries }) => {
    const self = entries.get(String(productId))
    if (!self) return []
    const sectors = new Set(self.sectors.map((sector) => sector.slug))
    const groups = new Set(self.targetGroups)
    const score = (entry: CatalogueEntry) =>
      entry.sectors.filter((sector) => sectors.has(sector.slug)).length * 3 +
      entry.targetGroups.filter((group) => groups.has(group)).length +
      (entry.kind === self.kind ? 2 : 0)
    return [...entries.values()]
      .filter((entry) => entry.id !== self.id)
      .map((entry) => ({ entry, score: score(entry) }))
      .filter(({ score }) => score > 0)
      .sort((a, b) => b.score - a.score || b.entry.adoptionCount - a.entry.adoptionCount)
      .slice(0, limit)
      .map(({ entry }) => entry)
  })
