import type { PayloadRequest, TaskConfig } from 'payload'

import { deleteExpiredQuestions } from '@/collections/AdopterQuestions/personalData'
import {
  anonymiseExpiredRequests,
  findRequestsUnchangedSince,
  requestSettings,
} from '@/collections/AdoptionRequests/retention'
import { prunePublicChanges } from '@/collections/PublicChanges'
import { COLLECTIONS, JOB_QUEUES, JOB_TASKS, type RequestStatus } from '@/constants'
import { officeRecipients } from '@/hooks/lookupOffice'
import { queueMail } from '@/hooks/queueMail'
import { outcomeReminderMail } from '@/lib/email/requestMails'
import { relationId } from '@/lib/ids'
import { monthsBefore } from '@/lib/requests/retention'
import { OUTCOME_STATUSES } from '@/lib/requests/workflow'

export const OUTCOME_REMINDER_MONTHS = 6

/** Daily at 03:10: closed requests past the retention period lose their personal data. */
export const anonymiseRequestsTask: TaskConfig<'anonymiseRequests'> = {
  slug: JOB_TASKS.anonymiseRequests,
  label: 'Anfragen anonymisieren / Anonymise requests',
  schedule: [{ cron: '0 10 3 * * *', queue: JOB_QUEUES.maintenance }],
  retries: 2,
  outputSchema: [{ name: 'anonymised', type: 'number' }],
  handler: async ({ req }) => {
    const anonymised = await anonymiseExpiredRequests({ req })
    // Questions to earlier adopters are kept as long as closed requests.
    const { retentionMonths } = await requestSettings(req.payload, req)
    await deleteExpiredQuestions({ req, retentionMonths })
    return { output: { anonymised } }
  },
}

/** Sends the office one reminder per request six months after "Erprobung" or "übernommen". */
export const remindOutcomes = async ({
  req,
  now = new Date(),
}: {
  req: PayloadRequest
  now?: Date
}): Promise<number> => {
  const due = await findRequestsUnchangedSince({
    req,
    statuses: OUTCOME_STATUSES,
    cutoff: monthsBefore(now, OUTCOME_REMINDER_MONTHS),
    where: { outcomeReminderSentAt: { exists: false } },
  })
  for (const request of due) {
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
  return due.length
}

export const remindOutcomesTask: TaskConfig<'remindOutcomes'> = {
  slug: JOB_TASKS.remindOutcomes,
  label: 'An Ergebnis erinnern / Remind of outcomes',
  schedule: [{ cron: '0 20 3 * * *', queue: JOB_QUEUES.maintenance }],
  retries: 2,
  outputSchema: [{ name: 'reminded', type: 'number' }],
  handler: async ({ req }) => ({ output: { reminded: await remindOutcomes({ req }) } }),
}

/** Daily at 03:30: change rows older than a week have served their purpose (see PublicChanges). */
export const prunePublicChangesTask: TaskConfig<'prunePublicChanges'> = {
  slug: JOB_TASKS.prunePublicChanges,
  label: 'Änderungsprotokoll kürzen / Prune public changes',
  schedule: [{ cron: '0 30 3 * * *', queue: JOB_QUEUES.maintenance }],
  retries: 2,
  outputSchema: [{ name: 'pruned', type: 'number' }],
  handler: async ({ req }) => ({ output: { pruned: await prunePublicChanges({ req }) } }),
}
