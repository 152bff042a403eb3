import { AuthenticationError, type Endpoint, type PayloadHandler } from 'payload'

import { consume, refund } from '@/collections/RateLimits/counter'
import { COLLECTIONS } from '@/constants'
import { clientAddress } from '@/lib/clientAddress'
import { spendPasswordHashTime } from '@/lib/passwordHash'
import { LOGIN_FAILURES_PER_ADDRESS, LOGIN_FAILURES_PER_CLIENT } from '@/lib/rateLimits'
import { hasControlCharacters, normaliseEmail } from '@/lib/validators'

import { fieldError, payloadHandler, peekBody, textOf, throttled } from './shared'

/**
 * POST /api/users/login, in front of Payload's own login:
 * - a client with 5 failed logins in 15 minutes gets 429 before its attempt reaches any account,
 *   and an address with 20 failures in an hour gets 429 whoever asks (src/lib/rateLimits.ts).
 *   Every attempt is counted first and a successful one is taken back, so parallel guesses cannot
 *   slip through; counts do not depend on whether the account exists.
 * - an unknown address costs the same password hash as a known one and gets Payload's answer
 *   for a wrong password (401, "The email or password provided is incorrect."), so neither time
 *   nor message tells whether an account exists. Payload's own lockout is switched off
 *   (`maxLoginAttempts: 0`): its "locked" answer confirmed the account, and anyone could trigger
 *   it with five requests.
 */
const handler: PayloadHandler = async (req) => {
  const body = await peekBody(req)
  const email = textOf(body, 'email')
  const password = textOf(body, 'password')
  if (hasControlCharacters(email)) return fieldError(req, 'email', 'errors.emailInvalid')
  const address = normaliseEmail(email)
  // Without both, Payload answers 400 naming the missing field; nothing is tried, nothing counted.
  if (!address || !password.trim()) return payloadHandler(req, '/login', handler)(req)
  const { payload } = req
  const client = clientAddress(req.headers)
  const byClient = await consume({ payload, limit: LOGIN_FAILURES_PER_CLIENT, subject: client })
  if (!byClient.isAllowed) return throttled(req, 'errors.tooManyLogins', byClient.retryAfterSeconds)
  const byAddress = await consume({ payload, limit: LOGIN_FAILURES_PER_ADDRESS, subject: address })
  if (!byAddress.isAllowed)
    return throttled(req, 'errors.tooManyLogins', byAddress.retryAfterSeconds)
  const user = await payload.db.findOne({
    collection: COLLECTIONS.users,
    where: { email: { equals: address } },
  })
  if (!user) {
    await spendPasswordHashTime(password)
    throw new AuthenticationError(req.t)
  }
  const response = await payloadHandler(req, '/login', handler)(req)
  if (response.ok) {
    await refund({ payload, limit: LOGIN_FAILURES_PER_CLIENT, subject: client })
    await refund({ payload, limit: LOGIN_FAILURES_PER_ADDRESS, subject: address })
  }
  return response
}

export const login: Endpoint = { path: '/login', method: 'post', handler }
