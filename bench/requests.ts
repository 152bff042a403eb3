/**
 * Load on the public request form, against the built app (`next start`) on a fresh SQLite file,
 * with the real job runner sending mail to a local SMTP catcher:
 *
 * 1. baseline: 50 valid submissions one after the other;
 * 2. 500 valid submissions at once (each with its own form token and solved proof of work, from
 *    its own address) → all stored, all confirmed by mail, no error;
 * 3. 1,000 bot submissions at once, in three kinds (no proof of work, honeypot filled, posted
 *    too fast) → none stored, no mail.
 *
 * Prints p50/p95/max latency, throughput, the ratio against the baseline, and the time until the
 * mail queue is drained. Run: `npx tsx bench/requests.ts` (BENCH_VALID, BENCH_BOTS to change).
 */
import { rmSync } from 'node:fs'
import path from 'node:path'

import { readMails, startMailCatcher } from '../src/scripts/mailCatcher.mjs'
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

const VALID = Number(process.env.BENCH_VALID ?? 500)
const BOTS = Number(process.env.BENCH_BOTS ?? 1000)
const BASELINE = 50
const BOT_CONCURRENCY = 100
const PRODUCT = 'planspiel-eurokran-an-schulen'

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

type Prepared = { form: LoadedForm; headers: Record<string, string>; proof: string; email: string }

const main = async () => {
  const { directory, env } = await preparedDatabase({ name: 'bench' })
  const mailDirectory = path.join(directory, 'mails')
  const catcher = await startMailCatcher({ smtpPort: 0, directory: mailDirectory })
  const app = await startApp({
    port: await freePort(),
    env: {
      ...env,
      PAYLOAD_DISABLE_JOBS: 'false',
      PAYLOAD_JOB_QUEUES: 'emails',
      EMAIL_QUEUE_CRON: '* * * * * *',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(catcher.smtpPort),
      // The browser's share of the work (solving) is not what is measured: a lighter puzzle.
      REQUEST_PROOF_MAX_NUMBER: '2000',
      // Each simulated visitor comes with its own X-Forwarded-For, as behind one reverse proxy.
      TRUSTED_PROXY_HOPS: '1',
    },
  })
  let visitor = 0
  const address = () => {
    visitor += 1
    return `10.${(visitor >> 16) & 255}.${(visitor >> 8) & 255}.${visitor & 255}`
  }
  const prepare = async (count: number, prefix: string): Promise<Prepared[]> => {
    const prepared: Prepared[] = []
    await pool(Array.from({ length: count }), 20, async (_item, index) => {
      const headers = { 'x-forwarded-for': address() }
      const form = await loadRequestForm(app.url, { slugs: [PRODUCT], headers })
      prepared[index] = {
        form,
        headers,
        proof: await solveProof(form.challenge),
        email: `${prefix}-${index}@example.org`,
      }
    })
    // People take longer than the minimum fill time (3 s by default).
    await sleep(3_100)
    return prepared
  }
  const submit = async ({ form, headers, proof, email }: Prepared) => {
    const started = performance.now()
    const response = await postRequestForm(
      form,
      { products: [PRODUCT], ...validRequestFields({ email }), altcha: proof },
      headers,
    )
    await response.arrayBuffer()
    return { status: response.status, ms: performance.now() - started }
  }
  const summary = (label: string, results: { status: number; ms: number }[], wallMs: number) => {
    const ms = results.map((result) => result.ms)
    const figures = {
      label,
      count: results.length,
      stored: results.filter((result) => result.status === 303).length,
      errors: results.filter((result) => result.status >= 400).length,
      p50: Math.round(percentile(ms, 50)),
      p95: Math.round(percentile(ms, 95)),
      max: Math.round(Math.max(...ms)),
      perSecond: Math.round((results.length / wallMs) * 1000 * 10) / 10,
    }
    console.log(
      `${label.padEnd(34)} n=${figures.count} stored=${figures.stored} errors=${figures.errors} ` +
        `p50=${figures.p50} ms p95=${figures.p95} ms max=${figures.max} ms ${figures.perSecond}/s`,
    )
    return figures
  }

  try {
    // 1. Baseline: one at a time.
    const baselineForms = await prepare(BASELINE, 'baseline')
    const baselineResults = []
    let started = performance.now()
    for (const item of baselineForms) baselineResults.push(await submit(item))
    const baseline = summary('baseline (sequential)', baselineResults, performance.now() - started)

    // 2. All valid submissions at once.
    const forms = await prepare(VALID, 'load')
    started = performance.now()
    const results = await Promise.all(forms.map(submit))
    const load = summary(`${VALID} valid at once`, results, performance.now() - started)
    const mailStart = performance.now()
    const confirmations = () =>
      readMails(mailDirectory).filter((mail) => /^(load|baseline)-/.test(mail.to)).length
    const expected = VALID + BASELINE
    while (confirmations() < expected && performance.now() - mailStart < 600_000) await sleep(500)
    const drainedMs = Math.round(performance.now() - mailStart)
    console.log(
      `confirmation mails: ${confirmations()} of ${expected} (the queue drained ${drainedMs} ms after the last answer)`,
    )

    // 3. Bots: no proof of work, honeypot filled, too fast.
    const botForms: { form: LoadedForm }[] = []
    await pool(Array.from({ length: Math.min(BOTS, 100) }), 20, async (_item, index) => {
      const headers = { 'x-forwarded-for': address() }
      botForms[index] = { form: await loadRequestForm(app.url, { slugs: [PRODUCT], headers }) }
    })
    await sleep(3_100)
    const mailsBefore = readMails(mailDirectory).length
    started = performance.now()
    // 100 at a time: a thousand sockets at once only measures the operating system.
    const botResults: { status: number; ms: number }[] = []
    await pool(Array.from({ length: BOTS }), BOT_CONCURRENCY, async (_item, index) => {
      const headers = { 'x-forwarded-for': address() }
      const kind = index % 3
      // Kinds: 0 brings no proof of work, 1 fills the honeypot, 2 posts a fresh form at once
      // (with a solved proof, so only the fill time stops it).
      try {
        const form =
          kind === 2
            ? await loadRequestForm(app.url, { slugs: [PRODUCT], headers })
            : botForms[index % botForms.length].form
        const fields = {
          products: [PRODUCT],
          ...validRequestFields({ email: `bot-${index}@example.org` }),
          ...(kind === 1 ? { website: 'https://spam.example', answer: '7' } : {}),
          ...(kind === 2 ? { altcha: await solveProof(form.challenge) } : {}),
        }
        const begin = performance.now()
        const response = await postRequestForm(form, fields, headers)
        await response.arrayBuffer()
        botResults[index] = { status: response.status, ms: performance.now() - begin }
      } catch {
        botResults[index] = { status: 599, ms: NaN }
      }
    })
    const bots = summary(`${BOTS} bots at once`, botResults, performance.now() - started)
    await sleep(5_000)
    const botMails = readMails(mailDirectory).filter((mail) => mail.to.startsWith('bot-')).length
    console.log(
      `bot mails: ${botMails} (all mails since the bots started: ${readMails(mailDirectory).length - mailsBefore})`,
    )
    // Counted in the database, through the API as the admin.
    const login = await fetch(`${app.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.org', password: env.SEED_PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const stored = async (pattern: string) =>
      (
        (await (
          await fetch(
            `${app.url}/api/adoption-requests?limit=1&depth=0&where[requester.email][like]=${pattern}`,
            { headers: { authorization: `JWT ${token}` } },
          )
        ).json()) as { totalDocs: number }
      ).totalDocs
    const storedValid = await stored('load-')
    const storedBots = await stored('bot-')
    console.log(`in the database: ${storedValid} valid requests, ${storedBots} from bots`)
    const figures = {
      storedValid,
      storedBots,
      baseline,
      load,
      confirmations: confirmations(),
      queueDrainedMs: drainedMs,
      bots,
      botMails,
      p95VersusBaseline: Math.round((load.p95 / baseline.p95) * 10) / 10,
    }
    console.log(`p95 at ${VALID} at once / p95 one at a time: ${figures.p95VersusBaseline}`)
    console.log(JSON.stringify(figures))
  } finally {
    await app.stop()
    await catcher.close()
    rmSync(directory, { recursive: true, force: true })
  }
}

await main()
