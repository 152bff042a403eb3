import { relationId } from '@/lib/ids'
import { COLLECTIONS, type EffortRange, type Facet, FACETS, type Sort } from '@/constants'
import { translate } from '@/i18n'
import { plainText } from '@/lib/richText'
import { srcSetOf } from '@/lib/media'
import { SearchCollector, SearchIndex } from '@/lib/search'
import type { Media, TransferProduct } from '@/payload-types'
import type { PageRead } from '../types'

const effortRange = (days: number | null | undefined): EffortRange[] => {
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

/** A product its office no longer offers: shown on its page, left out of everything else. */
export type Retirement = { reason: string; since: string }

/** The sorts other than relevance, computed once per catalogue build. */
type Order = Exclude<Sort, 'relevance'>

export type Catalogue = {
  /** The products on offer: searched, filtered, listed, mapped and requestable. */
  entries: Map<string, CatalogueEntry>
  /** Published products no longer offered (by product id): their pages stay and say so. */
  retirements: Map<string, Retirement>
  /** Their entries, for what stays true of them (their adoptions on the map). */
  retiredEntries: Map<string, CatalogueEntry>
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

/**
 * The published products in pages of READ_BATCH, each with the hero images it needs (one query per
 * page). Keyset pages (id after the last one read): a publish or delete during the build neither
 * skips nor repeats a product, and changes the fingerprint, so the next check rebuilds.
 */
async function* readPublishedProducts({
  payload,
  locale,
}: PageRead): AsyncGenerator<{ products: TransferProduct[]; mediaById: Map<string, Media> }> {
  const read = { overrideAccess: false, pagination: false, depth: 0, locale } as const
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
    if (docs.length === 0) return
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
    yield { products: docs as TransferProduct[], mediaById: byId(media.docs as Media[]) }
    after = docs[docs.length - 1].id
    if (docs.length < READ_BATCH) return
  }
}

/** Everything the public catalogue shows, read as the public would (overrideAccess: false). */
export const buildCatalogue = async ({ payload, locale }: PageRead): Promise<Catalogue> => {
  const read = { overrideAccess: false, pagination: false, depth: 0, locale } as const
  const [projects, offices, organisations, sectors, occupations, adoptions, retired] =
    await Promise.all([
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
      payload.find({
        collection: COLLECTIONS.productRetirements,
        ...read,
        select: { product: true, reason: true, createdAt: true },
      }),
    ])
  const retirements = new Map<string, Retirement>(
    retired.docs.map((retirement) => [
      String(relationId(retirement.product)),
      { reason: retirement.reason, since: retirement.createdAt },
    ]),
  )
  const retiredEntries = new Map<string, CatalogueEntry>()
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
    const entry: CatalogueEntry = {
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
    }
    if (retirements.has(id)) {
      retiredEntries.set(id, entry)
      return
    }
    entries.set(id, entry)
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

  for await (const { products, mediaById } of readPublishedProducts({ payload, locale }))
    for (const product of products) addProduct(product, mediaById)

  const list = [...entries.values()]
  const byTitle = (a: number, b: number) => collator.compare(list[a].title, list[b].title)
  const published = (position: number) => list[position].firstPublishedAt ?? ''
  return {
    entries,
    retirements,
    retiredEntries,
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
