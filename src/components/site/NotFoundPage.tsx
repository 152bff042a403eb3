import Link from 'next/link'

import type { Locale } from '@/constants'
import { translate, type TextKey } from '@/i18n'
import { otherLocale } from '@/i18n/routing'
import { cataloguePath, localeBase } from '@/lib/paths'

import { SiteShell } from './SiteShell'

/** The designed 404 page, inside the site's frame. */
export function NotFoundPage({ locale }: { locale: Locale }) {
  const t = (key: TextKey) => translate({ key, locale })
  return (
    <SiteShell locale={locale} alternateHref={localeBase(otherLocale(locale)) || '/'}>
      <h1>{t('errors404.title')}</h1>
      <p>{t('errors404.text')}</p>
      <p>
        <Link href={cataloguePath(locale)} className="kern-btn kern-btn--primary">
          <span className="kern-label">{t('errors404.toCatalogue')}</span>
        </Link>
      </p>
    </SiteShell>
  )
}
