import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { LivePreviewRefresh } from '@/components/admin/product/LivePreviewRefresh.client'
import { ProductPage } from '@/components/product/ProductPage'
import { SiteShell } from '@/components/site/SiteShell'
import { getProductPreview } from '@/data/catalogue'
import { translate } from '@/i18n'
import { otherLocale, pageLocale, type PageProps } from '@/i18n/routing'
import { previewPath } from '@/lib/paths'
import type { User } from '@/payload-types'
import { getPayloadClient } from '@/services/payload'

// Reads the query string or the visitor's session: rendered per request, never cached.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { robots: { index: false, follow: false } }

/** A staff member's view of a product's newest draft: per request, as the logged-in user. */
export default async function PreviewRoute({ params }: PageProps<{ id: string }>) {
  const locale = await pageLocale(params)
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  const loaded = await getProductPreview({
    payload,
    locale,
    id: (await params).id,
    user: (user as User | null) ?? null,
  })
  if (!loaded) notFound()
  const { product } = loaded
  return (
    <SiteShell
      locale={locale}
      alternateHref={previewPath({ locale: otherLocale(locale), id: product.id })}
    >
      <p className="preview-banner" role="status">
        {translate({
          key: 'product.previewBanner',
          locale,
          values: {
            status: translate({
              key:
                product._status === 'published' ? 'product.statusPublished' : 'product.statusDraft',
              locale,
            }),
          },
        })}
      </p>
      <ProductPage locale={locale} {...loaded} />
      {/* In the admin's live preview: render the saved draft again after each save. */}
      <LivePreviewRefresh />
    </SiteShell>
  )
}
