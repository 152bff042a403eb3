import type { Metadata } from 'next'
import Link from 'next/link'

import { translate, type TextKey } from '@/i18n'
import { cataloguePath } from '@/lib/paths'

import './site.css'

export const metadata: Metadata = {
  title: `${translate({ key: 'errors404.title', locale: 'de' })} · ${translate({ key: 'errors404.title', locale: 'en' })}`,
  robots: { index: false },
}

/**
 * The 404 page for URLs that match no route at all. It is rendered on the server as a whole
 * document (the site has one root layout per language, so no layout applies here), in German
 * with the same text in English, each marked with its language.
 */
export default function GlobalNotFound() {
  const text = (key: TextKey, locale: 'de' | 'en') => translate({ key, locale })
  return (
    <html lang="de">
      <body>
        <main id="main" className="page">
          <h1>{text('errors404.title', 'de')}</h1>
          <p>{text('errors404.text', 'de')}</p>
          <p>
            <Link href={cataloguePath('de')}>{text('errors404.toCatalogue', 'de')}</Link>
          </p>
          <div lang="en">
            <h2>{text('errors404.title', 'en')}</h2>
            <p>{text('errors404.text', 'en')}</p>
            <p>
              <Link href={cataloguePath('en')}>{text('errors404.toCatalogue', 'en')}</Link>
            </p>
          </div>
        </main>
      </body>
    </html>
  )
}
