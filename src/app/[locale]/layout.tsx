import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { APPLE_TOUCH_ICON_PATH, FAVICON_PATH } from '@/constants'
import { translate } from '@/i18n'
import { pageLocale, type LocaleParams } from '@/i18n/routing'

import { firaSans } from '@/styles/fonts'

import '@/styles/index.scss'

type Props = { children: ReactNode; params: Promise<LocaleParams> }

// Pages are rendered on their first visit and then served from the page cache
// (src/lib/cache/pageCache.mjs); nothing is rendered at build time, when there is no database.
export const generateStaticParams = () => []
// A safety net only: the cache drops a page as soon as the public data changes.
export const revalidate = 60

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await pageLocale(params)
  return {
    metadataBase: new URL(process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000'),
    title: translate({ key: 'site.name', locale }),
    description: translate({ key: 'site.tagline', locale }),
    icons: {
      icon: [{ url: FAVICON_PATH, type: 'image/svg+xml' }],
      apple: [{ url: APPLE_TOUCH_ICON_PATH, sizes: '180x180', type: 'image/png' }],
    },
  }
}

/** The root of every public page: the document's language comes from the URL. */
export default async function LocaleLayout({ children, params }: Props) {
  const locale = await pageLocale(params)
  return (
    <html lang={locale}>
      {/* KERN's dark theme follows the system setting; the catalogue's colours are light only. */}
      <body className={firaSans.variable} data-kern-theme="light">
        {children}
      </body>
    </html>
  )
}
