import type { PopulateType, Where } from 'payload'

import { COLLECTIONS } from '@/constants'
import type { TransferProductsSelect, User } from '@/payload-types'
import type { PageRead, SlugRead } from '../types'
import type { CatalogueEntry } from './build'
import { cachedRead, getCatalogue } from './cache'

/**
 * What the product page (and its metadata) shows of a product. Depth 2 reaches the origin project's
 * office and carrier; `PRODUCT_PAGE_POPULATE` keeps each related document to what is shown of it.
 */
const PRODUCT_PAGE_SELECT = {
  title: true,
  slug: true,
  pitch: true,
  description: true,
  heroImage: true,
  downloads: true,
  kind: true,
  targetGroups: true,
  sectors: true,
  occupations: true,
  transferStatus: true,
  format: true,
  regionsOfOrigin: { name: true },
  adoptionKit: {
    included: true,
    prerequisites: true,
    effortDays: true,
    costModel: true,
    costNote: true,
    licence: true,
    duration: true,
  },
  contact: true,
  meta: { title: true, description: true },
  originProject: true,
  _status: true,
} as const satisfies TransferProductsSelect<true>

const PRODUCT_PAGE_POPULATE = {
  [COLLECTIONS.media]: {
    url: true,
    filename: true,
    alt: true,
    width: true,
    height: true,
    sizes: true,
  },
  [COLLECTIONS.projects]: { name: true, office: true, carryingOrganisation: true },
  [COLLECTIONS.regionalOffices]: { name: true },
  [COLLECTIONS.organisations]: { name: true },
  [COLLECTIONS.sectors]: { name: true },
  [COLLECTIONS.occupations]: { name: true },
} as const satisfies PopulateType

/** The read options of the product page, the same for the public page and the staff preview. */
const PRODUCT_PAGE_READ = {
  collection: COLLECTIONS.transferProducts,
  depth: 2,
  select: PRODUCT_PAGE_SELECT,
  populate: PRODUCT_PAGE_POPULATE,
  overrideAccess: false,
} as const

/** The public adoptions of one product, for its page. */
export const getPublicAdoptions = async ({
  payload,
  locale,
  productId,
}: PageRead & { productId: number | string }) =>
  (
    await payload.find({
      collection: COLLECTIONS.adoptions,
      where: { and: [{ product: { equals: productId } }, { publicConsent: { equals: true } }] },
      locale,
      depth: 1,
      pagination: false,
      overrideAccess: false,
      select: { organisation: true, place: true, since: true, status: true },
      populate: { [COLLECTIONS.organisations]: { name: true } },
    })
  ).docs

/** A product read for its page, with its public adoptions; null when there is none. */
const withAdoptions = async <P extends { id: number }>({
  payload,
  locale,
  product,
}: PageRead & { product: P | null | undefined }) =>
  product
    ? { product, adoptions: await getPublicAdoptions({ payload, locale, productId: product.id }) }
    : null

/**
 * One published product with what its page shows, or null (the page answers 404). A product no
 * longer offered keeps its page, with the retirement's reason and date.
 */
export const getProductBySlug = ({ payload, locale, slug }: SlugRead) =>
  cachedRead({ payload, locale }, `product:${slug}`, async ({ retirements }) => {
    const where: Where = {
      and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }],
    }
    const { docs } = await payload.find({ ...PRODUCT_PAGE_READ, where, locale, limit: 1 })
    const loaded = await withAdoptions({ payload, locale, product: docs[0] })
    return loaded && { ...loaded, retirement: retirements.get(String(loaded.product.id)) ?? null }
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
}: PageRead & { id: string; user: User | null }) => {
  if (!user) return null
  const product = await payload.findByID({
    ...PRODUCT_PAGE_READ,
    id,
    locale,
    draft: true,
    user,
    disableErrors: true,
  })
  return withAdoptions({ payload, locale, product })
}

/** Published products by slug, in the order asked for (unknown slugs are skipped). */
export const getEntriesBySlugs = async ({
  payload,
  locale,
  slugs,
}: PageRead & { slugs: string[] }): Promise<CatalogueEntry[]> => {
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
