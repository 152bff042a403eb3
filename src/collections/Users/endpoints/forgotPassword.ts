import {
  addDataAndFileToRequest,
  commitTransaction,
  createLocalReq,
  type Endpoint,
  forgotPasswordOperation,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadHandler,
} from 'payload'

import { consume } from '@/collections/RateLimits/counter'
import { COLLECTIONS, DEFAULT_LOCALE, type Locale } from '@/constants'
import { queueMail } from '@/hooks/queueMail'
import { clientAddress } from '@/lib/clientAddress'
import { passwordResetMail } from '@/lib/email/accountMails'
import { RESETS_PER_ADDRESS, RESETS_PER_CLIENT } from '@/lib/rateLimits'
import { isEmail, normaliseEmail } from '@/lib/validators'

import { fieldError, textOf, throttled } from './shared'

/** One reset mail per address in this time; asking again meanwhile changes nothing. */
export const RESET_INTERVAL_MS = 2 * 60 * 1000
const RESET_VALIDITY_MS = 60 * 60 * 1000

/** The reset token and its mail, in one transaction of their own (see the endpoint below). */
const issueReset = async ({
  payload,
  email,
  locale,
}: {
  payload: Payload
  email: string
  locale: Locale
}): Promise<void> => {
  const req = await createLocalReq({}, payload)
  const shouldCommit = await initTransaction(req)
  try {
    const existing = await payload.db.findOne<{
      id: number | string
      name?: string
      resetPasswordExpiration?: string | null
    }>({ collection: COLLECTIONS.users, where: { email: { equals: email } }, req })
    const issuedAt = existing?.resetPasswordExpiration
      ? new Date(existing.resetPasswordExpiration).getTime() - RESET_VALIDITY_MS
      : 0
    if (existing && Date.now() - issuedAt >= RESET_INTERVAL_MS) {
      const token = await forgotPasswordOperation({
        collection: payload.collections[COLLECTIONS.users],
        // Payload's type asks for the login's password too; forgot-password reads only the email.
        data: { email } as Parameters<typeof forgotPasswordOperation>[0]['data'],
        disableEmail: true,
        expiration: RESET_VALIDITY_MS,
        req,
      })
      if (token)
        await queueMail({
          req,
          kind: 'password-reset',
          mail: passwordResetMail({ to: email, name: existing.name ?? '', token, locale }),
        })
    }
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * `POST /api/users/forgot-password`, replacing Payload's handler:
 * - Payload reserved the address with a write *outside* the operation's transaction while that
 *   transaction already held SQLite's write lock: the write could only wait for a lock its own
 *   caller held, so every forgot-password request stalled all writes of the app until the lock
 *   timeout and then failed (500). Here every write happens inside the one transaction.
 * - Payload sent the mail inside the transaction, so a slow mail server held the lock; here the
 *   mail is queued in the transaction and sent by the mail queue after it commits.
 * - A client gets 10 and an address 3 requests per hour (src/lib/rateLimits.ts), then 429 with
 *   Retry-After, counted whether or not the address has an account; within RESET_INTERVAL_MS an
 *   address gets no second mail (and its first link stays valid). Known and unknown addresses get
 *   the same answer, in the same time: the token and mail are made after the answer.
 */
const handler: PayloadHandler = async (req) => {
  await addDataAndFileToRequest(req)
  const raw = textOf((req.data ?? {}) as Record<string, unknown>, 'email')
  if (!isEmail(raw)) return fieldError(req, 'email', 'errors.emailInvalid')
  const email = normaliseEmail(raw)
  const { payload } = req
  const byClient = await consume({
    payload,
    limit: RESETS_PER_CLIENT,
    subject: clientAddress(req.headers),
  })
  if (!byClient.isAllowed) return throttled(req, 'errors.tooManyResets', byClient.retryAfterSeconds)
  const byAddress = await consume({ payload, limit: RESETS_PER_ADDRESS, subject: email })
  if (!byAddress.isAllowed)
    return throttled(req, 'errors.tooManyResets', byAddress.retryAfterSeconds)

  const language = req.i18n?.language
  const locale: Locale = language === 'en' || language === 'de' ? language : DEFAULT_LOCALE
  // Answered before the work is done: a known address costs writes that an unknown one does not,
  // and the time of the answer must not tell them apart.
  void issueReset({ payload, email, locale }).catch((error: unknown) =>
    payload.logger.error({ err: error, msg: 'Password reset could not be issued' }),
  )
  return Response.json(
    { message: req.t('general:success') },
    { status: 200, headers: { 'cache-control': 'no-store' } },
  )
}

export const forgotPassword: Endpoint = { path: '/forgot-password', method: 'post', handler }
