import type { Payload, Where } from 'payload'

import { isAdminUser, staffOfficeId, staffProjectIds } from '@/access/roles'
import { COLLECTIONS, GLOBALS, type Locale, type ReviewStatus } from '@/constants'
import { relationId, type ID } from '@/lib/ids'
import {
  checkCompleteness,
  type CompletenessKey,
  completenessInput,
  inLocale,
  type ProductAllLocales,
} from '@/lib/products/completeness'
import {
  byLongestWaiting,
  daysWaited,
  type HistoryEntry,
  isOverdue,
  lastComment,
  type ReviewComment,
  submittedAt,
} from '@/lib/products/reviewQueue'
import type { User } from '@/payload-types'
import { COMPLETENESS_POPULATE, COMPLETENESS_SELECT } from '@/collections/TransferProducts/completeness'

/**
 * The products on the admin home: "Meine Produkte" for project staff and the review queue for
 * office staff and admins. Products are read as the user (`overrideAccess: false`), in their
 * newest state (`draft: true`); only the request and adoption counts are read without access
 * checks, as numbers, for products the user has just been allowed to read.
 */

export type DashboardRead = { payload: Payload; user: User; locale: Locale; now?: Date }

export type MyProduct = {
  id: ID
  title: string
  project: string
  status: ReviewStatus
  lastComment?: ReviewComment
  /** Required items still missing (submission is refused until this is empty). */
  missing: CompletenessKey[]
  isEnglishMissing: boolean
  requests: number
  adoptions: number
}

export type QueueItem = {
  id: ID
  title: string
  project: string
  /** When it was submitted (the newest move to `submitted`; its last save if none is recorded). */
  waitingSince: string
  daysWaited: number
  isOverdue: boolean
  /** The versions to compare: the published one and the submitted draft; none if never published. */
  compare?: { from: ID; to: ID }
}

export type ReviewQueue = {
  items: QueueItem[]
  overdueDays: number
  /** Products of the office waiting on their project staff. */
  changesRequested: number
}

const DEFAULT_REVIEW_OVERDUE_DAYS = 5

const asUser = (user: User) => ({ overrideAccess: false, user }) as const

type Localised = string | { de?: string | null; en?: string | null } | null | undefined

/** A text read with `locale: 'all'`, in the admin's language, else in German. */
const pick = (value: Localised, locale: Locale): string =>
  inLocale(value, locale)?.trim() || inLocale(value, 'de')?.trim() || ''

const projectName = (project: unknown, locale: Locale): string =>
  project && typeof project === 'object' && 'name' in project
    ? pick((project as { name?: Localised }).name, locale)
    : ''

/** Project staff see their projects' products; the dashboard asks for nothing else. */
export const hasOwnProducts = (user: User | null | undefined): user is User =>
  staffProjectIds(user).length > 0

/** Admins and office staff review; their queue is shown above the request figures. */
export const canReview = (user: User | null | undefined): user is User =>
  isAdminUser(user) || staffOfficeId(user) !== undefined

/** The products the queue is about: all for admins, the office's for office staff. */
const officeScope = (user: User): Where[] => {
  if (isAdminUser(user)) return []
  const office = staffOfficeId(user)
  return [{ 'originProject.office': { equals: office ?? '' } }]
}

/** How often each product was asked for and adopted, as numbers only. */
export const usageCounts = async ({
  payload,
  ids,
}: {
  payload: Payload
  ids: readonly ID[]
}): Promise<Map<string, { requests: number; adoptions: number }>> => {
  const counts = new Map(ids.map((id) => [String(id), { requests: 0, adoptions: 0 }]))
  if (ids.length === 0) return counts
  // Without access checks, because project staff may not read requests; only the product
  // relations are selected, so nothing of the requests leaves this function but the counts.
  const [requests, adoptions] = await Promise.all([
    payload.find({
      collection: COLLECTIONS.adoptionRequests,
      where: { products: { in: [...ids] } },
      select: { products: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    }),
    payload.find({
      collection: COLLECTIONS.adoptions,
      where: { product: { in: [...ids] } },
      select: { product: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    }),
  ])
  for (const request of requests.docs) {
    const products = new Set((request.products ?? []).map((p) => String(relationId(p))))
    for (const id of products) {
      const entry = counts.get(id)
      if (entry) entry.requests += 1
    }
  }
  for (const adoption of adoptions.docs) {
    const entry = counts.get(String(relationId(adoption.product)))
    if (entry) entry.adoptions += 1
  }
  return counts
}

/**
 * Every product of the user's projects in its newest state, newest first, with what is missing
 * before it can be submitted. One read covers the list and the completeness of all products
 * (both languages, hero image's alt text populated), instead of one read per product.
 */
export const listMyProducts = async ({
  payload,
  user,
  locale,
}: DashboardRead): Promise<MyProduct[]> => {
  const projects = staffProjectIds(user)
  if (projects.length === 0) return []
  const { docs } = await payload.find({
    collection: COLLECTIONS.transferProducts,
    where: { originProject: { in: projects } },
    draft: true,
    locale: 'all',
    fallbackLocale: false,
    depth: 1,
    populate: {
      ...COMPLETENESS_POPULATE,
      [COLLECTIONS.projects]: { name: true },
      [COLLECTIONS.sectors]: { name: true },
    },
    select: {
      ...COMPLETENESS_SELECT,
      originProject: true,
      reviewStatus: true,
      reviewHistory: { at: true, byName: true, to: true, comment: true },
    },
    sort: '-updatedAt',
    pagination: false,
    ...asUser(user),
  })
  const counts = await usageCounts({ payload, ids: docs.map((doc) => doc.id) })
  return docs.map((doc) => {
    const completeness = checkCompleteness(completenessInput(doc as ProductAllLocales))
    const usage = counts.get(String(doc.id)) ?? { requests: 0, adoptions: 0 }
    return {
      id: doc.id,
      title: pick(doc.title as Localised, locale),
      project: projectName(doc.originProject, locale),
      status: doc.reviewStatus ?? 'draft',
      lastComment: lastComment(doc.reviewHistory as HistoryEntry[] | null | undefined),
      missing: completeness.missing,
      isEnglishMissing: completeness.recommended.includes('english'),
      ...usage,
    }
  })
}

/** The newest published version and the newest version (the submitted draft) of each product. */
const comparableVersions = async ({
  payload,
  user,
  ids,
}: {
  payload: Payload
  user: User
  ids: readonly ID[]
}): Promise<Map<string, { from: ID; to: ID }>> => {
  const result = new Map<string, { from: ID; to: ID }>()
  if (ids.length === 0) return result
  const { docs } = await payload.findVersions({
    collection: COLLECTIONS.transferProducts,
    where: {
      and: [
        { parent: { in: [...ids] } },
        { or: [{ latest: { equals: true } }, { 'version._status': { equals: 'published' } }] },
      ],
    },
    select: { parent: true, latest: true, updatedAt: true, version: { _status: true } },
    sort: '-updatedAt',
    depth: 0,
    pagination: false,
    ...asUser(user),
  })
  const latest = new Map<string, ID>()
  const published = new Map<string, ID>()
  for (const version of docs) {
    const parent = String(relationId(version.parent as ID | { id: ID }))
    if (version.latest && !latest.has(parent)) latest.set(parent, version.id)
    if (version.version?._status === 'published' && !published.has(parent))
      published.set(parent, version.id)
  }
  for (const [parent, to] of latest) {
    const from = published.get(parent)
    if (from !== undefined && String(from) !== String(to)) result.set(parent, { from, to })
  }
  return result
}

const reviewOverdueDays = async (payload: Payload): Promise<number> => {
  const settings = await payload.findGlobal({
    slug: GLOBALS.siteSettings,
    depth: 0,
    overrideAccess: true,
  })
  return settings.reviewOverdueDays ?? DEFAULT_REVIEW_OVERDUE_DAYS
}

/**
 * Products of the user's office (admins: of all offices) whose newest state is `submitted`,
 * oldest submission first, with the days waited and the versions to compare.
 */
export const gatherReviewQueue = async ({
  payload,
  user,
  locale,
  now = new Date(),
}: DashboardRead): Promise<ReviewQueue> => {
  const scope = officeScope(user)
  const [overdueDays, submitted, changesRequested] = await Promise.all([
    reviewOverdueDays(payload),
    payload.find({
      collection: COLLECTIONS.transferProducts,
      where: { and: [{ reviewStatus: { equals: 'submitted' } }, ...scope] },
      draft: true,
      locale,
      depth: 1,
      populate: { [COLLECTIONS.projects]: { name: true } },
      select: {
        title: true,
        originProject: true,
        updatedAt: true,
        reviewHistory: { at: true, to: true },
      },
      pagination: false,
      ...asUser(user),
    }),
    payload.find({
      collection: COLLECTIONS.transferProducts,
      where: { and: [{ reviewStatus: { equals: 'changes-requested' } }, ...scope] },
      draft: true,
      depth: 0,
      limit: 1,
      select: { reviewStatus: true },
      ...asUser(user),
    }),
  ])
  const versions = await comparableVersions({
    payload,
    user,
    ids: submitted.docs.map((doc) => doc.id),
  })
  const items = submitted.docs
    .map((doc): QueueItem => {
      const waitingSince =
        submittedAt(doc.reviewHistory as HistoryEntry[] | null | undefined) ?? doc.updatedAt
      return {
        id: doc.id,
        title: doc.title ?? `#${doc.id}`,
        project: projectName(doc.originProject, locale),
        waitingSince,
        daysWaited: daysWaited({ from: waitingSince, now }),
        isOverdue: isOverdue({ from: waitingSince, now, overdueDays }),
        compare: versions.get(String(doc.id)),
      }
    })
    .sort(byLongestWaiting)
  return { items, overdueDays, changesRequested: changesRequested.totalDocs }
}
