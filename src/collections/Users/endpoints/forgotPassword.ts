import type { Endpoint, PayloadHandler } from 'payload'

import { clientAddress } from '@/lib/clientAddress'
import { RESETS_PER_ADDRESS, RESETS_PER_CLIENT } from '@/lib/rateLimits'
import { hasControlCharacters, normaliseEmail } from '@/lib/validators'
import { consume } from '@/services/rateLimit'

import { fieldError, payloadHandler, peekBody, textOf, throttled } from './shared'

/**
 * POST /api/users/forgot-password, in front of Payload's own: each request may send a mail, so a
 * client gets 10 and an address 3 per hour (src/lib/rateLimits.ts), then 429 with Retry-After.
 * Counted whether or not the address has an account, and Payload answers both alike, so the
 * answer never tells whether an account exists.
 */
const handler: PayloadHandler = async (req) => {
  const email = textOf(await peekBody(req), 'email')
  if (hasControlCharacters(email)) return fieldError(req, 'email', 'errors.emailInvalid')
  const address = normaliseEmail(email)
  if (address) {
    const { payload } = req
    const byClient = await consume({
      payload,
      limit: RESETS_PER_CLIENT,
      subject: clientAddress(req.headers),
    })
    if (!byClient.isAllowed)
      return throttled(req, 'errors.tooManyResets', byClient.retryAfterSeconds)
    const byAddress = await consume({ payload, limit: RESETS_PER_ADDRESS, subject: address })
    if (!byAddress.isAllowed)
      return throttled(req, 'errors.tooManyResets', byAddress.retryAfterSeconds)
  }
  return payloadHandler(req, '/forgot-password', handler)(req)
}

export const forgotPassword: Endpoint = { path: '/forgot-password', method: 'post', handler }
