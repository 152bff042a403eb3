import { LOCALES } from '@/constants'
import { listProjects, listPublishedProducts } from '@/data/network'
import {
  cataloguePath,
  localeBase,
  officesPath,
  openDataPath,
  productPath,
  projectPath,
  projectsPath,
} from '@/lib/paths'
import { escapeXml } from '@/lib/xml'
import { getPayloadClient } from '@/services/payload'

// Built on first request, then served from the page cache until something public changes.
// `/sitemap.xml` is rewritten here (src/proxy.ts); it lists both languages.
export const dynamic = 'force-static'
export const generateStaticParams = () => []
export const revalidate = 60

/** Every public page in both languages, with when its content last changed. */
export async function GET() {
  const base = process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000'
  const payload = await getPayloadClient()
  const [products, projects] = await Promise.all([
    listPublishedProducts({ payload, locale: 'de' }),
    listProjects({ payload, locale: 'de' }),
  ])
  const urls = LOCALES.flatMap((locale) => [
    { path: localeBase(locale) || '/' },
    { path: cataloguePath(locale) },
    { path: projectsPath(locale) },
    { path: officesPath(locale) },
    { path: openDataPath(locale) },
    ...products.map((product) => ({
      path: productPath({ locale, slug: product.slug ?? String(product.id) }),
      lastModified: product.updatedAt,
    })),
    ...projects.map((project) => ({
      path: projectPath({ locale, slug: project.slug ?? String(project.id) }),
    })),
  ])
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls
  .map(
    ({ path, lastModified }: { path: string; lastModified?: string }) =>
      `<url>\n<loc>${escapeXml(`${base}${path}`)}</loc>${lastModified ? `\n<lastmod>${lastModified}</lastmod>` : ''}\n</url>`,
  )
  .join('\n')}
</urlset>
`
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } })
}
