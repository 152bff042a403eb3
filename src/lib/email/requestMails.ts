import type { Locale, RequestStatus } from '@/constants'
import { translate, type TextKey } from '@/i18n'
import { publicServerURL } from '@/lib/env'
import { trackingPath } from '@/lib/paths'

export type Mail = {
  to: string
  subject: string
  text: string
  /** Extra headers (the notice mails' List-Unsubscribe, RFC 8058). */
  headers?: Record<string, string>
}

export const MAIL_KINDS = [
  'confirmation',
  'office-notification',
  'status-change',
  'outcome-reminder',
  'requester-message',
  'password-reset',
  'review-submitted',
  'review-changes-requested',
  'review-published',
  'adopter-question',
  'adopter-question-forward',
  // Follow (issue 13).
  'follow-confirmation',
  'follow-digest',
] as const
export type MailKind = (typeof MAIL_KINDS)[number]

type RequestSummary = {
  id: number | string
  locale: Locale
  trackingToken: string
  requesterName: string
  requesterEmail: string
  organisation: string
  state: string
  productTitles: string[]
}

const lines = (...parts: (string | false | undefined)[]): string =>
  parts.filter((part): part is string => typeof part === 'string').join('\n')

const adminURL = (id: number | string): string =>
  `${publicServerURL()}/admin/collections/adoption-requests/${id}`

const trackingURL = (request: RequestSummary): string =>
  `${publicServerURL()}${trackingPath({ locale: request.locale, token: request.trackingToken })}`

const statusLabel = (status: RequestStatus, locale: Locale): string =>
  translate({ key: `options.requestStatuses.${status}` as TextKey, locale })

/** The requester's receipt: what was asked, who handles it, and the tracking link. */
export const confirmationMail = (request: RequestSummary, officeName: string): Mail => {
  const t = (key: TextKey, values?: Record<string, string | number>) =>
    translate({ key, locale: request.locale, values })
  return {
    to: request.requesterEmail,
    subject: t('emails.confirmationSubject'),
    text: lines(
      t('emails.greeting', { name: request.requesterName }),
      '',
      t('emails.confirmationIntro', { office: officeName }),
      '',
      ...request.productTitles.map((title) => `- ${title}`),
      '',
      t('emails.trackingHint'),
      trackingURL(request),
      '',
      t('emails.signature'),
    ),
  }
}

/** The routed office learns of a new request; personal data stays behind the admin login. */
export const officeNotificationMail = (request: RequestSummary, to: string): Mail => ({
  to,
  subject: translate({
    key: 'emails.officeSubject',
    locale: 'de',
    values: {
      organisation: request.organisation,
      state: translate({ key: `options.states.${request.state}` as TextKey, locale: 'de' }),
    },
  }),
  text: lines(
    translate({ key: 'emails.officeIntro', locale: 'de' }),
    '',
    ...request.productTitles.map((title) => `- ${title}`),
    '',
    adminURL(request.id),
  ),
})

export const statusChangeMail = (
  request: RequestSummary,
  { status, comment }: { status: RequestStatus; comment?: string | null },
): Mail => {
  const t = (key: TextKey, values?: Record<string, string | number>) =>
    translate({ key, locale: request.locale, values })
  const label = statusLabel(status, request.locale)
  return {
    to: request.requesterEmail,
    subject: t('emails.statusSubject', { status: label }),
    text: lines(
      t('emails.greeting', { name: request.requesterName }),
      '',
      t('emails.statusIntro', { status: label }),
      comment ? `\n${t('emails.statusComment')}\n${comment}` : undefined,
      '',
      t('emails.trackingHint'),
      trackingURL(request),
      '',
      t('emails.signature'),
    ),
  }
}

export const outcomeReminderMail = (
  request: Pick<RequestSummary, 'id' | 'organisation'>,
  { to, status, since }: { to: string; status: RequestStatus; since: string },
): Mail => ({
  to,
  subject: translate({
    key: 'emails.reminderSubject',
    locale: 'de',
    values: { organisation: request.organisation },
  }),
  text: lines(
    translate({
      key: 'emails.reminderIntro',
      locale: 'de',
      values: {
        status: statusLabel(status, 'de'),
        since: new Date(since).toLocaleDateString('de-DE'),
      },
    }),
    '',
    adminURL(request.id),
  ),
})

/** The office learns that the requester wrote on the tracking page (the text stays in the admin). */
export const requesterMessageMail = (
  request: Pick<RequestSummary, 'id' | 'organisation'>,
  to: string,
): Mail => ({
  to,
  subject: translate({
    key: 'emails.messageSubject',
    locale: 'de',
    values: { organisation: request.organisation },
  }),
  text: lines(translate({ key: 'emails.messageIntro', locale: 'de' }), '', adminURL(request.id)),
})
