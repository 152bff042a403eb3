import {
  addDataAndFileToRequest,
  commitTransaction,
  type Endpoint,
  forgotPasswordOperation,
  initTransaction,
  killTransaction,
} from 'payload'

import { COLLECTIONS, DEFAULT_LOCALE, type Locale } from '@/constants'
import { fieldError } from '@/hooks/fieldError'
import { passwordResetMail } from '@/lib/email/accountMails'
import { queueMail } from '@/lib/email/queue'
import { isEmail } from '@/lib/validators'

/** One reset mail per address in this time; asking again meanwhile changes nothing. */
export const RESET_INTERVAL_MS = 2 * 60 * 1000
const RESET_VALIDITY_MS = 60 * 60 * 1000

/**
 * `POST /api/users/forgot-password`, replacing Payload's handler for two reasons:
 * - Payload reserves the address with a write *outside* the operation's transaction while that
 *   transaction already holds SQLite's write lock: the write can only wait for a lock its own
 *   caller holds, so every forgot-password request stalled all writes of the app until the lock
 *   timeout and then failed. Here every write happens inside the one transaction.
 * - Payload sends the mail inside the transaction, so a slow mail server would hold the lock; here
 *   the mail is queued in the transaction and sent by the mail queue after it commits.
 * Known and unknown addresses get the same answer; an address asked for again within
 * RESET_INTERVAL_MS gets no second mail (and its link stays valid).
 */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const raw: unknown = req.data?.email
    if (typeof raw !== 'string' || !isEmail(raw))
      throw fieldError({
        collection: COLLECTIONS.users,
        path: 'email',
        key: 'errors.emailInvalid',
        req,
      })
    const email = raw.trim().toLowerCase()
    const collection = req.payload.collections[COLLECTIONS.users]
    const shouldCommit = await initTransaction(req)
    try {
      const existing = await req.payload.db.findOne<{
        id: number | string
        name?: string
        resetPasswordExpiration?: string | null
      }>({ collection: COLLECTIONS.users, where: { email: { equals: email } }, req })
      const issuedAt = existing?.resetPasswordExpiration
        ? new Date(existing.resetPasswordExpiration).getTime() - RESET_VALIDITY_MS
        : 0
      if (existing && Date.now() - issuedAt >= RESET_INTERVAL_MS) {
        const token = await forgotPasswordOperation({
          collection,
          // Payload's type asks for the login's password too; forgot-password reads only the email.
          data: { email } as Parameters<typeof forgotPasswordOperation>[0]['data'],
          disableEmail: true,
          expiration: RESET_VALIDITY_MS,
          req,
        })
        if (token) {
          const language = req.i18n?.language
          const locale: Locale = language === 'en' || language === 'de' ? language : DEFAULT_LOCALE
          await queueMail({
            req,
            kind: 'password-reset',
            mail: passwordResetMail({ to: email, name: existing.name ?? '', token, locale }),
          })
        }
      }
      if (shouldCommit) await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    return Response.json({ message: req.t('general:success') }, { status: 200 })
  },
}
