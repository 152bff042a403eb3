import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/**
 * The app's Payload instance (one per process, cached by Payload). It always starts the job
 * crons, as Payload's own admin and REST routes do: every app instance may work the queues, and
 * the job lease (src/jobs/lease.ts) decides which one does. Scripts run through `payload run`
 * (seed, migrate, backup) call `getPayload` without crons: a one-off process must not take the
 * lease or send mail.
 */
export const getPayloadClient = (): Promise<Payload> => getPayload({ config, cron: true })
