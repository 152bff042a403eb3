/**
 * A crash loses nothing: against the built app (`next start`) on a fresh SQLite file,
 *
 * 1. 200 valid request submissions are sent at once (each with its own form token, solved proof
 *    of work and address);
 * 2. once a share of them has been answered, the server is killed with SIGKILL (no shutdown
 *    handlers, nothing flushed), so the rest are in flight;
 * 3. the server is started again on the same file, and the database is counted: every request
 *    the client saw confirmed (303 to its tracking page) must be stored with its history and its
 *    mails queued (confirmation and office notice), and nothing may be half-written: no request
 *    without history, no history row without its request, no queued mail without its request.
 *
 * The job runner is off, so queued mails stay in the queue to be counted. Prints the figures and,
 * as the last line, one JSON object. Run: `npx tsx bench/crash.ts` (BENCH_CRASH_SUBMISSIONS,
 * BENCH_CRASH_KILL_AFTER to change the count and how many answers to wait for before the kill).
 */
import { rmSync } from 'node:fs'

import { createClient } from '@libsql/client'

import { startApp } from '../tests/helpers/app'
import { freePort } from '../tests/helpers/processes'
import {
  loadRequestForm,
  postRequestForm,
  solveProof,
  validRequestFields,
  type LoadedForm,
} from '../tests/helpers/requestForm'

import { pool, preparedDatabase, sleep } from './setup'

const SUBMISSIONS = Number(process.env.BENCH_CRASH_SUBMISSIONS ?? 200)
const KILL_AFTER = Number(process.env.BENCH_CRASH_KILL_AFTER ?? Math.round(SUBMISSIONS / 4))
const PRODUCT = 'planspiel-eurokran-an-schulen'
const PREFIX = 'crash'

type Outcome = 'confirmed' | 'refused' | 'cut off'
type Prepared = { form: LoadedForm; headers: Record<string, string>; proof: string; email: string }

type StoredRequest = {
  id: number | string
  requester: { email: string }
  statusHistory?: unknown[] | null
}
type Job = { input?: { kind?: string; to?: string; request?: string | null } }

const main = async () => {
  const { directory, env } = await preparedDatabase({
    name: 'crash',
    extra: {
      // Queued mails stay queued (jobs off), so that they can be counted after the crash. The
      // visitor's address comes from X-Forwarded-For (one per submission, as in bench/requests).
      TRUSTED_PROXY_HOPS: '1',
      REQUEST_PROOF_MAX_NUMBER: '2000',
    },
  })
  const port = await freePort()
  let app = await startApp({ port, env })

  try {
    const prepared: Prepared[] = []
    await pool(Array.from({ length: SUBMISSIONS }), 20, async (_item, index) => {
      const headers = { 'x-forwarded-for': `10.77.${index >> 8}.${index & 255}` }
      const form = await loadRequestForm(app.url, { slugs: [PRODUCT], headers })
      prepared[index] = {
        form,
        headers,
        proof: await solveProof(form.challenge),
        email: `${PREFIX}-${index}@example.org`,
      }
    })
    await sleep(3_100)

    const outcomes = new Map<string, Outcome>()
    let answered = 0
    let killedAt = 0
    const started = performance.now()
    let crash: Promise<void> | undefined
    await Promise.all(
      prepared.map(async ({ form, headers, proof, email }) => {
        try {
          const response = await postRequestForm(
            form,
            { products: [PRODUCT], ...validRequestFields({ email }), altcha: proof },
            headers,
          )
          await response.arrayBuffer()
          const isConfirmed =
            response.status === 303 &&
            /\/anfrage\/[^/?]+/.test(response.headers.get('location') ?? '')
          outcomes.set(email, isConfirmed ? 'confirmed' : 'refused')
        } catch {
          outcomes.set(email, 'cut off')
        }
        answered += 1
        if (answered === KILL_AFTER) {
          killedAt = performance.now() - started
          crash = app.kill()
        }
      }),
    )
    await crash
    const count = (outcome: Outcome) => [...outcomes.values()].filter((o) => o === outcome).length
    console.log(
      `${SUBMISSIONS} submissions at once; SIGKILL after ${KILL_AFTER} answers (${Math.round(killedAt)} ms): ` +
        `${count('confirmed')} confirmed, ${count('refused')} refused, ${count('cut off')} cut off`,
    )

    // Started again on the same file: SQLite recovers from its write-ahead log on open.
    const restartedAt = performance.now()
    app = await startApp({ port, env })
    console.log(`restarted and answering after ${Math.round(performance.now() - restartedAt)} ms`)
    const login = await fetch(`${app.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.org', password: env.SEED_PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const read = async <T>(query: string): Promise<T[]> => {
      const response = await fetch(`${app.url}${query}`, {
        headers: { authorization: `JWT ${token}` },
      })
      if (!response.ok) throw new Error(`${query} answered ${response.status}`)
      return ((await response.json()) as { docs: T[] }).docs
    }
    const requests = await read<StoredRequest>(
      `/api/adoption-requests?depth=0&limit=1000&where[requester.email][like]=${PREFIX}-`,
    )
    const jobs = await read<Job>(
      '/api/payload-jobs?depth=0&limit=5000&where[taskSlug][equals]=sendEmail',
    )
    const byEmail = new Map(requests.map((request) => [request.requester.email, request]))
    const requestIds = new Set(requests.map((request) => String(request.id)))
    const mailsOf = (id: number | string, kind: string) =>
      jobs.filter((job) => job.input?.request === String(id) && job.input?.kind === kind).length

    const confirmed = [...outcomes].filter(([, outcome]) => outcome === 'confirmed')
    const lost = confirmed.filter(([email]) => !byEmail.has(email)).length
    const withoutMails = confirmed.filter(([email]) => {
      const request = byEmail.get(email)
      return (
        request &&
        (mailsOf(request.id, 'confirmation') !== 1 ||
          mailsOf(request.id, 'office-notification') < 1)
      )
    }).length
    const withoutHistory = requests.filter((request) => !request.statusHistory?.length).length
    const storedUnconfirmed = requests.filter(
      (request) => outcomes.get(request.requester.email) !== 'confirmed',
    ).length
    const orphanMails = jobs.filter(
      (job) => job.input?.request && !requestIds.has(job.input.request),
    ).length
    // Rows the API cannot show: history entries whose request row is gone (SQLite, read directly).
    await app.stop()
    const client = createClient({ url: env.DATABASE_URL })
    const orphanHistory = Number(
      (
        await client.execute(
          'SELECT COUNT(*) AS n FROM adoption_requests_status_history h ' +
            'LEFT JOIN adoption_requests r ON r.id = h._parent_id WHERE r.id IS NULL',
        )
      ).rows[0].n,
    )
    const integrity = String((await client.execute('PRAGMA integrity_check')).rows[0][0])
    client.close()

    const figures = {
      submissions: SUBMISSIONS,
      killAfterAnswers: KILL_AFTER,
      killedAtMs: Math.round(killedAt),
      confirmed: confirmed.length,
      refused: count('refused'),
      cutOff: count('cut off'),
      stored: requests.length,
      storedButUnconfirmed: storedUnconfirmed,
      confirmedButLost: lost,
      confirmedWithoutMails: withoutMails,
      requestsWithoutHistory: withoutHistory,
      historyWithoutRequest: orphanHistory,
      mailsWithoutRequest: orphanMails,
      queuedMails: jobs.length,
      integrity,
    }
    console.log(
      `after the restart: ${figures.stored} stored (${storedUnconfirmed} of them never confirmed to the client), ` +
        `${lost} confirmed but lost, ${withoutMails} confirmed without their mails, ` +
        `${withoutHistory} without history, ${orphanHistory} history rows without request, ` +
        `${orphanMails} queued mails without request, integrity ${integrity}`,
    )
    console.log(JSON.stringify(figures))
  } finally {
    await app.stop()
    rmSync(directory, { recursive: true, force: true })
  }
}

await main()
