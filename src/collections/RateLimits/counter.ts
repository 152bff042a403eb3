import { createHmac } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { COLLECTIONS } from '@/constants'
import type { RateLimit } from '@/lib/rateLimits'

export type Verdict = { isAllowed: boolean; count: number; retryAfterSeconds: number }

type Counter = { count: number }

const PRUNE_EVERY_MS = 60 * 1000
let lastPrune = 0

/**
 * One row per limit, subject and fixed window. The subject (an IP or email address) is only ever
 * stored as an HMAC under the app's secret: the table holds no personal data.
 */
const windowOf = ({ payload, limit, subject, now }: CounterArgs & { now: number }) => {
  const index = Math.floor(now / limit.windowMs)
  const digest = createHmac('sha256', payload.secret).update(subject).digest('base64url')
  return {
    key: `${limit.name}:${limit.windowMs}:${digest}:${index}`,
    endsAt: (index + 1) * limit.windowMs,
  }
}

type CounterArgs = { payload: Payload; limit: RateLimit; subject: string }

/**
 * Adds `by` in one statement (`count = count + by` on SQL, `$inc` on MongoDB), so concurrent
 * requests on any number of instances never lose a count. Answers the new count, or undefined
 * when the window has no row yet. Outside any transaction unless `req` is given: a count must
 * stand even when the request it belongs to fails.
 */
const add = async ({
  payload,
  key,
  by,
  req,
}: {
  payload: Payload
  key: string
  by: number
  req?: PayloadRequest
}): Promise<number | undefined> => {
  const row = (await payload.db.updateOne({
    collection: COLLECTIONS.rateLimits,
    where: { key: { equals: key } },
    data: { count: { $inc: by } },
    req,
  })) as unknown as Counter | null
  return row ? row.count : undefined
}

const prune = async (payload: Payload, now: number) => {
  if (now - lastPrune < PRUNE_EVERY_MS) return
  lastPrune = now
  try {
    await payload.db.deleteMany({
      collection: COLLECTIONS.rateLimits,
      where: { expiresAt: { less_than: new Date(now).toISOString() } },
    })
  } catch (error) {
    payload.logger.warn(`Pruning rate-limit counters failed: ${(error as Error).name}`)
  }
}

/**
 * Counts one attempt of `subject` against `limit` and answers whether it is within it. Counted
 * before the attempt runs, so that many attempts sent at once cannot all pass a check made
 * before any of them was counted; `refund` takes a count back (a login that succeeded).
 */
export const consume = async ({
  payload,
  limit,
  subject,
  now = Date.now(),
}: CounterArgs & { now?: number }): Promise<Verdict> => {
  const { key, endsAt } = windowOf({ payload, limit, subject, now })
  let count = await add({ payload, key, by: 1 })
  if (count === undefined) {
    try {
      await payload.db.create({
        collection: COLLECTIONS.rateLimits,
        data: { key, count: 1, expiresAt: new Date(endsAt).toISOString() },
        returning: false,
      })
      count = 1
    } catch (error) {
      // Another request (or instance) created the row first: the unique key refused ours.
      count = await add({ payload, key, by: 1 })
      if (count === undefined) throw error
    }
    await prune(payload, now)
  }
  return {
    isAllowed: count <= limit.limit,
    count,
    retryAfterSeconds: Math.max(1, Math.ceil((endsAt - now) / 1000)),
  }
}

/** Takes back one count of the current window (pass `req` inside a transaction). */
export const refund = async ({
  payload,
  limit,
  subject,
  req,
  now = Date.now(),
}: CounterArgs & { req?: PayloadRequest; now?: number }): Promise<void> => {
  await add({ payload, key: windowOf({ payload, limit, subject, now }).key, by: -1, req })
}
