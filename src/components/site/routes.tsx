import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import config from '@payload-config'
import type { Locale } from '@/constants'
import { getProductBySlug } from '@/data/catalogue'
import { translate, type TextKey } from '@/i18n'
import type { Media } from '@/payload-types'
import type { SearchParams } from '@/lib/catalogueParams'

import { CataloguePage } from '../catalogue/CataloguePage'
import { ProductPage } from '../product/ProductPage'
import { cataloguePath, localeBase, productPath } from './paths'
import { SiteShell } from './SiteShell'

/**
 * The public routes, once for both languages: the files under app/(de) and app/(en) only say
 * which language they serve.
 */
type PageProps<Params> = { params: Promise<Params>; searchParams: Promise<SearchParams> }

const other = (locale: Locale): Locale => (locale === 'de' ? 'en' : 'de')

const queryString = (searchParams: SearchParams): string => {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(searchParams)) {
    for (const item of Array.isArray(value) ? value : value ? [value] : []) search.append(key, item)
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}

export const homeRoute = (locale: Locale) =>
  function HomeRoute() {
    const t = (key: TextKey) => translate({ key, locale })
    return (
      <SiteShell locale={locale} alternateHref={localeBase(other(locale)) || '/'}>
        <h1>{t('site.name')}</h1>
        <p className="tagline">{t('site.tagline')}</p>
        <p>{t('site.intro')}</p>
        <form action={cataloguePath(locale)} className="search-row" role="search">
          <label htmlFor="home-q">{t('catalogue.searchLabel')}</label>
          <input
            id="home-q"
            type="search"
            name="q"
            placeholder={t('catalogue.searchPlaceholder')}
          />
          <button type="submit">{t('catalogue.searchButton')}</button>
        </form>
        <p>
          <Link href={cataloguePath(locale)}>{t('catalogue.heading')}</Link>
        </p>
      </SiteShell>
    )
  }

export const catalogueRoute = (locale: Locale) =>
  async function CatalogueRoute({ searchParams }: PageProps<Record<string, never>>) {
    const params = await searchParams
    return (
      <SiteShell
        locale={locale}
        alternateHref={`${cataloguePath(other(locale))}${queryString(params)}`}
      >
        <CataloguePage locale={locale} searchParams={params} />
      </SiteShell>
    )
  }

export const catalogueMetadata = (locale: Locale): Metadata => ({
  title: `${translate({ key: 'catalogue.heading', locale })} · ${translate({ key: 'site.name', locale })}`,
  description: translate({ key: 'catalogue.intro', locale }),
  alternates: { languages: { de: cataloguePath('de'), en: cataloguePath('en') } },
})

const loadProduct = async ({
  locale,
  params,
}: {
  locale: Locale
  params: Promise<{ slug: string }>
}) => {
  const { slug } = await params
  return getProductBySlug({
    payload: await getPayload({ config }),
    locale,
    slug: decodeURIComponent(slug),
  })
}

export const productRoute = (locale: Locale) =>
  async function ProductRoute({ params }: PageProps<{ slug: string }>) {
    const loaded = await loadProduct({ locale, params })
    if (!loaded) notFound()
    const { product } = loaded
    const hero = typeof product.heroImage === 'object' ? (product.heroImage as Media | null) : null
    const jsonLd = {
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: product.title,
      description: product.pitch,
      category: translate({ key: `options.kinds.${product.kind}` as TextKey, locale }),
      ...(hero?.url ? { image: hero.url } : {}),
      url: productPath({ locale, slug: product.slug ?? '' }),
    }
    return (
      <SiteShell
        locale={locale}
        alternateHref={productPath({ locale: other(locale), slug: product.slug ?? '' })}
      >
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }}
        />
        <ProductPage locale={locale} {...loaded} />
      </SiteShell>
    )
  }

export const productMetadata =
  (locale: Locale) =>
  async ({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> => {
    const loaded = await loadProduct({ locale, params })
    if (!loaded) return { title: translate({ key: 'product.notFound', locale }) }
    const { product } = loaded
    const hero = typeof product.heroImage === 'object' ? (product.heroImage as Media | null) : null
    const title = product.meta?.title || product.title
    const description = product.meta?.description || product.pitch
    return {
      title: `${title} · ${translate({ key: 'site.name', locale })}`,
      description,
      alternates: {
        languages: {
          de: productPath({ locale: 'de', slug: product.slug ?? '' }),
          en: productPath({ locale: 'en', slug: product.slug ?? '' }),
        },
      },
      openGraph: {
        title,
        description,
        type: 'website',
        locale: locale === 'de' ? 'de_DE' : 'en_GB',
        ...(hero?.sizes?.card?.url
          ? { images: [{ url: hero.sizes.card.url, alt: hero.alt }] }
          : {}),
      },
    }
  }
