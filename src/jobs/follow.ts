import type { TaskConfig } from 'payload'

import { JOB_QUEUES, JOB_TASKS } from '@/constants'
import { pruneUnconfirmed, sendFollowDigests } from '@/services/follow/digest'

/**
 * Hourly at :15: saved searches are matched against new products and waiting notices are mailed,
 * at most one mail per address in 24 hours (src/services/follow/digest.ts).
 */
export const sendFollowDigestsTask: TaskConfig<'sendFollowDigests'> = {
  slug: JOB_TASKS.sendFollowDigests,
  label: 'Benachrichtigungen senden / Send follow notices',
  schedule: [{ cron: '0 15 * * * *', queue: JOB_QUEUES.maintenance }],
  retries: 2,
  outputSchema: [
    { name: 'matched', type: 'number' },
    { name: 'mailed', type: 'number' },
    { name: 'waiting', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await sendFollowDigests({ payload: req.payload }) }),
}

/** Hourly at :45: unconfirmed subscriptions older than 48 hours are deleted. */
export const pruneSubscriptionsTask: TaskConfig<'pruneSubscriptions'> = {
  slug: JOB_TASKS.pruneSubscriptions,
  label: 'Unbestätigte Benachrichtigungen löschen / Prune unconfirmed follows',
  schedule: [{ cron: '0 45 * * * *', queue: JOB_QUEUES.maintenance }],
  retries: 2,
  outputSchema: [{ name: 'pruned', type: 'number' }],
  handler: async ({ req }) => ({
    output: { pruned: await pruneUnconfirmed({ payload: req.payload }) },
  }),
}
