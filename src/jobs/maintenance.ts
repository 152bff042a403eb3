import type { PayloadRequest, TaskConfig } from 'payload'

import { relationId } from '@/access/roles'
import { officeRecipients } from '@/collections/AdoptionRequests/hooks/afterStatusChange'
import { prunePublicChanges } from '@/collections/PublicChanges'
import { COLLECTIONS, type RequestStatus } from '@/constants'
import { queueMail } from '@/lib/email/queue'
import { outcomeReminderMail } from '@/lib/email/requestMails'
import { anonymiseExpiredRequests, monthsBefore } from '@/lib/requests/retention'
import { OUTCOME_STATUSES, statusUnchangedSince } from '@/lib/requests/workflow'

export const MAINTENANCE_QUEUE = 'maintenance'
export const OUTCOME_REMINDER_MONTHS = 6

/** Daily at 03:10: closed requests past the retention period lose their personal data. */
export const anonymiseRequestsTask: TaskConfig<'anonymiseRequests'> = {
  slug: 'anonymiseRequests',
  label: 'Anfragen anonymisieren / Anonymise requests',
  schedule: [{ cron: '0 10 3 * * *', queue: MAINTENANCE_QUEUE }],
  retries: 2,
  outputSchema: [{ name: 'anonymised', type: 'number' }],
  handler: async ({ req }) => ({ output: { anonymised: await anonymiseExpiredRequests({ req }) } }),
}

/** Sends the office one reminder per request six months after "Erprobung" or "übernommen". */
export const remindOutcomes = async ({
  req,
  now = new Date(),
}: {
  req: PayloadRequest
  now?: Date
}): Promise<number> => {
  const { docs } = await req.payload.find({
    collection: COLLECTIONS.adoptionRequests,
    where: {
      and: [
        { status: { in: [...OUTCOME_STATUSES] } },
        statusUnchangedSince(monthsBefore(now, OUTCOME_REMINDER_MONTHS)),
        { outcomeReminderSentAt: { exists: false } },
        { anonymisedAt: { exists: false } },
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const request of docs) {
    const office = await officeRecipients({ officeId: relationId(request.office), req })
    for (const to of office.emails) {
      await queueMail({
        req,
        kind: 'outcome-reminder',
        mail: outcomeReminderMail(
          { id: request.id, organisation: request.requester.organisation },
          {
            to,
            status: request.status as RequestStatus,
            since: request.statusChangedAt ?? request.updatedAt,
          },
        ),
        requestId: request.id,
      })
    }
    await req.payload.update({
      collection: COLLECTIONS.adoptionRequests,
      id: request.id,
      data: { outcomeReminderSentAt: now.toISOString() },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
  return docs.length
}

export const remindOutcomesTask: TaskConfig<'remindOutcomes'> = {
  slug: 'remindOutcomes',
  label: 'An Ergebnis erinnern / Remind of outcomes',
  schedule: [{ cron: '0 20 3 * * *', queue: MAINTENANCE_QUEUE }],
  retries: 2,
  outputSchema: [{ name: 'reminded', type: 'number' }],
  handler: async ({ req }) => ({ output: { reminded: await remindOutcomes({ req }) } }),
}

/** Daily at 03:30: change rows older than a week have served their purpose (see PublicChanges). */
export const prunePublicChangesTask: TaskConfig<'prunePublicChanges'> = {
  slug: 'prunePublicChanges',
  label: 'Änderungsprotokoll kürzen / Prune public changes',
  schedule: [{ cron: '0 30 3 * * *', queue: MAINTENANCE_QUEUE }],
  retries: 2,
  outputSchema: [{ name: 'pruned', type: 'number' }],
  handler: async ({ req }) => ({ output: { pruned: await prunePublicChanges({ req }) } }),
}
