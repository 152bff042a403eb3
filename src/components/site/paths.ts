import type { Locale } from '@/constants'

/** German lives at the root, English under /en. */
export const localeBase = (locale: Locale): string => (locale === 'en' ? '/en' : '')

export const cataloguePath = (locale: Locale): string => `${localeBase(locale)}/produkte`

export const productPath = ({ locale, slug }: { locale: Locale; slug: string }): string =>
  `${cataloguePath(locale)}/${encodeURIComponent(slug)}`
