import type { ReviewStatus } from '@/constants'
import { DAY_MS, wholeDaysSince } from '@/lib/dates'

/**
 * What the admin home shows about a product's review, from its history alone. Pure, so the
 * ordering and the overdue rule can be tested without a database.
 */

export type HistoryEntry = {
  at: string
  byName?: string | null
  to: ReviewStatus
  comment?: string | null
}

export type ReviewComment = { comment: string; byName: string | null; at: string }

const time = (value: string): number => {
  const ms = new Date(value).getTime()
  return Number.isNaN(ms) ? 0 : ms
}

/** The newest entry first, whatever order the history was stored in. */
const newestFirst = (history: readonly HistoryEntry[] | null | undefined): HistoryEntry[] =>
  [...(history ?? [])].sort((a, b) => time(b.at) - time(a.at))

/** When the product was last submitted (the newest move to `submitted`). */
export const submittedAt = (
  history: readonly HistoryEntry[] | null | undefined,
): string | undefined => newestFirst(history).find((entry) => entry.to === 'submitted')?.at

/** The newest entry that carries a comment: what the office last said (or the project replied). */
export const lastComment = (
  history: readonly HistoryEntry[] | null | undefined,
): ReviewComment | undefined => {
  const entry = newestFirst(history).find((item) => item.comment?.trim())
  return entry
    ? { comment: (entry.comment ?? '').trim(), byName: entry.byName ?? null, at: entry.at }
    : undefined
}

/** Whole days since `from` (0 on the day itself; never negative for a skewed clock). */
export const daysWaited = ({ from, now }: { from: string; now: Date }): number =>
  wholeDaysSince(from, now)

/** Overdue once it has waited longer than `overdueDays` (the same rule as for requests). */
export const isOverdue = ({
  from,
  now,
  overdueDays,
}: {
  from: string
  now: Date
  overdueDays: number
}): boolean => now.getTime() - time(from) > overdueDays * DAY_MS

/** Oldest submission first; ties (and entries without a time) by id, so the order is stable. */
export const byLongestWaiting = <T extends { waitingSince: string; id: number | string }>(
  a: T,
  b: T,
): number =>
  time(a.waitingSince) - time(b.waitingSince) ||
  String(a.id).localeCompare(String(b.id), 'en', { numeric: true })
