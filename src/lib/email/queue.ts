import type { PayloadRequest } from 'payload'

import { EMAIL_QUEUE } from '@/jobs/sendEmail'

import type { Mail, MailKind } from './requestMails'

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
    task: 'sendEmail',
    queue: EMAIL_QUEUE,
    input: { kind, ...mail, request: requestId === undefined ? undefined : String(requestId) },
    req,
  })
}
