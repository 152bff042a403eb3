import type { TaskConfig } from 'payload'

import { JOB_TASKS } from '@/constants'
import { MAIL_KINDS } from '@/lib/email/requestMails'

/**
 * One email per job. A refused or unreachable mail server makes the job fail; Payload retries it
 * with growing pauses, and after the last attempt it stays in the job list (Administration →
 * Jobs) with the error, where admins see failed deliveries.
 */
export const sendEmailTask: TaskConfig<'sendEmail'> = {
  slug: JOB_TASKS.sendEmail,
  label: 'E-Mail senden / Send email',
  // 6 attempts over about a minute by default (EMAIL_RETRY_DELAY_MS doubles each time).
  retries: {
    attempts: 6,
    backoff: { type: 'exponential', delay: Number(process.env.EMAIL_RETRY_DELAY_MS ?? 2_000) },
  },
  inputSchema: [
    { name: 'kind', type: 'select', options: [...MAIL_KINDS], required: true },
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'request', type: 'text' },
    // The notice mails' List-Unsubscribe headers (src/lib/follow/mails.ts).
    { name: 'headers', type: 'json' },
  ],
  outputSchema: [{ name: 'messageId', type: 'text' }],
  handler: async ({ input, req }) => {
    const info = (await req.payload.sendEmail({
      to: input.to,
      subject: input.subject,
      text: input.text,
      ...(input.headers ? { headers: input.headers as Record<string, string> } : {}),
    })) as { messageId?: string } | undefined
    return { output: { messageId: info?.messageId ?? '' } }
  },
}
