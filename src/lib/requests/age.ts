import { wholeDaysSince } from '@/lib/dates'

type Changed = { updatedAt?: string | null; statusChangedAt?: string | null }

/** When anything last happened to a request: a status change or any other update. */
export const lastChangeAt = ({ updatedAt, statusChangedAt }: Changed): Date | undefined => {
  const times = [updatedAt, statusChangedAt]
    .filter((value): value is string => Boolean(value))
    .map((value) => new Date(value).getTime())
    .filter((time) => !Number.isNaN(time))
  return times.length > 0 ? new Date(Math.max(...times)) : undefined
}

/** Whole days since the last change (0 on the day itself; never negative for a skewed clock). */
export const daysSinceLastChange = ({ request, now }: { request: Changed; now: Date }) => {
  const last = lastChangeAt(request)
  return last ? wholeDaysSince(last, now) : undefined
}
