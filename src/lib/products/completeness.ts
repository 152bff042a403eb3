/**
 * What a product needs before it is submitted for review, and what is recommended. Pure: the
 * server checks a submission with it, the admin's checklist and the dashboards show it. Input is
 * a product in both languages, normalised by `completenessInput`.
 */

export const REQUIRED_ITEMS = [
  'pitch',
  'description',
  'heroImage',
  'heroImageAlt',
  'effortDays',
  'costModel',
  'licence',
  'contact',
  'targetGroups',
  'sectors',
] as const
export const RECOMMENDED_ITEMS = ['english', 'downloads', 'prerequisites'] as const

export type CompletenessKey = (typeof REQUIRED_ITEMS)[number] | (typeof RECOMMENDED_ITEMS)[number]

/** The form field each item points to (the admin focuses it; errors name it). */
export const COMPLETENESS_FIELDS: Record<CompletenessKey, string> = {
  pitch: 'pitch',
  description: 'description',
  heroImage: 'heroImage',
  heroImageAlt: 'heroImage',
  effortDays: 'adoptionKit.effortDays',
  costModel: 'adoptionKit.costModel',
  licence: 'adoptionKit.licence',
  contact: 'contact',
  targetGroups: 'targetGroups',
  sectors: 'sectors',
  english: 'title',
  downloads: 'downloads',
  prerequisites: 'adoptionKit.prerequisites',
}

export type LocaleTexts = {
  title?: string | null
  pitch?: string | null
  /** Lexical JSON (or anything else, which counts as empty). */
  description?: unknown
  heroImageAlt?: string | null
  prerequisites?: string | null
  contactRole?: string | null
}

export type CompletenessInput = {
  de: LocaleTexts
  en: LocaleTexts
  heroImage: boolean
  effortDays?: number | null
  costModel?: string | null
  licence?: string | null
  contactEmail?: string | null
  targetGroups: number
  sectors: number
  downloads: number
}

export type CompletenessItem = {
  key: CompletenessKey
  level: 'required' | 'recommended'
  done: boolean
  field: string
}

export type Completeness = {
  items: CompletenessItem[]
  /** Required items not done: submission is refused while this is not empty. */
  missing: CompletenessKey[]
  /** Recommended items not done: shown, never blocking. */
  recommended: CompletenessKey[]
  complete: boolean
}

const filled = (value: string | null | undefined): boolean =>
  typeof value === 'string' && value.trim().length > 0

/** Whether a Lexical document holds any text (without loading Lexical: the admin uses this too). */
export const hasRichText = (value: unknown): boolean => {
  if (!value || typeof value !== 'object') return false
  const node = value as { text?: unknown; root?: unknown; children?: unknown }
  if (typeof node.text === 'string' && node.text.trim()) return true
  if (node.root) return hasRichText(node.root)
  return Array.isArray(node.children) && node.children.some(hasRichText)
}

const englishDone = ({ en }: CompletenessInput): boolean =>
  filled(en.title) && filled(en.pitch) && hasRichText(en.description)

export const checkCompleteness = (input: CompletenessInput): Completeness => {
  const { de } = input
  const done: Record<CompletenessKey, boolean> = {
    pitch: filled(de.pitch),
    description: hasRichText(de.description),
    heroImage: input.heroImage,
    heroImageAlt: input.heroImage && filled(de.heroImageAlt),
    effortDays: typeof input.effortDays === 'number' && input.effortDays > 0,
    costModel: filled(input.costModel),
    licence: filled(input.licence),
    contact: filled(de.contactRole) && filled(input.contactEmail),
    targetGroups: input.targetGroups > 0,
    sectors: input.sectors > 0,
    english: englishDone(input),
    downloads: input.downloads > 0,
    prerequisites: filled(de.prerequisites),
  }
  const items: CompletenessItem[] = [
    ...REQUIRED_ITEMS.map((key) => ({ key, level: 'required' as const })),
    ...RECOMMENDED_ITEMS.map((key) => ({ key, level: 'recommended' as const })),
  ].map((item) => ({ ...item, done: done[item.key], field: COMPLETENESS_FIELDS[item.key] }))
  const missing = REQUIRED_ITEMS.filter((key) => !done[key])
  return {
    items,
    missing,
    recommended: RECOMMENDED_ITEMS.filter((key) => !done[key]),
    complete: missing.length === 0,
  }
}

type Localised<T> = T | { de?: T | null; en?: T | null } | null | undefined

/** One language of a value read with `locale: 'all'` (or the value itself when not localised). */
export const inLocale = <T>(value: Localised<T>, locale: 'de' | 'en'): T | null | undefined => {
  if (
    value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    ('de' in value || 'en' in value)
  ) {
    return (value as { de?: T | null; en?: T | null })[locale]
  }
  return locale === 'de' ? (value as T | null | undefined) : undefined
}

const count = (value: unknown): number => (Array.isArray(value) ? value.length : 0)

/** Loose product shape: what `findByID({ locale: 'all', depth: 1 })` returns. */
export type ProductAllLocales = {
  title?: Localised<string>
  pitch?: Localised<string>
  description?: Localised<unknown>
  heroImage?: unknown
  adoptionKit?: {
    prerequisites?: Localised<string>
    effortDays?: number | null
    costModel?: string | null
    licence?: string | null
  } | null
  contact?: { role?: Localised<string>; email?: string | null } | null
  targetGroups?: unknown
  sectors?: unknown
  downloads?: unknown
}

const heroAlt = (hero: unknown, locale: 'de' | 'en'): string | null | undefined =>
  hero && typeof hero === 'object' && 'alt' in hero
    ? inLocale((hero as { alt?: Localised<string> }).alt, locale)
    : undefined

/**
 * The check's input from a product read in all locales with its hero image populated (depth 1).
 * An unpopulated hero image (an id) counts as present without alt text.
 */
export const completenessInput = (product: ProductAllLocales): CompletenessInput => {
  const texts = (locale: 'de' | 'en'): LocaleTexts => ({
    title: inLocale(product.title, locale),
    pitch: inLocale(product.pitch, locale),
    description: inLocale(product.description, locale),
    heroImageAlt: heroAlt(product.heroImage, locale),
    prerequisites: inLocale(product.adoptionKit?.prerequisites, locale),
    contactRole: inLocale(product.contact?.role, locale),
  })
  return {
    de: texts('de'),
    en: texts('en'),
    heroImage: product.heroImage !== null && product.heroImage !== undefined,
    effortDays: product.adoptionKit?.effortDays,
    costModel: product.adoptionKit?.costModel,
    licence: product.adoptionKit?.licence,
    contactEmail: product.contact?.email,
    targetGroups: count(product.targetGroups),
    sectors: count(product.sectors),
    downloads: count(product.downloads),
  }
}
