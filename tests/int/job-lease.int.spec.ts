/**
 * Every instance may be started with jobs on: a lease in the database lets one of them work the
 * queues at a time. Two `next start` processes on one database (a copy of the run's, so that
 * stopping one does not touch the app server the other tests use) send each queued mail exactly
 * once, and when the lease holder stops, the other takes the queue over.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { startApp } from '../helpers/app'
import { serverEnvironment, testEnvironment } from '../helpers/env'
import { uid } from '../helpers/fixtures'
import { mailsTo, sleep, waitForMails } from '../helpers/mail'
import { freePort } from '../helpers/processes'

type App = Awaited<ReturnType<typeof startApp>>

const LEASE_SECONDS = 3
let directory: string
let payload: Payload
const apps: App[] = []

const instanceEnvironment = () => ({
  ...testEnvironment(directory),
  // The copy; uploads stay where they are (nothing here writes any).
  DATABASE_URL: `file:${directory}/lease.db`,
  MEDIA_DIR: `${inject('testDirectory')}/media`,
  ...serverEnvironment({ smtpPort: inject('smtpPort') }),
  JOB_LEASE_SECONDS: String(LEASE_SECONDS),
})

const startInstance = async () => startApp({ port: await freePort(), env: instanceEnvironment() })

const isRunner = async (app: App) => {
  const response = await fetch(`${app.url}/api/health`)
  return ((await response.json()) as { jobRunner: boolean }).jobRunner
}

/** The instance holding the lease, once one does (the first takes it on its first cron tick). */
const runner = async (): Promise<App> => {
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    const holders = []
    for (const app of apps) if (await isRunner(app)) holders.push(app)
    expect(holders.length).toBeLessThanOrEqual(1)
    if (holders.length === 1) return holders[0]
    await sleep(250)
  }
  throw new Error('No instance took the job lease.')
}

const queueMails = async (count: number) => {
  const marker = uid()
  const addresses = Array.from(
    { length: count },
    (_, index) => `lease-${marker}-${index}@example.org`,
  )
  for (const to of addresses)
    await payload.jobs.queue({
      task: 'sendEmail',
      queue: 'emails',
      input: { kind: 'confirmation', to, subject: `Lease ${marker}`, text: 'Genau einmal.' },
    })
  return addresses
}

/** Waits until every address has its mail, then a little longer for any duplicate. */
const expectEachOnce = async (addresses: string[]) => {
  for (const address of addresses) await waitForMails(address, { timeoutMs: 60_000 })
  await sleep(3_000)
  const counts = addresses.map((address) => mailsTo(address).length)
  expect(counts.filter((count) => count !== 1)).toEqual([])
}

beforeAll(async () => {
  directory = path.join(inject('testDirectory'), `lease-${uid()}`)
  mkdirSync(directory, { recursive: true })
  const source = createClient({ url: `file:${inject('testDirectory')}/test.db` })
  await source.execute({ sql: 'VACUUM INTO ?', args: [`${directory}/lease.db`] })
  source.close()
  // The copy starts without a holder (the run's app server holds the original's lease).
  const copy = createClient({ url: `file:${directory}/lease.db` })
  await copy.execute('DELETE FROM job_leases')
  copy.close()
  // This file's Local API works on the copy too (it runs no jobs itself).
  process.env.DATABASE_URL = `file:${directory}/lease.db`
  const [{ default: config }, { getPayload }] = await Promise.all([
    import('@payload-config'),
    import('payload'),
  ])
  payload = await getPayload({ config })
  apps.push(await startInstance(), await startInstance())
})

afterAll(async () => {
  await Promise.all(apps.map((app) => app.stop()))
})

describe('jobs on two instances sharing one database', () => {
  it('send each queued mail exactly once', async () => {
    await runner()
    await expectEachOnce(await queueMails(40))
  })

  it('move to the other instance when the lease holder stops', async () => {
    const holder = await runner()
    await holder.stop()
    apps.splice(apps.indexOf(holder), 1)
    try {
      const addresses = await queueMails(5)
      const other = await runner()
      expect(other).not.toBe(holder)
      await expectEachOnce(addresses)
    } finally {
      // Two instances again for whatever runs next.
      apps.push(await startInstance())
    }
  })
})
