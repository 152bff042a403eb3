import type { Metadata } from 'next'

import { CataloguePage } from '@/components/catalogue/CataloguePage'
import { FollowTeaser } from '@/components/follow/FollowTeaser'
import { SiteShell } from '@/components/site/SiteShell'
import { translate } from '@/i18n'
import { otherLocale, pageLocale, type PageProps } from '@/i18n/routing'
import { normaliseSavedSearch } from '@/lib/follow/savedSearch'
import { cataloguePath, withQuery } from '@/lib/paths'

// Reads the query string or the visitor's session: rendered per request, never cached.
export const dynamic = 'force-dynamic'

export const generateMetadata = async ({ params }: PageProps): Promise<Metadata> => {
  const locale = await pageLocale(params)
  return {
    title: `${translate({ key: 'catalogue.heading', locale })} · ${translate({ key: 'site.name', locale })}`,
    description: translate({ key: 'catalogue.intro', locale }),
    alternates: { languages: { de: cataloguePath('de'), en: cataloguePath('en') } },
  }
}

/** Search and filters live in the query string, so this page is rendered per request. */
export default async function CatalogueRoute({ params, searchParams }: PageProps) {
  const locale = await pageLocale(params)
  const query = await searchParams
  return (
    <SiteShell locale={locale} alternateHref={withQuery(cataloguePath(otherLocale(locale)), query)}>
      <CataloguePage locale={locale} searchParams={query} />
      <FollowTeaser
        locale={locale}
        target={{ kind: 'search', search: normaliseSavedSearch(query) }}
      />
    </SiteShell>
  )
}
