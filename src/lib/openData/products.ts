import type { Locale } from '@/constants'
import type { CsvValue } from '@/lib/csv'

/**
 * The public record of a transfer product in the open data (`/open-data/produkte.json` and
 * `.csv`): both languages in one record, choices as a fixed code with both labels. What may be in
 * it is this type and nothing else: no contact person, email or phone (a product's contact is
 * reached through its office and page), nothing from requests or adopters but the public count.
 */
export type Bilingual = { de: string; en: string }
export type Coded = { code: string; label: Bilingual }
export type Named = { slug: string; name: Bilingual }

export type OpenDataProduct = {
  id: string
  slug: string
  url: Bilingual
  title: Bilingual
  pitch: Bilingual
  kind: Coded
  targetGroups: Coded[]
  sectors: Named[]
  occupations: Named[]
  transferStatus: Coded
  format: Coded | null
  adoptionKit: {
    included: Bilingual | null
    prerequisites: Bilingual | null
    effortDays: number | null
    costModel: Coded | null
    costNote: Bilingual | null
    licence: string | null
    duration: Bilingual | null
    languages: Coded[]
  }
  office: Named | null
  project: (Named & { url: Bilingual }) | null
  adoptionCount: number
  firstPublishedAt: string | null
  updatedAt: string
}

/** The top-level fields, in the order the page documents them. */
export const OPEN_DATA_FIELDS = [
  'id',
  'slug',
  'url',
  'title',
  'pitch',
  'kind',
  'targetGroups',
  'sectors',
  'occupations',
  'transferStatus',
  'format',
  'adoptionKit',
  'office',
  'project',
  'adoptionCount',
  'firstPublishedAt',
  'updatedAt',
] as const satisfies readonly (keyof OpenDataProduct)[]
export type OpenDataField = (typeof OPEN_DATA_FIELDS)[number]

/** One product as read in one language, before the two are joined. */
export type LocalProduct = {
  id: string
  slug: string
  url: string
  title: string
  pitch: string
  kind: { code: string; label: string }
  targetGroups: { code: string; label: string }[]
  sectors: { slug: string; name: string }[]
  occupations: { slug: string; name: string }[]
  transferStatus: { code: string; label: string }
  format: { code: string; label: string } | null
  adoptionKit: {
    included: string | null
    prerequisites: string | null
    effortDays: number | null
    costModel: { code: string; label: string } | null
    costNote: string | null
    licence: string | null
    duration: string | null
    languages: { code: string; label: string }[]
  }
  office: { slug: string; name: string } | null
  project: { slug: string; name: string; url: string } | null
  adoptionCount: number
  firstPublishedAt: string | null
  updatedAt: string
}

const both = (de: string, en: string | undefined): Bilingual => ({ de, en: en ?? de })
const optional = (de: string | null, en: string | null | undefined): Bilingual | null =>
  de ? both(de, en || de) : en ? both(en, en) : null
const coded = (de: { code: string; label: string }, en?: { code: string; label: string }) => ({
  code: de.code,
  label: both(de.label, en?.label),
})
const codedList = (
  de: { code: string; label: string }[],
  en: { code: string; label: string }[] = [],
): Coded[] =>
  de.map((item) =>
    coded(
      item,
      en.find((other) => other.code === item.code),
    ),
  )
const namedList = (
  de: { slug: string; name: string }[],
  en: { slug: string; name: string }[] = [],
): Named[] =>
  de.map((item) => ({
    slug: item.slug,
    name: both(item.name, en.find((other) => other.slug === item.slug)?.name),
  }))

/**
 * The products of both languages joined by id: those the German catalogue lists (the snapshots of
 * the two languages may differ for a second while one is rebuilt). In id order, so that the file
 * changes only where the catalogue did.
 */
export const joinLanguages = ({ de, en }: Record<Locale, LocalProduct[]>): OpenDataProduct[] => {
  const english = new Map(en.map((product) => [product.id, product]))
  return de
    .map((product): OpenDataProduct => {
      const other = english.get(product.id)
      const kit = product.adoptionKit
      const otherKit = other?.adoptionKit
      return {
        id: product.id,
        slug: product.slug,
        url: both(product.url, other?.url),
        title: both(product.title, other?.title),
        pitch: both(product.pitch, other?.pitch),
        kind: coded(product.kind, other?.kind),
        targetGroups: codedList(product.targetGroups, other?.targetGroups),
        sectors: namedList(product.sectors, other?.sectors),
        occupations: namedList(product.occupations, other?.occupations),
        transferStatus: coded(product.transferStatus, other?.transferStatus),
        format: product.format ? coded(product.format, other?.format ?? undefined) : null,
        adoptionKit: {
          included: optional(kit.included, otherKit?.included),
          prerequisites: optional(kit.prerequisites, otherKit?.prerequisites),
          effortDays: kit.effortDays,
          costModel: kit.costModel ? coded(kit.costModel, otherKit?.costModel ?? undefined) : null,
          costNote: optional(kit.costNote, otherKit?.costNote),
          licence: kit.licence,
          duration: optional(kit.duration, otherKit?.duration),
          languages: codedList(kit.languages, otherKit?.languages),
        },
        office: product.office
          ? {
              slug: product.office.slug,
              name: both(product.office.name, other?.office?.name),
            }
          : null,
        project: product.project
          ? {
              slug: product.project.slug,
              name: both(product.project.name, other?.project?.name),
              url: both(product.project.url, other?.project?.url),
            }
          : null,
        adoptionCount: product.adoptionCount,
        firstPublishedAt: product.firstPublishedAt,
        updatedAt: product.updatedAt,
      }
    })
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))
}

const SEPARATOR = '; '
const codes = (items: Coded[]) => items.map((item) => item.code).join(SEPARATOR)
const labels = (items: { label: Bilingual }[], locale: Locale) =>
  items.map((item) => item.label[locale]).join(SEPARATOR)
const slugs = (items: Named[]) => items.map((item) => item.slug).join(SEPARATOR)
const names = (items: Named[], locale: Locale) =>
  items.map((item) => item.name[locale]).join(SEPARATOR)

type Column = { name: string; field: OpenDataField; value: (product: OpenDataProduct) => CsvValue }
const texts = (
  name: string,
  field: OpenDataField,
  read: (product: OpenDataProduct) => Bilingual | null | undefined,
): Column[] =>
  (['de', 'en'] as const).map((locale) => ({
    name: `${name}_${locale}`,
    field,
    value: (product) => read(product)?.[locale] ?? '',
  }))
const choice = (
  name: string,
  field: OpenDataField,
  read: (product: OpenDataProduct) => Coded | null,
): Column[] => [
  { name, field, value: (product) => read(product)?.code ?? '' },
  ...texts(name, field, (product) => read(product)?.label),
]
const choices = (
  name: string,
  field: OpenDataField,
  read: (product: OpenDataProduct) => Coded[],
): Column[] => [
  { name, field, value: (product) => codes(read(product)) },
  ...(['de', 'en'] as const).map((locale) => ({
    name: `${name}_${locale}`,
    field,
    value: (product: OpenDataProduct) => labels(read(product), locale),
  })),
]
const namedColumns = (
  name: string,
  field: OpenDataField,
  read: (product: OpenDataProduct) => Named[],
): Column[] => [
  { name, field, value: (product) => slugs(read(product)) },
  ...(['de', 'en'] as const).map((locale) => ({
    name: `${name}_${locale}`,
    field,
    value: (product: OpenDataProduct) => names(read(product), locale),
  })),
]

/** The CSV columns: stable technical names, one per language where the JSON has both. */
export const CSV_COLUMNS: Column[] = [
  { name: 'id', field: 'id', value: (product) => product.id },
  { name: 'slug', field: 'slug', value: (product) => product.slug },
  ...texts('url', 'url', (product) => product.url),
  ...texts('title', 'title', (product) => product.title),
  ...texts('pitch', 'pitch', (product) => product.pitch),
  ...choice('kind', 'kind', (product) => product.kind),
  ...choices('target_groups', 'targetGroups', (product) => product.targetGroups),
  ...namedColumns('sectors', 'sectors', (product) => product.sectors),
  ...namedColumns('occupations', 'occupations', (product) => product.occupations),
  ...choice('transfer_status', 'transferStatus', (product) => product.transferStatus),
  ...choice('format', 'format', (product) => product.format),
  ...texts('kit_included', 'adoptionKit', (product) => product.adoptionKit.included),
  ...texts('kit_prerequisites', 'adoptionKit', (product) => product.adoptionKit.prerequisites),
  { name: 'kit_effort_days', field: 'adoptionKit', value: (p) => p.adoptionKit.effortDays },
  ...choice('kit_cost_model', 'adoptionKit', (product) => product.adoptionKit.costModel),
  ...texts('kit_cost_note', 'adoptionKit', (product) => product.adoptionKit.costNote),
  { name: 'kit_licence', field: 'adoptionKit', value: (p) => p.adoptionKit.licence },
  ...texts('kit_duration', 'adoptionKit', (product) => product.adoptionKit.duration),
  ...choices('kit_languages', 'adoptionKit', (product) => product.adoptionKit.languages),
  { name: 'office', field: 'office', value: (product) => product.office?.slug ?? '' },
  ...texts('office', 'office', (product) => product.office?.name),
  { name: 'project', field: 'project', value: (product) => product.project?.slug ?? '' },
  ...texts('project', 'project', (product) => product.project?.name),
  ...texts('project_url', 'project', (product) => product.project?.url),
  { name: 'adoption_count', field: 'adoptionCount', value: (p) => p.adoptionCount },
  { name: 'first_published_at', field: 'firstPublishedAt', value: (p) => p.firstPublishedAt },
  { name: 'updated_at', field: 'updatedAt', value: (product) => product.updatedAt },
]

/** The CSV columns that carry one JSON field, for the page's table of fields. */
export const csvColumnsOf = (field: OpenDataField): string[] =>
  CSV_COLUMNS.filter((column) => column.field === field).map((column) => column.name)

export const csvRows = (products: OpenDataProduct[]): CsvValue[][] =>
  products.map((product) => CSV_COLUMNS.map((column) => column.value(product)))

/** When the data last changed: the newest product change (none: the epoch). */
export const lastModified = (products: OpenDataProduct[]): string =>
  products.reduce(
    (latest, product) => (product.updatedAt > latest ? product.updatedAt : latest),
    '1970-01-01T00:00:00.000Z',
  )
