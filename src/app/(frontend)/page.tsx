import Link from 'next/link'

import { translate } from '@/i18n'

export default function HomePage() {
  const t = (key: Parameters<typeof translate>[0]['key']) => translate({ key })
  return (
    <main id="main" className="page">
      <h1>{t('site.name')}</h1>
      <p className="tagline">{t('site.tagline')}</p>
      <p>{t('site.intro')}</p>
      <p>{t('site.comingSoon')}</p>
      <p>
        <Link href="/admin">{t('site.adminLink')}</Link>
      </p>
    </main>
  )
}
