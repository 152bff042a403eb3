import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { AskAdopterTeaser } from '@/components/adopterQuestion/AskAdopterTeaser'
import { ProductCard } from '@/components/catalogue/ProductCard'
import { FollowTeaser } from '@/components/follow/FollowTeaser'
import { ProductPage } from '@/components/product/ProductPage'
import { SiteShell } from '@/components/site/SiteShell'
import type { Locale } from '@/constants'
import { getProductBySlug, getRelatedEntries } from '@/data/catalogue'
import { translate, type TextKey } from '@/i18n'
import { otherLocale, pageLocale, type PageProps } from '@/i18n/routing'
import { productPath } from '@/lib/paths'
import type { Media } from '@/payload-types'
import { getPayloadClient } from '@/services/payload'

import { contentType as ogImageType, size as ogImageSize } from './opengraph-image'

type Props = PageProps<{ slug: string }>

// Rendered on first visit, then from the page cache (see app/[locale]/layout.tsx).
export const generateStaticParams = () => []

const load = async ({ locale, slug }: { locale: Locale; slug: string }) =>
  getProductBySlug({ payload: await getPayloadClient(), locale, slug: decodeURIComponent(slug) })

const heroOf = (heroImage: unknown): Media | null =>
  typeof heroImage === 'object' ? (heroImage as Media | null) : null

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await pageLocale(params)
  const loaded = await load({ locale, slug: (await params).slug })
  if (!loaded) return { title: translate({ key: 'product.notFound', locale }) }
  const { product } = loaded
  const title = product.meta?.title || product.title
  const description = product.meta?.description || product.pitch
  const slug = product.slug ?? ''
  return {
    title: `${title} · ${translate({ key: 'site.name', locale })}`,
    description,
    alternates: {
      languages: {
        de: productPath({ locale: 'de', slug }),
        en: productPath({ locale: 'en', slug }),
      },
    },
    openGraph: {
      title,
      description,
      type: 'website',
      locale: locale === 'de' ? 'de_DE' : 'en_GB',
      // The image drawn for the product in this language (opengraph-image.tsx), at the page's
      // own unprefixed address rather than the route tree's /de/ one.
      images: [
        {
          url: `${productPath({ locale, slug })}/opengraph-image`,
          width: ogImageSize.width,
          height: ogImageSize.height,
          type: ogImageType,
          alt: title,
        },
      ],
    },
  }
}

export default async function ProductRoute({ params }: Props) {
  const locale = await pageLocale(params)
  const loaded = await load({ locale, slug: (await params).slug })
  if (!loaded) notFound()
  const { product } = loaded
  const related = await getRelatedEntries({
    payload: await getPayloadClient(),
    locale,
    productId: product.id,
  })
  const hero = heroOf(product.heroImage)
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
      alternateHref={productPath({ locale: otherLocale(locale), slug: product.slug ?? '' })}
    >
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }}
      />
      <ProductPage locale={locale} {...loaded} />
      {loaded.adoptions.length > 0 ? (
        <AskAdopterTeaser locale={locale} slug={product.slug ?? ''} />
      ) : null}
      {loaded.retirement ? null : (
        <FollowTeaser locale={locale} target={{ kind: 'product', slug: product.slug ?? '' }} />
      )}
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
