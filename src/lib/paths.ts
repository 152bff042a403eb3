import type { Locale } from '@/constants'

/** German lives at the root, English under /en. */
export const localeBase = (locale: Locale): string => (locale === 'en' ? '/en' : '')

export const cataloguePath = (locale: Locale): string => `${localeBase(locale)}/produkte`

export const productPath = ({ locale, slug }: { locale: Locale; slug: string }): string =>
  `${cataloguePath(locale)}/${encodeURIComponent(slug)}`

export const projectsPath = (locale: Locale): string => `${localeBase(locale)}/projekte`
export const projectPath = ({ locale, slug }: { locale: Locale; slug: string }): string =>
  `${projectsPath(locale)}/${encodeURIComponent(slug)}`
export const officesPath = (locale: Locale): string => `${localeBase(locale)}/regionalbueros`
export const alliancePath = ({ locale, slug }: { locale: Locale; slug: string }): string =>
  `${localeBase(locale)}/allianzen/${encodeURIComponent(slug)}`

export const LEGAL_PAGES = {
  imprint: 'impressum',
  privacy: 'datenschutz',
  accessibility: 'barrierefreiheit',
} as const
export type LegalPage = keyof typeof LEGAL_PAGES
export const legalPath = ({ locale, page }: { locale: Locale; page: LegalPage }): string =>
  `${localeBase(locale)}/${LEGAL_PAGES[page]}`

export const merklistePath = (locale: Locale): string => `${localeBase(locale)}/merkliste`

export const mapPath = (locale: Locale): string => `${localeBase(locale)}/karte`

/** Staff preview of a product's newest draft (linked from the admin's "Preview" button). */
export const previewPath = ({ locale, id }: { locale: Locale; id: number | string }): string =>
  `${localeBase(locale)}/vorschau/produkte/${id}`

/** The public request form, optionally with products already chosen. */
export const requestFormPath = ({
  locale,
  slugs = [],
}: {
  locale: Locale
  slugs?: string[]
}): string => {
  const query = new URLSearchParams(slugs.map((slug) => ['produkt', slug])).toString()
  return `${localeBase(locale)}/anfrage${query ? `?${query}` : ''}`
}

/** The requester's tracking page: the token is the only key. */
export const trackingPath = ({ locale, token }: { locale: Locale; token: string }): string =>
  `${localeBase(locale)}/anfrage/${encodeURIComponent(token)}`

/** A path with the given query parameters (repeated parameters stay repeated). */
export const withQuery = (
  path: string,
  params: Record<string, string | string[] | undefined>,
): string => {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : value ? [value] : []) search.append(key, item)
  }
  const text = search.toString()
  return text ? `${path}?${text}` : path
}

/** Open data: the explaining page per language; the files are the same in both (bilingual). */
export const openDataPath = (locale: Locale): string => `${localeBase(locale)}/open-data`
export const OPEN_DATA_FILES = {
  json: '/open-data/produkte.json',
  csv: '/open-data/produkte.csv',
  dcat: '/open-data/dcat.jsonld',
  openapi: '/api/openapi.json',
} as const
