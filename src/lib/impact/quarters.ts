import { TIME_ZONE } from '@/lib/dates'

/**
 * Quarters and years as the programme office reports them: in Berlin time, so that a request
 * arriving at 00:30 on 1 April (22:30 UTC on 31 March) belongs to the second quarter.
 */

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
})

/** Year and month (1–12) of a moment in Berlin, or undefined for no date or an unreadable one. */
const berlinYearMonth = (
  value: string | Date | null | undefined,
): { year: number; month: number } | undefined => {
  if (!value) return undefined
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return undefined
  const parts = PARTS.formatToParts(date)
  const part = (type: 'year' | 'month') => Number(parts.find((entry) => entry.type === type)?.value)
  return { year: part('year'), month: part('month') }
}

/** `2026-Q4`: the quarter a moment falls in, Berlin time. */
export const quarterKey = (value: string | Date | null | undefined): string | undefined => {
  const parts = berlinYearMonth(value)
  return parts ? `${parts.year}-Q${Math.floor((parts.month - 1) / 3) + 1}` : undefined
}

/** The year of a quarter key (`2026-Q4` → `2026`). */
export const yearOfQuarter = (quarter: string): string => quarter.slice(0, 4)

/** Quarter keys sort as text (`2025-Q4` < `2026-Q1`). */
export const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
