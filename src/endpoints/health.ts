import type { Endpoint, Payload, Where } from 'payload'

import { PAYLOAD_COLLECTIONS } from '@/constants'
import { isJobRunner } from '@/jobs/lease'

type Health = {
  status: 'ok' | 'unavailable'
  database: 'reachable' | 'unreachable'
  migrations: 'current' | 'behind' | 'unknown'
  pendingMigrations?: number
  /** Seconds the oldest job that could run now has been waiting; null when none waits. */
  oldestDueJobSeconds: number | null
  /** Whether this instance holds the job lease and so works the queues (see src/jobs/lease.ts). */
  jobRunner: boolean
}

/**
 * The migrations the adapter applies on start (SQLite: the committed list). MongoDB has none:
 * its schema lives in the application, so it is always current.
 */
const expectedMigrations = (payload: Payload): string[] =>
  ((payload.db as { prodMigrations?: { name: string }[] }).prodMigrations ?? []).map(
    ({ name }) => name,
  )

const pendingMigrations = async (payload: Payload): Promise<number> => {
  const expected = expectedMigrations(payload)
  if (expected.length === 0) return 0
  const { docs } = await payload.find({
    collection: PAYLOAD_COLLECTIONS.migrations,
    where: { name: { in: expected } },
    select: { name: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const applied = new Set(docs.map((doc) => doc.name))
  return expected.filter((name) => !applied.has(name)).length
}

/** A job that could run now: not finished, not failed for good, not taken by a runner. */
const waiting: Where[] = [
  { completedAt: { exists: false } },
  { hasError: { not_equals: true } },
  { processing: { equals: false } },
]

/** When the longest-waiting due job became due (queued without a delay, or its delay passed). */
const oldestDueSince = async (payload: Payload, now: Date): Promise<number | null> => {
  const first = async (where: Where, sort: string, field: 'createdAt' | 'waitUntil') => {
    const { docs } = await payload.find({
      collection: PAYLOAD_COLLECTIONS.jobs,
      where,
      sort,
      limit: 1,
      pagination: false,
      depth: 0,
      select: { [field]: true },
      overrideAccess: true,
    })
    const value = docs[0]?.[field]
    return value ? new Date(value).getTime() : null
  }
  const [queued, delayed] = await Promise.all([
    first({ and: [...waiting, { waitUntil: { exists: false } }] }, 'createdAt', 'createdAt'),
    first(
      { and: [...waiting, { waitUntil: { less_than_equal: now.toISOString() } }] },
      'waitUntil',
      'waitUntil',
    ),
  ])
  const since = [queued, delayed].filter((value): value is number => value !== null)
  return since.length ? Math.min(...since) : null
}

const check = async (payload: Payload): Promise<Health> => {
  const now = new Date()
  try {
    // Reachability first: a cheap count that every adapter answers from an index.
    await payload.count({ collection: PAYLOAD_COLLECTIONS.migrations, overrideAccess: true })
    const [pending, dueSince] = await Promise.all([
      pendingMigrations(payload),
      oldestDueSince(payload, now),
    ])
    return {
      status: pending === 0 ? 'ok' : 'unavailable',
      database: 'reachable',
      migrations: pending === 0 ? 'current' : 'behind',
      ...(pending > 0 ? { pendingMigrations: pending } : {}),
      oldestDueJobSeconds:
        dueSince === null ? null : Math.max(0, Math.round((now.getTime() - dueSince) / 1000)),
      jobRunner: isJobRunner(),
    }
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Health check: the database did not answer.' })
    return {
      status: 'unavailable',
      database: 'unreachable',
      migrations: 'unknown',
      oldestDueJobSeconds: null,
      jobRunner: isJobRunner(),
    }
  }
}

/**
 * `GET /api/health` for load balancers: 200 when the database answers and its schema is current,
 * 503 otherwise. The age of the oldest due job is reported but does not fail the check: the queue
 * is shared, so taking one instance out of rotation would not drain it. No personal data, no
 * versions, never cached.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const health = await check(req.payload)
    return Response.json(health, {
      status: health.status === 'ok' ? 200 : 503,
      headers: { 'cache-control': 'no-store' },
    })
  },
}
