import type { Metadata } from 'next'
import Link from 'next/link'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import config from '@payload-config'
import type { Locale } from '@/constants'
import {
  getCatalogue,
  getEntriesBySlugs,
  getProductBySlug,
  getProductPreview,
  getRelatedEntries,
  searchCatalogue,
} from '@/data/catalogue'
import { getMapPoints } from '@/data/map'
import {
  getAllianceBySlug,
  getProjectBySlug,
  getSiteSettings,
  listOffices,
  listProjects,
} from '@/data/network'
import { translate, type TextKey } from '@/i18n'
import type { Media, User } from '@/payload-types'
import type { SearchParams } from '@/lib/catalogueParams'

import { RichText } from '@payloadcms/richtext-lexical/react'

import { CataloguePage } from '../catalogue/CataloguePage'
import { MapPage } from '../map/MapPage'
import { MerklistePage } from '../merkliste/MerklistePage'
import { ProductCard } from '../catalogue/ProductCard'
import { AlliancePage, OfficesPage, ProjectPage, ProjectsPage } from '../network/NetworkPages'
import { ProductPage } from '../product/ProductPage'
import {
  alliancePath,
  cataloguePath,
  legalPath,
  type LegalPage,
  localeBase,
  mapPath,
  merklistePath,
  officesPath,
  productPath,
  projectPath,
  projectsPath,
} from '@/lib/paths'
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
  async function HomeRoute() {
    const t = (key: TextKey) => translate({ key, locale })
    const payload = await getPayload({ config })
    const [all, newest, mostAdopted] = await Promise.all([
      searchCatalogue({ payload, locale }),
      searchCatalogue({ payload, locale, sort: 'newest' }),
      searchCatalogue({ payload, locale, sort: 'adopted' }),
    ])
    const kinds = Object.entries(all.facetCounts.kind).sort(([, a], [, b]) => b - a)
    const cards = (entries: typeof newest.entries) => (
      <ul className="cards">
        {entries.slice(0, 3).map((entry, index) => (
          <li key={entry.id}>
            <ProductCard entry={entry} locale={locale} isAboveFold={index < 3} />
          </li>
        ))}
      </ul>
    )
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
        <h2>{t('home.kinds')}</h2>
        <ul className="chips">
          {kinds.map(([kind, count]) => (
            <li key={kind}>
              <Link href={`${cataloguePath(locale)}?kind=${kind}`}>
                {t(`options.kinds.${kind}` as TextKey)} ({count})
              </Link>
            </li>
          ))}
        </ul>
        <h2>{t('home.newest')}</h2>
        {cards(newest.entries)}
        <h2>{t('home.mostAdopted')}</h2>
        {cards(mostAdopted.entries.filter((entry) => entry.adoptionCount > 0))}
        <p>
          <Link href={cataloguePath(locale)}>{t('home.allProducts')}</Link>
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
    const related = await getRelatedEntries({
      payload: await payloadNow(),
      locale,
      productId: product.id,
    })
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
        {related.length > 0 ? (
          <section aria-labelledby="related-heading">
            <h2 id="related-heading">{translate({ key: 'product.related', locale })}</h2>
            <ul className="cards">
              {related.map((entry) => (
                <li key={entry.id}>
                  <ProductCard entry={entry} locale={locale} isAboveFold={false} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
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

/** A page that reads one document by slug, answers 404 when there is none. */
const bySlug =
  <T,>({
    load,
    render,
    alternate,
  }: {
    load: (args: { locale: Locale; slug: string }) => Promise<T | null>
    render: (args: { locale: Locale; doc: T }) => React.ReactNode
    alternate: (args: { locale: Locale; slug: string }) => string
  }) =>
  (locale: Locale) =>
    async function SlugRoute({ params }: PageProps<{ slug: string }>) {
      const slug = decodeURIComponent((await params).slug)
      const doc = await load({ locale, slug })
      if (!doc) notFound()
      return (
        <SiteShell locale={locale} alternateHref={alternate({ locale: other(locale), slug })}>
          {render({ locale, doc })}
        </SiteShell>
      )
    }

/**
 * Payload with its job runner (email queue, scheduled publishing, nightly data protection): the
 * runner starts with the first page served. (Starting it in instrumentation.ts would create
 * Payload from a second copy of its modules, whose error classes the API then fails to recognise.)
 */
const payloadNow = () => getPayload({ config, cron: true })

export const projectsRoute = (locale: Locale) =>
  async function ProjectsRoute() {
    const projects = await listProjects({ payload: await payloadNow(), locale })
    return (
      <SiteShell locale={locale} alternateHref={projectsPath(other(locale))}>
        <ProjectsPage locale={locale} projects={projects} />
      </SiteShell>
    )
  }

export const projectRoute = bySlug({
  load: async ({ locale, slug }) => getProjectBySlug({ payload: await payloadNow(), locale, slug }),
  render: ({ locale, doc }) => <ProjectPage locale={locale} project={doc} />,
  alternate: projectPath,
})

export const allianceRoute = bySlug({
  load: async ({ locale, slug }) =>
    getAllianceBySlug({ payload: await payloadNow(), locale, slug }),
  render: ({ locale, doc }) => <AlliancePage locale={locale} alliance={doc} />,
  alternate: alliancePath,
})

export const officesRoute = (locale: Locale) =>
  async function OfficesRoute() {
    const offices = await listOffices({ payload: await payloadNow(), locale })
    return (
      <SiteShell locale={locale} alternateHref={officesPath(other(locale))}>
        <OfficesPage locale={locale} offices={offices} />
      </SiteShell>
    )
  }

const LEGAL_FIELDS = {
  imprint: 'imprint',
  privacy: 'privacyPolicy',
  accessibility: 'accessibilityStatement',
} as const
const LEGAL_TITLES: Record<LegalPage, TextKey> = {
  imprint: 'legal.imprint',
  privacy: 'legal.privacy',
  accessibility: 'legal.accessibility',
}

export const legalRoute = (locale: Locale, page: LegalPage) =>
  async function LegalRoute() {
    const settings = await getSiteSettings({ payload: await payloadNow(), locale })
    const content = settings[LEGAL_FIELDS[page]]
    return (
      <SiteShell locale={locale} alternateHref={legalPath({ locale: other(locale), page })}>
        <h1>{translate({ key: LEGAL_TITLES[page], locale })}</h1>
        {page === 'privacy' ? (
          <p className="muted">
            {translate({
              key: 'legal.privacyVersion',
              locale,
              values: { version: settings.privacyPolicyVersion },
            })}
          </p>
        ) : null}
        {content ? <RichText data={content} /> : null}
      </SiteShell>
    )
  }

export const legalMetadata = (locale: Locale, page: LegalPage): Metadata => ({
  title: `${translate({ key: LEGAL_TITLES[page], locale })} · ${translate({ key: 'site.name', locale })}`,
})

/** The designed 404 page, inside the site's frame. */
export const notFoundRoute = (locale: Locale) =>
  function NotFoundRoute() {
    const t = (key: TextKey) => translate({ key, locale })
    return (
      <SiteShell locale={locale} alternateHref={localeBase(other(locale)) || '/'}>
        <h1>{t('errors404.title')}</h1>
        <p>{t('errors404.text')}</p>
        <p>
          <Link href={cataloguePath(locale)}>{t('errors404.toCatalogue')}</Link>
        </p>
      </SiteShell>
    )
  }

export const merklisteRoute = (locale: Locale) =>
  async function MerklisteRoute({ searchParams }: PageProps<Record<string, never>>) {
    const params = await searchParams
    const slugs = (Array.isArray(params.p) ? params.p : params.p ? [params.p] : []).slice(0, 20)
    const entries = await getEntriesBySlugs({ payload: await payloadNow(), locale, slugs })
    return (
      <SiteShell
        locale={locale}
        alternateHref={`${merklistePath(other(locale))}${queryString({ p: slugs })}`}
      >
        <MerklistePage locale={locale} entries={entries} />
      </SiteShell>
    )
  }

export const mapRoute = (locale: Locale) =>
  async function MapRoute({ searchParams }: PageProps<Record<string, never>>) {
    const params = await searchParams
    const payload = await payloadNow()
    const kind = typeof params.kind === 'string' && params.kind ? params.kind : undefined
    const sector = typeof params.sector === 'string' && params.sector ? params.sector : undefined
    const [points, catalogue] = await Promise.all([
      getMapPoints({ payload, locale }),
      getCatalogue({ payload, locale }),
    ])
    const shown = points.filter(
      (point) =>
        (!kind || point.kinds.includes(kind)) && (!sector || point.sectors.includes(sector)),
    )
    const kinds = [...new Set(points.flatMap((point) => point.kinds))].sort()
    const sectors = Object.entries(catalogue.facetLabels.sector ?? {}).map(([slug, name]) => ({
      slug,
      name,
    }))
    return (
      <SiteShell locale={locale} alternateHref={`${mapPath(other(locale))}${queryString(params)}`}>
        <MapPage
          locale={locale}
          points={shown}
          kinds={kinds}
          sectors={sectors}
          selected={{ kind, sector }}
          action={mapPath(locale)}
        />
      </SiteShell>
    )
  }

/** The document title of a page whose heading is one UI text. */
export const pageMetadata = (locale: Locale, key: TextKey): Metadata => ({
  title: `${translate({ key, locale })} · ${translate({ key: 'site.name', locale })}`,
})

export const previewRoute = (locale: Locale) =>
  async function PreviewRoute({ params }: PageProps<{ id: string }>) {
    const payload = await payloadNow()
    const { user } = await payload.auth({ headers: await headers() })
    const loaded = await getProductPreview({
      payload,
      locale,
      id: (await params).id,
      user: (user as User | null) ?? null,
    })
    if (!loaded) notFound()
    return (
      <SiteShell
        locale={locale}
        alternateHref={`${localeBase(other(locale))}/vorschau/produkte/${loaded.product.id}`}
      >
        <p className="preview-banner" role="status">
          {translate({
            key: 'product.previewBanner',
            locale,
            values: {
              status: translate({
                key:
                  loaded.product._status === 'published'
                    ? 'product.statusPublished'
                    : 'product.statusDraft',
                locale,
              }),
            },
          })}
        </p>
        <ProductPage locale={locale} {...loaded} />
      </SiteShell>
    )
  }

export const previewMetadata: Metadata = { robots: { index: false, follow: false } }
