import type { Locale } from '@/constants'

import type { DocumentPage } from './publicPages'

/**
 * How public URLs map onto the one page tree `src/app/[locale]`. German pages live at the root
 * (`/produkte`), English ones under `/en` (`/en/produkte`); German URLs are rewritten to `/de/…`
 * inside the app (next.config.ts `rewrites`, from localeRewrites below). A visitor who types
 * `/de/…` is sent to the unprefixed address (src/proxy.ts), so every page has one URL per language.
 */

/** Paths that are not the site's pages: Payload, Next's own files, robots.txt, the icons, the
 * web app manifest. */
const NOT_A_PAGE =
  /^\/(?:api|admin|_next)(?:\/|$)|^\/(?:robots\.txt|favicon\.(?:ico|svg)|apple-touch-icon\.png|manifest\.webmanifest)$/
/** The same for a rewrite's source, plus what is already in the tree (`/de/…`, `/en/…`): the
 * rewrites below apply one after another, each to the path the one before made. */
const NOT_A_PAGE_SOURCE =
  '(?!de(?:/|$)|en(?:/|$)|api(?:/|$)|admin(?:/|$)|_next/|robots\\.txt$|favicon\\.(?:ico|svg)$|apple-touch-icon\\.png$|manifest\\.webmanifest$)'

/**
 * Request headers src/proxy.ts sets for the rewrites and pages after it: the language of the
 * address, and that the document the address names does not exist.
 */
export const PAGE_LOCALE_HEADER = 'x-transferkatalog-locale'
export const MISSING_DOCUMENT_HEADER = 'x-transferkatalog-missing'

/** A path inside `[locale]` that no page matches: Next answers it with app/global-not-found. */
const notFoundPath = (locale: Locale): string => `/${locale}/404`

/**
 * The map's filtered variant is rendered per request while the unfiltered map comes from the
 * page cache: a page that reads its query string cannot be cached at all in Next, so a filtered
 * request goes to a sibling route that does (`/karte?kind=…` → `/de/karte/auswahl?kind=…`).
 */
const FILTERED_MAP = { path: '/karte', segment: 'auswahl', filters: ['kind', 'sector'] } as const

type Rewrite = {
  source: string
  destination: string
  has?: { type: 'header' | 'query'; key: string; value?: string }[]
}

/** next.config.ts `rewrites().beforeFiles`, in order: the first that matches applies. */
export const localeRewrites = (): Rewrite[] => [
  ...(['de', 'en'] as const).map((locale) => ({
    source: '/:path*',
    has: [{ type: 'header' as const, key: MISSING_DOCUMENT_HEADER, value: locale }],
    destination: notFoundPath(locale),
  })),
  ...FILTERED_MAP.filters.flatMap((filter) =>
    (['de', 'en'] as const).map((locale) => ({
      source: `${locale === 'en' ? '/en' : ''}${FILTERED_MAP.path}`,
      has: [{ type: 'query' as const, key: filter }],
      destination: `/${locale}${FILTERED_MAP.path}/${FILTERED_MAP.segment}`,
    })),
  ),
  { source: '/', destination: '/de' },
  { source: `/:path(${NOT_A_PAGE_SOURCE}.*)`, destination: '/de/:path' },
]

/** Pages of one document, by the address part before its slug or token. */
const DOCUMENT_PAGES: Record<string, DocumentPage['kind']> = {
  produkte: 'product',
  projekte: 'project',
  allianzen: 'alliance',
  anfrage: 'tracking',
  'vorschau/produkte': 'preview',
}
/** Fixed pages that sit where a document's slug would (`/anfrage/geloescht`). */
const FIXED_PAGES = new Set(['anfrage/geloescht'])

/**
 * Files that are rendered once and served from the cache: they can only be read. Next's route
 * cache would answer a cached one to any method with 200, so src/proxy.ts answers the others 405.
 */
const READ_ONLY_FILES =
  /^(?:\/en)?\/(?:feed\.xml|sitemap\.xml|open-data\/(?:produkte\.json|produkte\.csv|dcat\.jsonld))$|^\/(?:robots\.txt|favicon\.(?:ico|svg)|apple-touch-icon\.png|manifest\.webmanifest)$/
export const READ_ONLY_METHODS = ['GET', 'HEAD'] as const

/** Whether `method` on `pathname` asks a read-only file for something it cannot do. */
export const isMethodNotAllowed = (method: string, pathname: string): boolean =>
  READ_ONLY_FILES.test(pathname) && !(READ_ONLY_METHODS as readonly string[]).includes(method)

export type PublicRoute =
  | { kind: 'other' }
  | { kind: 'redirect'; location: string }
  | { kind: 'page'; locale: Locale; document?: DocumentPage }

/** What src/proxy.ts must know about a path before it is rewritten. */
export const publicRoute = (pathname: string): PublicRoute => {
  if (NOT_A_PAGE.test(pathname)) return { kind: 'other' }
  if (pathname === '/de' || pathname.startsWith('/de/'))
    return { kind: 'redirect', location: pathname.slice(3) || '/' }
  const locale: Locale = pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'de'
  const rest = locale === 'en' ? pathname.slice(3) : pathname
  const match = /^\/([a-z]+(?:\/produkte)?)\/([^/]+)$/.exec(rest)
  const kind = match && !FIXED_PAGES.has(`${match[1]}/${match[2]}`) && DOCUMENT_PAGES[match[1]]
  if (!match || !kind) return { kind: 'page', locale }
  let key = ''
  try {
    key = decodeURIComponent(match[2])
  } catch {
    // A malformed escape names no document: the empty key finds none.
  }
  return { kind: 'page', locale, document: { locale, kind, key } }
}
