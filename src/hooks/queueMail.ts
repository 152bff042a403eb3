import type { PayloadRequest } from 'payload'

import { JOB_QUEUES, JOB_TASKS } from '@/constants'
import type { Mail, MailKind } from '@/lib/email/requestMails'

/**
 * Queues a mail inside the caller's transaction: the job exists only if the change that caused
 * it commits, so a rolled-back request never sends mail, and a failing mail server never rolls a
 * request back.
 */
export const queueMail = async ({
  req,
  kind,
  mail,
  requestId,
}: {
  req: PayloadRequest
  kind: MailKind
  mail: Mail
  requestId?: number | string
}): Promise<void> => {
  await req.payload.jobs.queue({
    task: JOB_TASKS.sendEmail,
    queue: JOB_QUEUES.emails,
    input: { kind, ...mail, request: requestId === undefined ? undefined : String(requestId) },
    req,
  })
}
