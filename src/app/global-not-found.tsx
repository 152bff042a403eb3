import type { Metadata } from 'next'
import { headers } from 'next/headers'

import { NotFoundPage } from '@/components/site/NotFoundPage'
import { translate } from '@/i18n'
import { isLocale } from '@/i18n/routing'
import { PAGE_LOCALE_HEADER } from '@/lib/http/localeRouting'

import { firaSans } from '@/styles/fonts'

import '@/styles/index.scss'

export const metadata: Metadata = { robots: { index: false } }

/**
 * The designed 404 page, rendered on the server as a whole document: for addresses no page
 * matches, and for a product, project, alliance or tracking token that does not exist
 * (src/proxy.ts sends those here). The language is the address's, from the proxy.
 */
export default async function GlobalNotFound() {
  const asked = (await headers()).get(PAGE_LOCALE_HEADER) ?? ''
  const locale = isLocale(asked) ? asked : 'de'
  const title = `${translate({ key: 'errors404.title', locale })} · ${translate({ key: 'site.name', locale })}`
  return (
    <html lang={locale}>
      <head>
        <title>{title}</title>
      </head>
      <body className={firaSans.variable} data-kern-theme="light">
        <NotFoundPage locale={locale} />
      </body>
    </html>
  )
}
