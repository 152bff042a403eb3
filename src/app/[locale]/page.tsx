import Link from 'next/link'

import { ProductCard } from '@/components/catalogue/ProductCard'
import { SiteShell } from '@/components/site/SiteShell'
import { type CatalogueEntry, homeLists, searchCatalogue } from '@/data/catalogue'
import { translate, type TextKey } from '@/i18n'
import { otherLocale, pageLocale, type PageProps } from '@/i18n/routing'
import { cataloguePath, localeBase } from '@/lib/paths'
import { getPayloadClient } from '@/services/payload'
import { SearchFields } from '@/components/catalogue/SearchFields'

export default async function HomePage({ params }: PageProps) {
  const locale = await pageLocale(params)
  const t = (key: TextKey) => translate({ key, locale })
  const payload = await getPayloadClient()
  const [all, byNewest, byAdoptions] = await Promise.all([
    searchCatalogue({ payload, locale }),
    searchCatalogue({ payload, locale, sort: 'newest' }),
    searchCatalogue({ payload, locale, sort: 'adopted' }),
  ])
  const lists = homeLists({ newest: byNewest.entries, mostAdopted: byAdoptions.entries })
  const kinds = Object.entries(all.facetCounts.kind).sort(([, a], [, b]) => b - a)
  const cards = (entries: CatalogueEntry[], testId: string, isAboveFold: boolean) => (
    <ul className="cards" data-testid={testId}>
      {entries.map((entry, index) => (
        <li key={entry.id}>
          <ProductCard entry={entry} locale={locale} isAboveFold={isAboveFold && index < 3} />
        </li>
      ))}
    </ul>
  )
  return (
    <SiteShell locale={locale} alternateHref={localeBase(otherLocale(locale)) || '/'}>
      <h1>{t('site.name')}</h1>
      <p className="tagline">{t('site.tagline')}</p>
      <p>{t('site.intro')}</p>
      <form action={cataloguePath(locale)} className="search-row" role="search">
        <SearchFields locale={locale} id="home-q" />
      </form>
      <h2>{t('home.kinds')}</h2>
      <ul className="chips">
        {kinds.map(([kind, count]) => (
          <li key={kind}>
            <Link
              href={`${cataloguePath(locale)}?kind=${kind}`}
              className="kern-btn kern-btn--secondary"
            >
              <span className="kern-label">
                {t(`options.kinds.${kind}` as TextKey)} ({count})
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <h2>{t('home.newest')}</h2>
      {cards(lists.newest, 'home-newest', true)}
      {lists.mostAdopted.length > 0 ? (
        <>
          <h2>{t('home.mostAdopted')}</h2>
          {cards(lists.mostAdopted, 'home-most-adopted', false)}
        </>
      ) : null}
      <p>
        <Link href={cataloguePath(locale)}>{t('home.allProducts')}</Link>
      </p>
    </SiteShell>
  )
}
