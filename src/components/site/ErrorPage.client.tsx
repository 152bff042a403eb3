'use client'

import type { Locale } from '@/constants'
import { errorTexts } from '@/i18n/errors'

/** Shown when a public page fails: plain words and a way to try again, no stack trace. */
export function ErrorPage({ locale, reset }: { locale: Locale; reset: () => void }) {
  const texts = errorTexts[locale]
  return (
    <main id="main" className="page">
      <h1>{texts.title}</h1>
      <p>{texts.text}</p>
      <button type="button" onClick={() => reset()}>
        {texts.retry}
      </button>
    </main>
  )
}
