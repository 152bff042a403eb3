import { MerklistePage } from '@/components/merkliste/MerklistePage'
import { titled } from '@/components/site/metadata'
import { SiteShell } from '@/components/site/SiteShell'
import { getEntriesBySlugs } from '@/data/catalogue'
import { otherLocale, pageLocale, type PageProps } from '@/i18n/routing'
import { merklistePath, withQuery } from '@/lib/paths'
import { getPayloadClient } from '@/services/payload'

// Reads the query string or the visitor's session: rendered per request, never cached.
export const dynamic = 'force-dynamic'

export const generateMetadata = titled('merkliste.title')

/** The visitor's saved list comes in the address (`?p=slug&p=slug`): rendered per request. */
export default async function MerklisteRoute({ params, searchParams }: PageProps) {
  const locale = await pageLocale(params)
  const { p } = await searchParams
  const slugs = (Array.isArray(p) ? p : p ? [p] : []).slice(0, 20)
  const entries = await getEntriesBySlugs({ payload: await getPayloadClient(), locale, slugs })
  return (
    <SiteShell
      locale={locale}
      alternateHref={withQuery(merklistePath(otherLocale(locale)), { p: slugs })}
    >
      <MerklistePage locale={locale} entries={entries} />
    </SiteShell>
  )
}
