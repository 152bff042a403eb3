/**
 * Public pages a CDN or reverse proxy may keep: every instance refreshes its own copy within
 * about a second of a change (src/lib/cache/pageCacheHandler.mjs), so a shared cache may serve a
 * copy for PUBLIC_MAX_AGE seconds and, while it fetches a fresh one, a stale one for up to
 * PUBLIC_STALE seconds. Only pages listed here say `public`; every page that reads the query
 * string, a cookie or a token is rendered per request and Next marks it `private, no-store`.
 * A page Next caches that is not listed keeps Next's own header (`s-maxage` = the layout's
 * `revalidate`), which no browser keeps.
 */
export const PUBLIC_MAX_AGE = 3
export const PUBLIC_STALE = 60
export const PUBLIC_CACHE_CONTROL = `public, s-maxage=${PUBLIC_MAX_AGE}, stale-while-revalidate=${PUBLIC_STALE}`

/** The addresses of cached public pages, German unprefixed and English under /en. */
const PUBLIC_PAGES = [
  '',
  '/produkte/:slug',
  '/projekte',
  '/projekte/:slug',
  '/allianzen/:slug',
  '/regionalbueros',
  '/impressum',
  '/datenschutz',
  '/barrierefreiheit',
  '/anfrage/geloescht',
  '/feed.xml',
  '/open-data',
  '/open-data/produkte.json',
  '/open-data/produkte.csv',
  '/open-data/dcat.jsonld',
]

type HeaderRule = {
  source: string
  headers: { key: string; value: string }[]
  missing?: { type: 'query'; key: string }[]
}

const rule = (source: string, missing?: HeaderRule['missing']): HeaderRule => ({
  source,
  headers: [{ key: 'Cache-Control', value: PUBLIC_CACHE_CONTROL }],
  ...(missing ? { missing } : {}),
})

/** next.config.ts `headers`: the public Cache-Control of every cached page. */
export const publicCacheRules = (): HeaderRule[] => [
  ...PUBLIC_PAGES.flatMap((path) => [rule(path || '/'), rule(`/en${path}`)]),
  // The map is cached only without a filter (src/lib/http/localeRouting.ts).
  ...['/karte', '/en/karte'].map((path) =>
    rule(path, [
      { type: 'query', key: 'kind' },
      { type: 'query', key: 'sector' },
    ]),
  ),
  rule('/sitemap.xml'),
  // After the API's `no-store` in next.config.ts, whose header this one replaces.
  rule('/api/openapi.json'),
]
