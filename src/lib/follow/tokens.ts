import { createHash, createHmac, randomBytes } from 'node:crypto'

import { payloadSecret } from '@/lib/env'

/**
 * The two keys of a subscription, both only ever stored as SHA-256 hashes:
 * - the confirmation token is random and sent once, in the confirmation mail;
 * - the unsubscribe token is derived from a random salt under the app's secret, so that every
 *   notice mail can carry it again while the database alone does not reveal it.
 */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/

export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('base64url')

export const newConfirmToken = (): { token: string; hash: string } => {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashToken(token) }
}

export const newUnsubscribeSalt = (): string => randomBytes(18).toString('base64url')

export const unsubscribeToken = (salt: string): string =>
  createHmac('sha256', payloadSecret())
    .update(`transferkatalog:unsubscribe:${salt}`)
    .digest('base64url')

export const isToken = (value: unknown): value is string =>
  typeof value === 'string' && TOKEN_PATTERN.test(value)
