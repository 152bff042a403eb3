import type { Locale } from '@/constants'
import { ADOPTIONS, ALLIANCES, PROJECTS } from '@/seed/content'

/** One public page type in one language: what the checks call it, where it is, what it answers. */
export type PublicPage = { name: string; locale: Locale; path: string; status: 200 | 404 }

/** Seeded documents whose pages show the most: a product with public adoptions (and its map). */
const product = ADOPTIONS.find(({ isPublic }) => isPublic)!.product
const project = PROJECTS[0].slug
const alliance = ALLIANCES[0].slug

/** Stands for a request's tracking token in a path until a test has made a request. */
const TOKEN = ':token'

/** Every page type of the public site (issue 12), as German paths; English is the same under /en. */
const PAGE_TYPES = [
  { name: 'home', path: '/' },
  { name: 'catalogue', path: '/produkte' },
  { name: 'catalogue with filters', path: '/produkte?sector=logistik&state=NW&sort=title' },
  { name: 'empty result', path: '/produkte?q=gibtesnicht&kind=app' },
  { name: 'product', path: `/produkte/${product}` },
  { name: 'projects', path: '/projekte' },
  { name: 'project', path: `/projekte/${project}` },
  { name: 'regional offices', path: '/regionalbueros' },
  { name: 'alliance', path: `/allianzen/${alliance}` },
  { name: 'map', path: '/karte' },
  { name: 'filtered map', path: '/karte?sector=kunststoff' },
  { name: 'saved list (empty)', path: '/merkliste' },
  { name: 'saved list (compared)', path: `/merkliste?p=${product}&p=${ADOPTIONS.at(-1)!.product}` },
  { name: 'request form', path: `/anfrage?produkt=${product}` },
  { name: 'request tracking', path: `/anfrage/${TOKEN}` },
  { name: 'request deleted', path: '/anfrage/geloescht' },
  { name: 'imprint', path: '/impressum' },
  { name: 'privacy', path: '/datenschutz' },
  { name: 'accessibility statement', path: '/barrierefreiheit' },
  { name: 'open data', path: '/open-data' },
  // Follow (issue 13): the form for a product and for a search, and the two link pages.
  { name: 'follow a product', path: `/benachrichtigung?produkt=${product}` },
  { name: 'follow a search', path: '/benachrichtigung?q=Planspiel&kind=planspiel' },
  { name: 'follow confirmation (bad link)', path: '/benachrichtigung/bestaetigen?token=x' },
  { name: 'unsubscribe (bad link)', path: '/benachrichtigung/abmelden?token=x' },
  { name: 'product not found', path: '/produkte/gibt-es-nicht', status: 404 as const },
  { name: 'no such route', path: '/gibt-es-nicht', status: 404 as const },
] satisfies { name: string; path: string; status?: 404 }[]

/** The path of a German page in `locale`. */
export const inLocale = (path: string, locale: Locale): string =>
  locale === 'de' ? path : path === '/' ? '/en' : `/en${path}`

/**
 * Every public page type in German and English. The request-tracking page needs a live token:
 * create a request first (e.g. `fixtures.request()`) and open `pagePath(page, trackingToken)`.
 */
export const PUBLIC_PAGES: PublicPage[] = (['de', 'en'] as const).flatMap((locale) =>
  PAGE_TYPES.map(({ name, path, ...rest }) => ({
    name: `${name} (${locale})`,
    locale,
    path: inLocale(path, locale),
    status: ('status' in rest && rest.status) || 200,
  })),
)

/** The page's path with a request's tracking token filled in. */
export const pagePath = (page: PublicPage, trackingToken: string): string =>
  page.path.replace(TOKEN, trackingToken)
