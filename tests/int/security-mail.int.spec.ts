/**
 * Issue 9, findings 3 (open mail path) and 6 (account security): email addresses are compared and
 * stored in one form and never with control characters; per-client limits trust X-Forwarded-For
 * only from the configured proxy hops and count in the database (shared by instances); logins
 * answer alike for known and unknown addresses and are throttled per client and per address;
 * changing one's own password or email needs the current password.
 *
 * The test server trusts one proxy hop (tests/helpers/env.ts), so every case and flow here acts
 * as its own client through X-Forwarded-For; the flow about hops=0 starts a second instance.
 */
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { COLLECTIONS } from '@/constants'

import { startApp } from '../helpers/app'
import { describeCorpus, type AttackCase } from '../helpers/attack'
import { testContext, type TestContext } from '../helpers/context'
import { TEST_PASSWORD, testEnvironment } from '../helpers/env'
import { makeFixtures, uid } from '../helpers/fixtures'
import { api, newClientAddress } from '../helpers/http'
import { mailsTo, sleep } from '../helpers/mail'
import { freePort } from '../helpers/processes'
import {
  loadRequestForm,
  postRequestForm,
  solveProof,
  validRequestFields,
  type LoadedForm,
} from '../helpers/requestForm'

const PRODUCT = 'planspiel-eurokran-an-schulen'

const newClient = newClientAddress
const asClient = () => ({ 'x-forwarded-for': newClient() })

/** Characters that are never part of an address: controls, invisible and bidi marks. */
const INVISIBLE: [string, string][] = [
  ['NUL', '\u0000'],
  ['SOH', '\u0001'],
  ['BEL', '\u0007'],
  ['backspace', '\u0008'],
  ['ESC', '\u001b'],
  ['DEL', '\u007f'],
  ['NEL', '\u0085'],
  ['soft hyphen', '\u00ad'],
  ['zero-width space', '\u200b'],
  ['left-to-right mark', '\u200e'],
  ['right-to-left override', '\u202e'],
  ['line separator', '\u2028'],
  ['paragraph separator', '\u2029'],
  ['byte order mark', '\ufeff'],
]

const namesEmail = (response: { text: string }) => expect(response.text).toContain('"email"')
const namesCurrentPassword = (response: { text: string }) =>
  expect(response.text).toContain('currentPassword')

const ownAccount =
  (actor: 'admin' | 'officeWest' | 'officeSued' | 'projectStaff') =>
  ({ actors }: TestContext) =>
    `/api/users/${actors[actor].user!.id}`

const STAFF = ['admin', 'officeWest', 'officeSued', 'projectStaff'] as const
const ACTORS = ['anonymous', ...STAFF] as const

const CASES: AttackCase[] = [
  ...INVISIBLE.flatMap(([name, char]): AttackCase[] => [
    {
      name: `logs in with a ${name} in the address`,
      actor: 'anonymous',
      method: 'POST',
      path: '/api/users/login',
      body: { email: `office${char}@example.org`, password: 'irrelevant-1234' },
      headers: asClient(),
      status: 400,
      check: namesEmail,
    },
    {
      name: `asks for a password reset with a ${name} in the address`,
      actor: 'anonymous',
      method: 'POST',
      path: '/api/users/forgot-password',
      body: { email: `victim${char}@example.org` },
      headers: asClient(),
      status: 400,
      check: namesEmail,
    },
    {
      name: `exports a data subject's data with a ${name} in the address`,
      actor: 'admin',
      method: 'POST',
      path: '/api/adoption-requests/data-export',
      body: { email: `erika.beispiel${char}@example.org` },
      status: 400,
      check: namesEmail,
    },
  ]),
  // The counters are the server's alone.
  ...ACTORS.flatMap((actor): AttackCase[] => [
    { name: 'lists the rate-limit counters', actor, path: '/api/rate-limits', status: 403 },
    {
      name: 'creates a rate-limit counter',
      actor,
      method: 'POST',
      path: '/api/rate-limits',
      body: { key: 'x', count: -1000, expiresAt: '2999-01-01T00:00:00.000Z' },
      status: 403,
    },
    {
      name: 'resets every rate-limit counter',
      actor,
      method: 'PATCH',
      path: '/api/rate-limits?where[count][exists]=true',
      body: { count: 0 },
      status: 403,
    },
    {
      name: 'deletes every rate-limit counter',
      actor,
      method: 'DELETE',
      path: '/api/rate-limits?where[count][exists]=true',
      status: 403,
    },
  ]),
  // Own password: never without the current one (the new one is the old one, so nothing changes
  // even if a case were wrongly accepted).
  ...STAFF.flatMap((actor): AttackCase[] => [
    {
      name: 'changes their own password without the current one',
      actor,
      method: 'PATCH',
      path: ownAccount(actor),
      body: { password: TEST_PASSWORD },
      status: 400,
      check: namesCurrentPassword,
    },
    {
      name: 'changes their own password with a wrong current one',
      actor,
      method: 'PATCH',
      path: ownAccount(actor),
      body: { password: TEST_PASSWORD, currentPassword: 'not-the-password' },
      status: 400,
      check: namesCurrentPassword,
    },
    {
      name: 'changes their own password through the cookie (as the admin panel does)',
      actor,
      method: 'PATCH',
      path: ownAccount(actor),
      body: { password: TEST_PASSWORD },
      asCookie: true,
      status: 400,
      check: namesCurrentPassword,
    },
  ]),
  {
    name: 'logs in with an address that has no account',
    actor: 'anonymous',
    method: 'POST',
    path: '/api/users/login',
    body: { email: `niemand-${randomUUID()}@example.org`, password: 'irrelevant-1234' },
    headers: asClient(),
    status: 401,
  },
  {
    name: 'logs in without a password',
    actor: 'anonymous',
    method: 'POST',
    path: '/api/users/login',
    body: { email: 'buero-west@example.org' },
    headers: asClient(),
    status: 400,
  },
  {
    name: 'logs in with the address in capitals and a wrong password',
    actor: 'anonymous',
    method: 'POST',
    path: '/api/users/login',
    body: { email: '  BUERO-SUED@EXAMPLE.ORG ', password: 'wrong-password-1234' },
    headers: asClient(),
    status: 401,
  },
  {
    name: 'changes a user’s password as office staff (not their account)',
    actor: 'officeWest',
    method: 'PATCH',
    path: ({ actors }) => `/api/users/${actors.officeSued.user!.id}`,
    body: { password: TEST_PASSWORD, currentPassword: TEST_PASSWORD },
    status: 403,
  },
]

describeCorpus('mail and accounts', CASES)

let context: TestContext
let payload: Payload

beforeAll(async () => {
  context = await testContext()
  payload = context.payload
})

const login = (email: string, password: string, headers: Record<string, string> = asClient()) =>
  api({ path: '/api/users/login', method: 'POST', body: { email, password }, headers })

const fieldErrors = (html: string) =>
  Object.fromEntries(
    [...html.matchAll(/class="kern-body" id="error-(\w+)"[^>]*>([^<]*)</g)].map((match) => [
      match[1],
      match[2],
    ]),
  )

const loadForm = async (baseURL: string, headers: Record<string, string>) => {
  const form = await loadRequestForm(baseURL, { slugs: [PRODUCT], headers })
  await sleep(1_100)
  return form
}

const storedWith = async (organisation: string) =>
  (
    await payload.find({
      collection: COLLECTIONS.adoptionRequests,
      where: { 'requester.organisation': { equals: organisation } },
      overrideAccess: true,
      depth: 0,
    })
  ).docs

describe('email addresses in the request form', () => {
  it('counts case and space variants of one address against the cap of three a day', async () => {
    const local = `PT-Victim-${uid()}`
    const variants = [
      `${local}@example.org`,
      `${local.toLowerCase()}@EXAMPLE.org`,
      `  ${local.toUpperCase()}@Example.ORG `,
      `${local.toLowerCase()}@example.org`,
    ]
    const statuses: number[] = []
    let last = ''
    for (const email of variants) {
      const headers = asClient()
      const form = await loadForm(inject('baseURL'), headers)
      const response = await postRequestForm(
        form,
        {
          products: [PRODUCT],
          ...validRequestFields({ email }),
          altcha: await solveProof(form.challenge),
        },
        headers,
      )
      statuses.push(response.status)
      last = await response.text()
    }
    expect(statuses).toEqual([303, 303, 303, 200])
    expect(fieldErrors(last).email).toContain('schon mehrere Anfragen')
    const { docs } = await payload.find({
      collection: COLLECTIONS.adoptionRequests,
      where: { 'requester.email': { like: local } },
      overrideAccess: true,
      depth: 0,
    })
    // Stored in the one form they are compared in.
    expect(docs.map((doc) => doc.requester.email)).toEqual(
      Array(3).fill(`${local.toLowerCase()}@example.org`),
    )
    await sleep(2_000)
    expect(mailsTo(`${local.toLowerCase()}@example.org`)).toHaveLength(3)
  })

  for (const [name, char] of INVISIBLE.slice(0, 5).concat(INVISIBLE.slice(-4))) {
    it(`refuses an address with a ${name} next to the email field and stores nothing`, async () => {
      const headers = asClient()
      const form: LoadedForm = await loadForm(inject('baseURL'), headers)
      const organisation = `Steuerzeichen ${randomUUID()}`
      const response = await postRequestForm(
        form,
        {
          products: [PRODUCT],
          ...validRequestFields({ organisation, email: `pt-victim${char}@example.org` }),
          altcha: await solveProof(form.challenge),
        },
        headers,
      )
      expect(response.status).toBe(200)
      const errors = fieldErrors(await response.text())
      expect(Object.keys(errors)).toEqual(['email'])
      expect(errors.email).toMatch(/gültige E-Mail/)
      expect(await storedWith(organisation)).toHaveLength(0)
    })
  }

  it('refuses a control character in an address stored through the API as well', async () => {
    const created = await api({
      path: '/api/adoption-requests',
      method: 'POST',
      token: context.actors.admin.token,
      body: { requester: { email: 'pt-victim\u0000@example.org' } },
    })
    expect(created.status).toBe(400)
    expect(created.text).toContain('requester.email')
  })
})

describe('per-client limits with TRUSTED_PROXY_HOPS=0 (a second instance on the same database)', () => {
  let second: Awaited<ReturnType<typeof startApp>>

  beforeAll(async () => {
    second = await startApp({
      port: await freePort(),
      env: {
        ...testEnvironment(inject('testDirectory')),
        PAYLOAD_DISABLE_JOBS: 'true',
        TRUSTED_PROXY_HOPS: '0',
        REQUEST_MIN_FILL_SECONDS: '1',
        REQUEST_RATE_LIMIT: '3',
        // A window of its own, so that this count starts at zero whatever ran before.
        REQUEST_RATE_WINDOW_SECONDS: '3001',
      },
    })
  })

  afterAll(async () => {
    await second?.stop()
  })

  it('does not reset the form limit when X-Forwarded-For changes', async () => {
    const limited = /zu viele Anfragen.*in \d+ Minuten erneut/
    const form = await loadRequestForm(second.url, { slugs: [PRODUCT] })
    const answers: boolean[] = []
    for (let attempt = 0; attempt < 4; attempt += 1) {
      // A new "client" each time, and the socket's own header forged too.
      const response = await postRequestForm(
        form,
        { products: [PRODUCT] },
        {
          'x-forwarded-for': newClient(),
          'x-transferkatalog-socket-address': `forged ${newClient()}`,
        },
      )
      expect(response.status).toBe(200)
      answers.push(limited.test(await response.text()))
    }
    expect(answers).toEqual([false, false, false, true])
  })

  it('counts failed logins for one address on every instance', async () => {
    const user = await makeFixtures(payload).user()
    const onSecond = () =>
      fetch(`${second.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': newClient() },
        body: JSON.stringify({ email: user.email, password: 'wrong-password' }),
      })
    expect((await onSecond()).status).toBe(401)
    // 19 more failures through the first instance, from four clients (five each at most).
    for (let attempt = 0; attempt < 19; attempt += 1) {
      const client = `198.19.250.${Math.floor(attempt / 5) + 1}`
      const response = await login(user.email, 'wrong-password', { 'x-forwarded-for': client })
      expect(response.status).toBe(401)
    }
    const response = await fetch(`${second.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
    })
    expect(response.status).toBe(429)
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})

describe('logins tell nothing about accounts', () => {
  it('answers an unknown address like a wrong password: same status, same message', async () => {
    const user = await makeFixtures(payload).user()
    const known = await login(user.email, 'wrong-password')
    const unknown = await login(`niemand-${uid()}@example.org`, 'wrong-password')
    expect(known.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(unknown.body).toEqual(known.body)
  })

  it('takes as long for an unknown address as for a known one', async () => {
    const user = await makeFixtures(payload).user()
    const timed = async (email: string) => {
      const started = performance.now()
      const response = await login(email, 'wrong-password')
      expect(response.status).toBe(401)
      return performance.now() - started
    }
    const known: number[] = []
    const unknown: number[] = []
    for (let round = 0; round < 6; round += 1) {
      known.push(await timed(user.email))
      unknown.push(await timed(`niemand-${uid()}@example.org`))
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]
    const [k, u] = [median(known), median(unknown)]
    console.info(`login median: known ${k.toFixed(0)} ms, unknown ${u.toFixed(0)} ms`)
    // A generous ratio: the password hash dominates both; without it one side is ~10× faster.
    expect(Math.max(k, u) / Math.min(k, u)).toBeLessThan(2.5)
  })

  it('throttles an address after 20 failures from several clients, known or not, alike', async () => {
    const user = await makeFixtures(payload).user()
    const nobody = `niemand-${uid()}@example.org`
    const answers: Record<string, { status: number; text: string; retryAfter: string | null }> = {}
    for (const email of [user.email, nobody]) {
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const response = await login(email, 'wrong-password', {
          'x-forwarded-for': `198.19.251.${Math.floor(attempt / 5) + (email === nobody ? 10 : 1)}`,
        })
        expect(response.status).toBe(401)
      }
      const response = await fetch(`${inject('baseURL')}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': newClient() },
        body: JSON.stringify({ email, password: email === nobody ? 'x-1234' : TEST_PASSWORD }),
      })
      answers[email] = {
        status: response.status,
        text: (await response.text()).replace(/\d+/g, 'N'),
        retryAfter: response.headers.get('retry-after'),
      }
    }
    expect(answers[user.email].status).toBe(429)
    expect(Number(answers[user.email].retryAfter)).toBeGreaterThan(0)
    expect(answers[nobody]).toEqual({
      ...answers[user.email],
      retryAfter: answers[nobody].retryAfter,
    })
  })
})

describe('changing one’s own password or email', () => {
  const patch = (id: number | string, body: unknown, token: string | undefined) =>
    api({ path: `/api/users/${id}`, method: 'PATCH', token, body })
  const tokenOf = async (email: string, password = TEST_PASSWORD) => {
    const response = await login(email, password)
    expect(response.status, response.text).toBe(200)
    return (response.body as { token: string }).token
  }

  it('needs the current password for a new password, and then takes it', async () => {
    const user = await makeFixtures(payload).user()
    const token = await tokenOf(user.email)
    const next = `neues-passwort-${uid()}`
    const missing = await patch(user.id, { password: next }, token)
    expect(missing.status).toBe(400)
    expect(missing.text).toContain('currentPassword')
    const wrong = await patch(user.id, { password: next, currentPassword: 'falsch-1234' }, token)
    expect(wrong.status).toBe(400)
    expect(wrong.text).toContain('currentPassword')
    expect((await login(user.email, TEST_PASSWORD)).status).toBe(200)
    const right = await patch(user.id, { password: next, currentPassword: TEST_PASSWORD }, token)
    expect(right.status, right.text).toBe(200)
    expect(right.text).not.toContain(TEST_PASSWORD)
    expect((await login(user.email, TEST_PASSWORD)).status).toBe(401)
    expect((await login(user.email, next)).status).toBe(200)
  })

  it('needs the current password for a new email address', async () => {
    const user = await makeFixtures(payload).user()
    const token = await tokenOf(user.email)
    const email = `neu-${uid()}@example.org`
    const missing = await patch(user.id, { email }, token)
    expect(missing.status).toBe(400)
    expect(missing.text).toContain('currentPassword')
    const right = await patch(user.id, { email, currentPassword: TEST_PASSWORD }, token)
    expect(right.status, right.text).toBe(200)
    expect((await login(email, TEST_PASSWORD)).status).toBe(200)
  })

  it('needs nothing for other fields, nor for the same address typed differently', async () => {
    const user = await makeFixtures(payload).user()
    const token = await tokenOf(user.email)
    const renamed = await patch(
      user.id,
      { name: 'Neuer Name', email: user.email.toUpperCase() },
      token,
    )
    expect(renamed.status, renamed.text).toBe(200)
  })

  it('lets an admin change someone else’s password and email without theirs, but not their own', async () => {
    const user = await makeFixtures(payload).user()
    const admin = context.actors.admin
    const next = `vom-admin-${uid()}`
    const email = `admin-gesetzt-${uid()}@example.org`
    const changed = await patch(user.id, { password: next, email }, admin.token)
    expect(changed.status, changed.text).toBe(200)
    expect((await login(email, next)).status).toBe(200)
    const own = await patch(admin.user!.id, { password: TEST_PASSWORD }, admin.token)
    expect(own.status).toBe(400)
  })
})

describe('password reset requests', () => {
  const forgot = (email: string, headers: Record<string, string>) =>
    api({ path: '/api/users/forgot-password', method: 'POST', body: { email }, headers })

  it('answer a known and an unknown address alike, and throttle both after three an hour', async () => {
    const user = await makeFixtures(payload).user()
    const nobody = `niemand-${uid()}@example.org`
    const answers: Record<string, { status: number; text: string }[]> = {}
    for (const email of [user.email, nobody]) {
      answers[email] = []
      for (let attempt = 0; attempt < 4; attempt += 1) {
        const response = await forgot(email, asClient())
        answers[email].push({ status: response.status, text: response.text.replace(/\d+/g, 'N') })
      }
    }
    expect(answers[user.email].map(({ status }) => status)).toEqual([200, 200, 200, 429])
    expect(answers[nobody]).toEqual(answers[user.email])
  })

  it('throttle one client after ten requests, with Retry-After', async () => {
    const headers = asClient()
    const statuses: number[] = []
    let retryAfter: string | null = null
    for (let attempt = 0; attempt < 11; attempt += 1) {
      const response = await fetch(`${inject('baseURL')}/api/users/forgot-password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ email: `niemand-${uid()}@example.org` }),
      })
      statuses.push(response.status)
      retryAfter = response.headers.get('retry-after')
    }
    expect(statuses).toEqual([...Array(10).fill(200), 429])
    expect(Number(retryAfter)).toBeGreaterThan(0)
  })
})
