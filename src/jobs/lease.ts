import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'

import type { Payload } from 'payload'

import { COLLECTIONS, PAYLOAD_COLLECTIONS } from '@/constants'

/**
 * One lease in the database decides which app instance works the job queues, so every instance
 * can be started the same way. The holder renews it every third of its lifetime; when the holder
 * stops (or hangs) for a whole lifetime, the next instance that asks takes it over.
 *
 * Taking and renewing is one conditional update ("where holder is me or the lease has expired"):
 * a single UPDATE … WHERE on SQLite and findOneAndUpdate on MongoDB, so two instances asking at
 * the same moment cannot both win. Clocks of the instances must agree to within a few seconds.
 */
const LEASE_NAME = 'jobs'

const leaseMs = () => Math.max(2, Number(process.env.JOB_LEASE_SECONDS) || 30) * 1000

/** This process in the lease: readable for admins, and new on every start. */
const holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`

let heldUntil = 0
let keeper: NodeJS.Timeout | undefined
let attempt: Promise<void> | undefined

/** Whether this instance holds the lease now. */
export const isJobRunner = (): boolean => heldUntil > Date.now()

/** The lease row exists once; two instances creating it at once meet the unique name. */
const ensureLeaseRow = async (payload: Payload) => {
  const { totalDocs } = await payload.count({
    collection: COLLECTIONS.jobLeases,
    where: { name: { equals: LEASE_NAME } },
    overrideAccess: true,
  })
  if (totalDocs > 0) return
  try {
    await payload.create({
      collection: COLLECTIONS.jobLeases,
      data: { name: LEASE_NAME, holder: '', expiresAt: new Date(0).toISOString() },
      depth: 0,
      overrideAccess: true,
    })
  } catch {
    // Another instance created it first; the conditional update below decides.
  }
}

/**
 * Jobs a runner had claimed (`processing`) but never finished because it died: nobody else would
 * ever pick them up again. Released when an instance newly takes the lease, once they are older
 * than a lease lifetime, so a mail interrupted by a crash is sent (at least once) rather than lost.
 */
const releaseOrphanedJobs = async (payload: Payload, now: number) => {
  const orphaned = await payload.db.updateMany({
    collection: PAYLOAD_COLLECTIONS.jobs,
    where: {
      and: [
        { processing: { equals: true } },
        { completedAt: { exists: false } },
        { updatedAt: { less_than: new Date(now - leaseMs()).toISOString() } },
      ],
    },
    data: { processing: false },
  })
  if (orphaned?.length)
    payload.logger.warn(
      `Job lease: released ${orphaned.length} job(s) left running by a stopped instance.`,
    )
}

const takeOrRenew = async (payload: Payload) => {
  const now = Date.now()
  const wasHolder = isJobRunner()
  await ensureLeaseRow(payload)
  const until = now + leaseMs()
  const lease = await payload.db.updateOne({
    collection: COLLECTIONS.jobLeases,
    where: {
      and: [
        { name: { equals: LEASE_NAME } },
        {
          or: [
            { holder: { equals: holder } },
            { expiresAt: { less_than: new Date(now).toISOString() } },
          ],
        },
      ],
    },
    data: { holder, expiresAt: new Date(until).toISOString() },
  })
  if ((lease as { holder?: string } | null)?.holder !== holder) {
    heldUntil = 0
    return
  }
  heldUntil = until
  if (!wasHolder) {
    payload.logger.info(`Job lease: this instance (${holder}) now works the job queues.`)
    await releaseOrphanedJobs(payload, now)
  }
}

const tryLease = (payload: Payload): Promise<void> =>
  (attempt ??= takeOrRenew(payload)
    .catch((error: unknown) => {
      // A busy or unreachable database: keep what we had until it runs out, try again soon.
      payload.logger.warn({ err: error, msg: 'Job lease: could not take or renew the lease.' })
    })
    .finally(() => (attempt = undefined)))

/**
 * Payload's `jobs.shouldAutoRun`: true only on the lease holder, and only while the lease has
 * more than a renewal interval left, so a run never starts on a lease about to lapse.
 * PAYLOAD_DISABLE_JOBS=true keeps an instance out of the race altogether.
 */
export const shouldRunJobs = async (payload: Payload): Promise<boolean> => {
  if (process.env.PAYLOAD_DISABLE_JOBS === 'true') return false
  const renewEveryMs = leaseMs() / 3
  if (!keeper) {
    keeper = setInterval(() => void tryLease(payload), renewEveryMs)
    keeper.unref()
    await tryLease(payload)
  }
  return heldUntil - Date.now() > renewEveryMs
}
