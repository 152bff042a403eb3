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

const ADMIN_PARTS = new Intl.DateTimeFormat('de-DE', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** A moment as the admin shows it in both languages: `30.11.2026 19:47`, Berlin time. */
export const formatAdminDateTime = (value: string | Date): string => {
  const parts = ADMIN_PARTS.formatToParts(new Date(value))
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((entry) => entry.type === type)?.value ?? ''
  return `${part('day')}.${part('month')}.${part('year')} ${part('hour')}:${part('minute')}`
}

export const DAY_MS = 24 * 60 * 60 * 1000

/** Whole days from `from` until `now`: 0 on the day itself, for no date or an unreadable one, and
 * for a clock that is behind. */
export const wholeDaysSince = (from: string | Date | null | undefined, now: Date): number => {
  if (!from) return 0
  const start = new Date(from).getTime()
  if (Number.isNaN(start)) return 0
  return Math.max(0, Math.floor((now.getTime() - start) / DAY_MS))
}
