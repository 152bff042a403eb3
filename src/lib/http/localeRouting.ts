import type { Locale } from '@/constants'

import type { DocumentPage } from './publicPages'

/**
 * Where a public URL is served from. German pages live at the root (`/produkte`), English ones
 * under `/en` (`/en/produkte`); both are rendered by the one tree `src/app/[locale]`, so German
 * URLs are rewritten to `/de/…` inside the app. A visitor who types `/de/…` is sent to the
 * unprefixed address, so every page has exactly one URL per language.
 */
export type LocaleRoute =
  | { action: 'pass' }
  | { action: 'redirect'; pathname: string }
  | {
      action: 'rewrite'
      pathname: string
      locale: Locale
      /** The document the page shows, if it shows one: the proxy answers 404 for a missing one. */
      document?: DocumentPage
    }

/** Paths that are not the site's pages: Payload, Next's own files, robots.txt. */
const NOT_A_PAGE = /^\/(?:api|admin|_next)(?:\/|$)|^\/robots\.txt$/

/**
 * Pages whose filtered variant is rendered per request while the unfiltered one comes from the
 * page cache: a page that reads its query string cannot be cached at all in Next, so the
 * filtered request is rewritten to a sibling route that does (`/karte?kind=…` →
 * `/de/karte/auswahl?kind=…`).
 */
const FILTERED_VARIANTS: Record<string, readonly string[]> = { '/karte': ['kind', 'sector'] }
export const FILTERED_SEGMENT = 'auswahl'

/** Pages of one document, by the address part before its slug or token. */
const DOCUMENT_PAGES: Record<string, DocumentPage['kind']> = {
  produkte: 'product',
  projekte: 'project',
  allianzen: 'alliance',
  anfrage: 'tracking',
}
/** Fixed pages that sit where a document's slug would (`/anfrage/geloescht`). */
const FIXED_PAGES = new Set(['anfrage/geloescht'])

const documentOf = (locale: Locale, rest: string): DocumentPage | undefined => {
  const match = /^\/([a-z]+)\/([^/]+)$/.exec(rest)
  if (!match || FIXED_PAGES.has(`${match[1]}/${match[2]}`)) return undefined
  const kind = DOCUMENT_PAGES[match[1]]
  if (!kind) return undefined
  try {
    return { locale, kind, key: decodeURIComponent(match[2]) }
  } catch {
    // A malformed escape names no document.
    return { locale, kind, key: '' }
  }
}

/** A path inside `[locale]` that no page matches: Next answers it with app/global-not-found. */
export const notFoundPath = (locale: Locale): string => `/${locale}/404`

export const localeRoute = (pathname: string, searchParams: URLSearchParams): LocaleRoute => {
  if (NOT_A_PAGE.test(pathname)) return { action: 'pass' }
  if (pathname === '/de' || pathname.startsWith('/de/'))
    return { action: 'redirect', pathname: pathname.slice(3) || '/' }
  const locale: Locale = pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'de'
  const rest = locale === 'en' ? pathname.slice(3) : pathname
  const base = `/${locale}${rest === '/' ? '' : rest}`
  const filters = FILTERED_VARIANTS[rest]
  if (filters?.some((name) => searchParams.get(name)))
    return { action: 'rewrite', locale, pathname: `${base}/${FILTERED_SEGMENT}` }
  return { action: 'rewrite', locale, pathname: base, document: documentOf(locale, rest) }
}
