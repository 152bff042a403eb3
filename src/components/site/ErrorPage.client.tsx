'use client'

import type { Locale } from '@/constants'
import { translate, type TextKey } from '@/i18n'

/** Shown when a public page fails: plain words and a way to try again, no stack trace. */
export function ErrorPage({ locale, reset }: { locale: Locale; reset: () => void }) {
  const t = (key: TextKey) => translate({ key, locale })
  return (
    <main id="main" className="page">
      <h1>{t('errors500.title')}</h1>
      <p>{t('errors500.text')}</p>
      <button type="button" onClick={() => reset()}>
        {t('errors500.retry')}
      </button>
    </main>
  )
}
