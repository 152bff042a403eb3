import type { Locale } from '@/constants'
import { translate, type TextKey } from '@/i18n'

/** The tracking page's texts in one language, with `{{name}}` values. */
export const trackingTexts =
  (locale: Locale) =>
  (key: TextKey, values?: Record<string, string | number>): string =>
    translate({ key, locale, values })

export type TrackingText = ReturnType<typeof trackingTexts>
