import type { JobsConfig } from 'payload'

import { isAdminUser } from '@/access/roles'
import { JOB_QUEUES } from '@/constants'
import { label } from '@/i18n'

import { pruneSubscriptionsTask, sendFollowDigestsTask } from './follow'
import { anonymiseRequestsTask, prunePublicChangesTask, remindOutcomesTask } from './maintenance'
import { shouldRunJobs } from './lease'
import { sendEmailTask } from './sendEmail'

/**
 * Which queues this instance works on, from PAYLOAD_JOB_QUEUES (comma-separated; unset: all).
 * Every instance may be started with the same settings: only the holder of the job lease
 * (./lease.ts) works the queues, so an email never goes out twice. PAYLOAD_DISABLE_JOBS=true
 * still keeps an instance out of it altogether.
 */
const AUTO_RUN = [
  { cron: '* * * * *', queue: JOB_QUEUES.default, limit: 20 },
  { cron: process.env.EMAIL_QUEUE_CRON || '*/5 * * * * *', queue: JOB_QUEUES.emails, limit: 50 },
  { cron: '0 * * * *', queue: JOB_QUEUES.maintenance, limit: 5 },
]

const selectedQueues = () => {
  const wanted = process.env.PAYLOAD_JOB_QUEUES?.split(',').map((queue) => queue.trim())
  return wanted ? AUTO_RUN.filter(({ queue }) => wanted.includes(queue)) : AUTO_RUN
}

export const jobs: JobsConfig = {
  tasks: [
    sendEmailTask,
    anonymiseRequestsTask,
    remindOutcomesTask,
    prunePublicChangesTask,
    // Follow (issue 13).
    sendFollowDigestsTask,
    pruneSubscriptionsTask,
  ],
  autoRun: selectedQueues,
  shouldAutoRun: shouldRunJobs,
  // Jobs run on their schedule; by hand (GET /api/payload-jobs/run) only admins may start them.
  access: {
    run: ({ req }) => isAdminUser(req.user as never),
    queue: ({ req }) => isAdminUser(req.user as never),
    cancel: ({ req }) => isAdminUser(req.user as never),
  },
  // Admins see the queue, including deliveries that failed for good, under Administration.
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    labels: {
      singular: label('collections.jobs.singular'),
      plural: label('collections.jobs.plural'),
    },
    admin: {
      ...defaultJobsCollection.admin,
      hidden: ({ user }) => !isAdminUser(user as never),
      group: label('adminGroups.administration'),
      defaultColumns: ['taskSlug', 'queue', 'hasError', 'totalTried', 'completedAt', 'createdAt'],
    },
    access: {
      ...defaultJobsCollection.access,
      read: ({ req: { user } }) => isAdminUser(user as never),
    },
  }),
}
