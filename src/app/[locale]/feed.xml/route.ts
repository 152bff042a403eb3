import { listPublishedProducts } from '@/data/network'
import { translate } from '@/i18n'
import { pageLocale, type LocaleParams } from '@/i18n/routing'
import { localeBase, productPath } from '@/lib/paths'
import { escapeXml } from '@/lib/xml'
import { getPayloadClient } from '@/services/payload'

// Built on first request, then served from the page cache until something public changes.
export const dynamic = 'force-static'
export const generateStaticParams = () => []
export const revalidate = 60

/** Atom feed of the newest published transfer products: `/feed.xml` German, `/en/feed.xml` English. */
export async function GET(_: Request, { params }: { params: Promise<LocaleParams> }) {
  const locale = await pageLocale(params)
  const base = process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000'
  const self = `${base}${localeBase(locale)}/feed.xml`
  const products = await listPublishedProducts({
    payload: await getPayloadClient(),
    locale,
    limit: 30,
  })
  const updated = products.reduce(
    (latest, product) => (product.updatedAt > latest ? product.updatedAt : latest),
    '1970-01-01T00:00:00.000Z',
  )
  const entries = products
    .map((product) => {
      const link = `${base}${productPath({ locale, slug: product.slug ?? String(product.id) })}`
      return `  <entry>
    <id>${escapeXml(link)}</id>
    <title>${escapeXml(product.title)}</title>
    <link href="${escapeXml(link)}"/>
    <updated>${product.updatedAt}</updated>
    <published>${product.firstPublishedAt ?? product.updatedAt}</published>
    <summary>${escapeXml(product.pitch)}</summary>
  </entry>`
    })
    .join('\n')
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <id>${escapeXml(self)}</id>
  <title>${escapeXml(translate({ key: 'site.name', locale }))}</title>
  <subtitle>${escapeXml(translate({ key: 'site.tagline', locale }))}</subtitle>
  <link rel="self" href="${escapeXml(self)}"/>
  <link href="${escapeXml(`${base}${localeBase(locale) || '/'}`)}"/>
  <updated>${updated}</updated>
${entries}
</feed>
`
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
