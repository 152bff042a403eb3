import type { Locale } from '@/constants'

/** The catalogue's offices and visitors are in Germany: dates are shown in Berlin time. */
export const TIME_ZONE = 'Europe/Berlin'

/** A date as people write it in the page's language ("30. November 2026", "30 November 2026"). */
export const formatDate = (
  locale: Locale,
  value: string | Date,
  style: 'long' | 'medium' = 'long',
): string =>
  new Date(value).toLocaleDateString(locale === 'en' ? 'en-GB' : 'de-DE', {
    dateStyle: style,
    timeZone: TIME_ZONE,
  })
