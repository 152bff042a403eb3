import type { Payload, PayloadRequest, Where } from 'payload'

import {
  COLLECTIONS,
  CONTEXT,
  GLOBALS,
  JOB_TASKS,
  PAYLOAD_COLLECTIONS,
  type RequestStatus,
} from '@/constants'
import {
  anonymisedData,
  DEFAULT_OVERDUE_DAYS,
  DEFAULT_RETENTION_MONTHS,
  monthsBefore,
} from '@/lib/requests/retention'
import { CLOSED_STATUSES, isClosed, statusUnchangedSince } from '@/lib/requests/workflow'
import type { AdoptionRequest } from '@/payload-types'

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

/**
 * Requests still holding personal data, in one of `statuses`, whose status has not changed since
 * `cutoff` (and that match `where`): what the nightly jobs act on.
 */
export const findRequestsUnchangedSince = async ({
  req,
  statuses,
  cutoff,
  where,
}: {
  req: PayloadRequest
  statuses: readonly RequestStatus[]
  cutoff: Date
  where?: Where
}): Promise<AdoptionRequest[]> => {
  const { docs } = await req.payload.find({
    collection: COLLECTIONS.adoptionRequests,
    where: {
      and: [
        { status: { in: [...statuses] } },
        statusUnchangedSince(cutoff),
        ...(where ? [where] : []),
        { anonymisedAt: { exists: false } },
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
}

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

/**
 * Erasure on the requester's wish (their tracking page, or an admin answering an erasure
 * request): an open request is withdrawn first, so the office sees why it ended, then the request
 * is anonymised like an expired one. Runs in the caller's transaction (`req`).
 */
export const eraseRequest = async ({
  request,
  req,
  comment,
}: {
  request: AdoptionRequest
  req: PayloadRequest
  comment: string
}): Promise<void> => {
  const current = await req.payload.update({
    collection: COLLECTIONS.adoptionRequests,
    id: request.id,
    data: {
      deletionRequestedAt: new Date().toISOString(),
      ...(isClosed(request.status as RequestStatus) ? {} : { status: 'withdrawn' as const }),
    },
    overrideAccess: true,
    depth: 0,
    req,
    context: { [CONTEXT.skipSideEffects]: true, statusComment: comment },
  })
  await anonymiseRequest({ request: current, req })
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
    collection: PAYLOAD_COLLECTIONS.jobs,
    where: {
      and: [{ taskSlug: { equals: JOB_TASKS.sendEmail } }, { completedAt: { exists: false } }],
    },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  for (const job of docs) {
    if ((job.input as { request?: string } | null)?.request !== String(requestId)) continue
    await req.payload.delete({
      collection: PAYLOAD_COLLECTIONS.jobs,
      id: job.id,
      overrideAccess: true,
      req,
    })
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
  const expired = await findRequestsUnchangedSince({
    req,
    statuses: CLOSED_STATUSES,
    cutoff: monthsBefore(now, retentionMonths),
  })
  for (const request of expired) await anonymiseRequest({ request, req, now })
  return expired.length
}
