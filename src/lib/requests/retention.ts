import { randomBytes } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { COLLECTIONS, CONTEXT, GLOBALS } from '@/constants'
import type { AdoptionRequest } from '@/payload-types'

import { CLOSED_STATUSES, statusUnchangedSince } from './workflow'

export const DEFAULT_RETENTION_MONTHS = 24
export const DEFAULT_OVERDUE_DAYS = 14

/** The office's request settings (Administration → Website settings), with their defaults. */
export const requestSettings = async (payload: Payload, req?: PayloadRequest) => {
  const settings = await payload.findGlobal({
    slug: GLOBALS.siteSettings,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return {
    retentionMonths: settings.requestRetentionMonths ?? DEFAULT_RETENTION_MONTHS,
    overdueDays: settings.requestOverdueDays ?? DEFAULT_OVERDUE_DAYS,
  }
}

export const monthsBefore = (date: Date, months: number): Date => {
  const result = new Date(date)
  result.setMonth(result.getMonth() - months)
  return result
}

/**
 * What remains of a request once the person behind it is removed: which products, which kind of
 * organisation in which state, and the status path (for the office's statistics). Name, contact
 * details, postcode, messages, notes and comments are gone; the tracking link stops working.
 */
export const anonymisedData = (request: AdoptionRequest, now: Date) => ({
  requester: {
    name: '–',
    role: null,
    organisation: request.requester.organisation,
    organisationType: request.requester.organisationType,
    email: `anonymisiert-${request.id}@example.invalid`,
    phone: null,
    postcode: null,
    city: null,
    state: request.requester.state,
  },
  message: null,
  requesterMessages: [],
  internalNotes: null,
  statusHistory: (request.statusHistory ?? []).map(({ at, from, to }) => ({
    at,
    from,
    to,
    by: null,
    comment: null,
  })),
  trackingToken: randomBytes(24).toString('base64url'),
  anonymisedAt: now.toISOString(),
})

export const anonymiseRequest = async ({
  request,
  req,
  now = new Date(),
}: {
  request: AdoptionRequest
  req: PayloadRequest
  now?: Date
}): Promise<void> => {
  await req.payload.update({
    collection: COLLECTIONS.adoptionRequests,
    id: request.id,
    data: anonymisedData(request, now),
    overrideAccess: true,
    depth: 0,
    req,
    context: { [CONTEXT.skipSideEffects]: true },
  })
  // Adoptions it led to stay (they are the programme's record) but no longer name anyone.
  await req.payload.update({
    collection: COLLECTIONS.adoptions,
    where: { sourceRequest: { equals: request.id } },
    data: { organisation: null, publicConsent: false, place: { city: '–' } },
    overrideAccess: true,
    depth: 0,
    req,
  })
  await dropQueuedMail({ requestId: request.id, req })
}

/** Mail about a request that is still queued or failed holds its address: it goes too. */
const dropQueuedMail = async ({
  requestId,
  req,
}: {
  requestId: number | string
  req: PayloadRequest
}) => {
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'sendEmail' } }, { completedAt: { exists: false } }] },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  for (const job of docs) {
    if ((job.input as { request?: string } | null)?.request !== String(requestId)) continue
    await req.payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true, req })
  }
}

/** Closed requests untouched for the retention period lose their personal data. */
export const anonymiseExpiredRequests = async ({
  req,
  now = new Date(),
}: {
  req: PayloadRequest
  now?: Date
}): Promise<number> => {
  const { retentionMonths } = await requestSettings(req.payload, req)
  const { docs } = await req.payload.find({
    collection: COLLECTIONS.adoptionRequests,
    where: {
      and: [
        { status: { in: [...CLOSED_STATUSES] } },
        statusUnchangedSince(monthsBefore(now, retentionMonths)),
        { anonymisedAt: { exists: false } },
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const request of docs) await anonymiseRequest({ request, req, now })
  return docs.length
}
