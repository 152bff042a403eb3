import type { Payload, Where } from 'payload'

import { isAdminOrOfficeStaffUser } from '@/access/roles'
import { relationId, type ID } from '@/lib/ids'
import { COLLECTIONS, REQUEST_STATUSES, type Locale, type RequestStatus } from '@/constants'
import { requestSettings } from '@/collections/AdoptionRequests/retention'
import { OPEN_STATUSES, statusUnchangedSince } from '@/lib/requests/workflow'
import type { User } from '@/payload-types'
import { DAY_MS, TIME_ZONE, wholeDaysSince } from '@/lib/dates'

/**
 * Figures for the requests dashboard. Every read runs as the signed-in user (`overrideAccess:
 * false`), so the collection's access rules decide the rows: admins count every office, office
 * staff their own. The bucketing helpers are pure so they can be tested without a database.
 */

export type StatsRead = { payload: Payload; user: User; now?: Date; locale?: Locale }

/** One request in a dashboard list. */
export type RequestRow = {
  id: ID
  organisation: string
  status: RequestStatus
  statusChangedAt: string | null
  daysWaiting: number
}

export type RequestList = { total: number; rows: RequestRow[] }
export type ProductCount = { id: ID; title: string; count: number }
export type MonthCount = { month: string; count: number }

export type RequestStats = {
  byStatus: Record<RequestStatus, number>
  total: number
  overdueDays: number
  overdue: RequestList
  assignedToMe: RequestList
  perProduct: ProductCount[]
  /** Requests for products beyond the top ones, summed up. */
  otherProducts: number
  perMonth: MonthCount[]
}

/** Rows per dashboard list; the heading links to the full list. */
export const LIST_LIMIT = 25
/** Products shown one by one; the rest are summed up in one row. */
export const TOP_PRODUCTS = 15
export const MONTHS = 12

const asUser = (user: User) => ({ overrideAccess: false, user }) as const
const openWhere: Where = { status: { in: [...OPEN_STATUSES] } }

/** Admins and office staff (with an office) have requests to look at; everybody else has none. */
export const canSeeRequestStats = isAdminOrOfficeStaffUser

/** Open requests whose status last changed before this moment are overdue. */
export const overdueCutoff = (now: Date, overdueDays: number): Date =>
  new Date(now.getTime() - overdueDays * DAY_MS)

/** `YYYY-MM` of a moment, in the offices' time zone (a request at 23:30 on 31 Jan is January). */
export const monthKey = (date: Date, timeZone = TIME_ZONE): string => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(date)
  const part = (type: 'year' | 'month') => parts.find((entry) => entry.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}`
}

/** The last `count` months up to and including the one `now` falls in, oldest first. */
export const lastMonthKeys = (now: Date, count = MONTHS, timeZone = TIME_ZONE): string[] => {
  const [year, month] = monthKey(now, timeZone).split('-').map(Number)
  return Array.from({ length: count }, (_, index) => {
    const offset = month - 1 - (count - 1 - index)
    const y = year + Math.floor(offset / 12)
    const m = (((offset % 12) + 12) % 12) + 1
    return `${y}-${String(m).padStart(2, '0')}`
  })
}

/** Counts dates per month for the given months; dates outside them are ignored. */
export const bucketByMonth = (
  dates: readonly (string | Date)[],
  months: readonly string[],
  timeZone = TIME_ZONE,
): MonthCount[] => {
  const counts = new Map(months.map((month) => [month, 0]))
  for (const date of dates) {
    const key = monthKey(new Date(date), timeZone)
    const current = counts.get(key)
    if (current !== undefined) counts.set(key, current + 1)
  }
  return months.map((month) => ({ month, count: counts.get(month) ?? 0 }))
}

/** How often each product was asked for (a request for two products counts for both). */
export const tallyProducts = (
  requests: readonly { products?: readonly (ID | { id: ID })[] | null }[],
): Map<string, number> => {
  const counts = new Map<string, number>()
  for (const request of requests) {
    const ids = new Set((request.products ?? []).map((product) => String(relationId(product))))
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}

/** The `top` most requested products, most first, and one row summing up the rest. */
export const topProducts = (
  counts: Map<string, number>,
  top = TOP_PRODUCTS,
): { top: { id: string; count: number }[]; rest: number } => {
  const sorted = [...counts.entries()]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id, 'en', { numeric: true }))
  const rest = sorted.slice(top).reduce((sum, entry) => sum + entry.count, 0)
  return { top: sorted.slice(0, top), rest }
}

export const countByStatus = async ({
  payload,
  user,
}: StatsRead): Promise<Record<RequestStatus, number>> => {
  const counts = await Promise.all(
    REQUEST_STATUSES.map(async (status) => {
      const { totalDocs } = await payload.count({
        collection: COLLECTIONS.adoptionRequests,
        where: { status: { equals: status } },
        ...asUser(user),
      })
      return [status, totalDocs] as const
    }),
  )
  return Object.fromEntries(counts) as Record<RequestStatus, number>
}

/** Open requests without a status change since `cutoff` (also the dashboard's list link). */
export const overdueWhere = (now: Date, overdueDays: number): Where => ({
  and: [openWhere, statusUnchangedSince(overdueCutoff(now, overdueDays))],
})

/** Open requests assigned to the user (also the dashboard's list link). */
export const assignedWhere = (userId: ID): Where => ({
  and: [openWhere, { assignee: { equals: userId } }],
})

/** Requests matching `where`, longest waiting first. */
const listRequests = async ({
  payload,
  user,
  now = new Date(),
  where,
}: StatsRead & { where: Where }): Promise<RequestList> => {
  const { docs, totalDocs } = await payload.find({
    collection: COLLECTIONS.adoptionRequests,
    where,
    sort: 'statusChangedAt',
    limit: LIST_LIMIT,
    depth: 0,
    // `office` is needed even though it is not shown: the requester fields' access rule compares
    // it with the user's office, and without it office staff would get the organisation stripped.
    select: {
      requester: { organisation: true },
      office: true,
      status: true,
      statusChangedAt: true,
    },
    ...asUser(user),
  })
  return {
    total: totalDocs,
    rows: docs.map((doc) => ({
      id: doc.id,
      organisation: doc.requester?.organisation ?? '',
      status: doc.status,
      statusChangedAt: doc.statusChangedAt ?? null,
      daysWaiting: wholeDaysSince(doc.statusChangedAt, now),
    })),
  }
}

/** Open requests without a status change for more than `overdueDays` days. */
export const listOverdue = ({
  overdueDays,
  now = new Date(),
  ...read
}: StatsRead & { overdueDays: number }): Promise<RequestList> =>
  listRequests({ ...read, now, where: overdueWhere(now, overdueDays) })

/** Open requests the user is responsible for. */
export const listAssignedTo = (read: StatsRead): Promise<RequestList> =>
  listRequests({ ...read, where: assignedWhere(read.user.id) })

/** Requests per product, with the products' titles in the given locale. */
export const countByProduct = async ({
  payload,
  user,
  locale,
}: StatsRead): Promise<{ products: ProductCount[]; rest: number }> => {
  const { docs } = await payload.find({
    collection: COLLECTIONS.adoptionRequests,
    depth: 0,
    pagination: false,
    select: { products: true },
    ...asUser(user),
  })
  const { top, rest } = topProducts(tallyProducts(docs))
  if (top.length === 0) return { products: [], rest }
  const { docs: products } = await payload.find({
    collection: COLLECTIONS.transferProducts,
    where: { id: { in: top.map((entry) => entry.id) } },
    depth: 0,
    pagination: false,
    select: { title: true },
    locale,
    ...asUser(user),
  })
  const titles = new Map(products.map((product) => [String(product.id), product.title]))
  return {
    products: top.map(({ id, count }) => ({ id, title: titles.get(id) ?? `#${id}`, count })),
    rest,
  }
}

/** Requests created in each of the last twelve months (only `createdAt` is read). */
export const countByMonth = async ({
  payload,
  user,
  now = new Date(),
}: StatsRead): Promise<MonthCount[]> => {
  const months = lastMonthKeys(now)
  // A day early, so that the time zone cannot cut off the first hours of the oldest month.
  const since = new Date(Date.parse(`${months[0]}-01T00:00:00Z`) - DAY_MS)
  const { docs } = await payload.find({
    collection: COLLECTIONS.adoptionRequests,
    where: { createdAt: { greater_than_equal: since.toISOString() } },
    depth: 0,
    pagination: false,
    select: { createdAt: true },
    ...asUser(user),
  })
  return bucketByMonth(
    docs.map((doc) => doc.createdAt),
    months,
  )
}

/** Everything the dashboard shows, read in parallel. */
export const gatherRequestStats = async (read: StatsRead): Promise<RequestStats> => {
  const now = read.now ?? new Date()
  const { overdueDays } = await requestSettings(read.payload)
  const [byStatus, overdue, assignedToMe, { products, rest }, perMonth] = await Promise.all([
    countByStatus(read),
    listOverdue({ ...read, now, overdueDays }),
    listAssignedTo({ ...read, now }),
    countByProduct(read),
    countByMonth({ ...read, now }),
  ])
  return {
    byStatus,
    total: Object.values(byStatus).reduce((sum, count) => sum + count, 0),
    overdueDays,
    overdue,
    assignedToMe,
    perProduct: products,
    otherProducts: rest,
    perMonth,
  }
}
