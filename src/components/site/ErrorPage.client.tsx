'use client'

import type { Locale } from '@/constants'
import { errorTexts } from '@/i18n/errors'

import { Alert } from '../ui/Alert'

/** Shown when a public page fails: plain words and a way to try again, no stack trace. */
export function ErrorPage({ locale, reset }: { locale: Locale; reset: () => void }) {
  const texts = errorTexts[locale]
  return (
    <main id="main" className="page">
      <h1>{texts.title}</h1>
      <Alert kind="danger" role="alert" title={texts.text} />
      <button type="button" className="kern-btn kern-btn--primary" onClick={() => reset()}>
        <span className="kern-label">{texts.retry}</span>
      </button>
    </main>
  )
}
