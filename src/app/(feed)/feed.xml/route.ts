import { getPayload } from 'payload'

import config from '@payload-config'
import { productPath } from '@/lib/paths'
import { listPublishedProducts } from '@/data/network'
import { translate } from '@/i18n'

export const dynamic = 'force-dynamic'

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char]!,
  )

/** Atom feed of the newest published transfer products (German). */
export async function GET() {
  const base = process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000'
  const products = await listPublishedProducts({
    payload: await getPayload({ config }),
    locale: 'de',
    limit: 30,
  })
  const updated = products.reduce(
    (latest, product) => (product.updatedAt > latest ? product.updatedAt : latest),
    '1970-01-01T00:00:00.000Z',
  )
  const entries = products
    .map((product) => {
      const link = `${base}${productPath({ locale: 'de', slug: product.slug ?? String(product.id) })}`
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
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
  <id>${escapeXml(`${base}/feed.xml`)}</id>
  <title>${escapeXml(translate({ key: 'site.name', locale: 'de' }))}</title>
  <subtitle>${escapeXml(translate({ key: 'site.tagline', locale: 'de' }))}</subtitle>
  <link rel="self" href="${escapeXml(`${base}/feed.xml`)}"/>
  <link href="${escapeXml(base)}/"/>
  <updated>${updated}</updated>
${entries}
</feed>
`
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
