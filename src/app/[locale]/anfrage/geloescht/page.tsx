import Link from 'next/link'

import { titled } from '@/components/site/metadata'
import { SiteShell } from '@/components/site/SiteShell'
import { translate, type TextKey } from '@/i18n'
import { otherLocale, pageLocale, type PageProps } from '@/i18n/routing'
import { cataloguePath, localeBase } from '@/lib/paths'

export const generateMetadata = titled('tracking.deletedTitle', { robots: { index: false } })

/** Where the requester lands after deleting their data. */
export default async function DeletedRoute({ params }: PageProps) {
  const locale = await pageLocale(params)
  const t = (key: TextKey) => translate({ key, locale })
  return (
    <SiteShell
      locale={locale}
      alternateHref={`${localeBase(otherLocale(locale))}/anfrage/geloescht`}
    >
      <h1>{t('tracking.deletedTitle')}</h1>
      <p>{t('tracking.deletedText')}</p>
      <p>
        <Link href={cataloguePath(locale)}>{t('tracking.backToCatalogue')}</Link>
      </p>
    </SiteShell>
  )
}
