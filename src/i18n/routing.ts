import { notFound } from 'next/navigation'
import { cache } from 'react'

import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/constants'

export const isLocale = (value: string): value is Locale =>
  (LOCALES as readonly string[]).includes(value)

/** The language a page is not in: where its language switch leads. */
export const otherLocale = (locale: Locale): Locale => (locale === 'de' ? 'en' : 'de')

/** What every page under app/[locale] receives. */
export type LocaleParams = { locale: string }
export type PageProps<Params = object> = {
  params: Promise<LocaleParams & Params>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/**
 * The language of the page being rendered, for the parts Next renders without params (the 404
 * page): React keeps one of these per request, and the layout fills it before its children render.
 */
const rendering = cache((): { locale: Locale } => ({ locale: DEFAULT_LOCALE }))
export const renderedLocale = (): Locale => rendering().locale

/**
 * The language of a page from its `[locale]` segment. src/proxy.ts sends only `de` and `en` here;
 * anything else (a request that bypassed it) answers 404 rather than guessing.
 */
export const pageLocale = async (params: Promise<LocaleParams>): Promise<Locale> => {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  rendering().locale = locale
  return locale
}
