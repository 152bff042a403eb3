/**
 * The adoption request workflow behind the public form: routing, the allowed status transitions,
 * office isolation, adoptions from "übernommen", the data-protection jobs, and mail that is only
 * sent after a commit and retried against a real (refusing) SMTP server on loopback.
 */
import {
  commitTransaction,
  createLocalReq,
  Forbidden,
  initTransaction,
  killTransaction,
  type Payload,
  ValidationError,
} from 'payload'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { COLLECTIONS, FEDERAL_STATES, REQUEST_STATUSES, type RequestStatus } from '@/constants'
import { anonymiseExpiredRequests } from '@/collections/AdoptionRequests/retention'
import { remindOutcomes } from '@/jobs/maintenance'
import { TRANSITIONS } from '@/lib/requests/workflow'
import type { AdoptionRequest } from '@/payload-types'

import { type Actor, type ActorKey, publicAdoptionCount } from '../helpers/actors'
import { testContext } from '../helpers/context'
import { type Fixtures } from '../helpers/fixtures'
import { api } from '../helpers/http'
import { mailsTo, sleep, waitForMails } from '../helpers/mail'

let payload: Payload
let fixtures: Fixtures
let actors: Record<ActorKey, Actor>

beforeAll(async () => {
  ;({ payload, fixtures, actors } = await testContext())
})

const OFFICE_OF_STATE: Record<string, string> = {
  ...Object.fromEntries(['SH', 'HH', 'HB', 'NI', 'MV'].map((state) => [state, 'rb-nord'])),
  ...Object.fromEntries(['BE', 'BB', 'SN', 'ST', 'TH'].map((state) => [state, 'rb-ost'])),
  ...Object.fromEntries(['BY', 'BW', 'HE'].map((state) => [state, 'rb-sued'])),
  ...Object.fromEntries(['NW', 'RP', 'SL'].map((state) => [state, 'rb-west'])),
}

/** The shortest allowed path from "new" to each status. */
const PATH_TO: Record<RequestStatus, RequestStatus[]> = {
  new: [],
  'in-review': ['in-review'],
  'in-consultation': ['in-review', 'in-consultation'],
  trial: ['in-review', 'in-consultation', 'trial'],
  adopted: ['in-review', 'in-consultation', 'adopted'],
  declined: ['declined'],
  withdrawn: ['withdrawn'],
}

const moveTo = async (
  request: AdoptionRequest,
  status: RequestStatus,
  user = actors.admin.user,
) => {
  let current = request
  for (const next of PATH_TO[status]) {
    current = await payload.update({
      collection: COLLECTIONS.adoptionRequests,
      id: request.id,
      data: { status: next },
      user,
      overrideAccess: false,
      depth: 0,
    })
  }
  return current
}

describe('routing', () => {
  it('sends a request from each of the 16 states to the office covering it', async () => {
    expect(FEDERAL_STATES).toHaveLength(16)
    for (const state of FEDERAL_STATES) {
      const request = await fixtures.request({ state })
      const office = await payload.findByID({
        collection: COLLECTIONS.regionalOffices,
        id: request.office as number,
        overrideAccess: true,
      })
      expect(office.slug, state).toBe(OFFICE_OF_STATE[state])
    }
  })
})

describe('status transitions', () => {
  it('start every request at "new"', async () => {
    const template = await fixtures.request()
    const error = await payload
      .create({
        collection: COLLECTIONS.adoptionRequests,
        data: {
          products: template.products,
          requester: template.requester,
          consent: template.consent,
          status: 'adopted',
        },
        overrideAccess: true,
      })
      .catch((caught: { data?: { errors?: { path: string; message: string }[] } }) => caught)
    expect((error as { data: { errors: unknown[] } }).data.errors).toEqual([
      { path: 'status', message: 'Eine neue Anfrage beginnt mit dem Stand „Neu“.' },
    ])
  })

  for (const from of REQUEST_STATUSES) {
    const refused = REQUEST_STATUSES.filter((to) => to !== from && !TRANSITIONS[from].includes(to))
    if (refused.length === 0) continue
    it(`refuse ${refused.join(', ')} after "${from}" and keep the request unchanged`, async () => {
      const request = await moveTo(await fixtures.request(), from)
      for (const to of refused) {
        await expect(
          payload.update({
            collection: COLLECTIONS.adoptionRequests,
            id: request.id,
            data: { status: to },
            user: actors.admin.user,
            overrideAccess: false,
          }),
          `${from} → ${to}`,
        ).rejects.toBeInstanceOf(ValidationError)
      }
      const stored = await payload.findByID({
        collection: COLLECTIONS.adoptionRequests,
        id: request.id,
        overrideAccess: true,
      })
      expect(stored.status).toBe(from)
      expect(stored.statusHistory).toHaveLength(PATH_TO[from].length + 1)
    })
  }

  it('answer a refused transition over REST with 400 naming the status field', async () => {
    const request = await fixtures.request({ state: 'NW' })
    const response = await api({
      path: `/api/adoption-requests/${request.id}`,
      method: 'PATCH',
      token: actors.officeWest.token,
      body: { status: 'adopted' },
      headers: { 'Accept-Language': 'de' },
    })
    expect(response.status).toBe(400)
    expect(response.text).toContain('invalid: status')
    const stored = await payload.findByID({
      collection: COLLECTIONS.adoptionRequests,
      id: request.id,
      overrideAccess: true,
    })
    expect(stored.status).toBe('new')
  })

  it('record who, when, from, to and the comment of every allowed change', async () => {
    const request = await fixtures.request({ state: 'NW' })
    const updated = await payload.update({
      collection: COLLECTIONS.adoptionRequests,
      id: request.id,
      data: { status: 'in-review', statusComment: 'Wir melden uns nächste Woche.' } as never,
      user: actors.officeWest.user,
      overrideAccess: false,
      depth: 0,
    })
    const entry = updated.statusHistory?.at(-1)
    expect(entry).toMatchObject({
      from: 'new',
      to: 'in-review',
      by: actors.officeWest.user?.id,
      comment: 'Wir melden uns nächste Woche.',
    })
    expect(Date.now() - new Date(entry!.at).getTime()).toBeLessThan(60_000)
    expect(updated.statusChangedAt).toBe(entry!.at)
  })
})

describe('office isolation', () => {
  it('keeps office Süd from updating, listing or counting office West’s requests', async () => {
    const request = await fixtures.request({ state: 'NW' })
    const asSued = { user: actors.officeSued.user, overrideAccess: false } as const
    await expect(
      payload.update({
        collection: COLLECTIONS.adoptionRequests,
        id: request.id,
        data: { status: 'in-review' },
        ...asSued,
      }),
    ).rejects.toBeInstanceOf(Forbidden)
    const byEmail = { 'requester.email': { equals: request.requester.email } }
    expect(
      (await payload.find({ collection: COLLECTIONS.adoptionRequests, where: byEmail, ...asSued }))
        .totalDocs,
    ).toBe(0)
    expect(
      (await payload.count({ collection: COLLECTIONS.adoptionRequests, where: byEmail, ...asSued }))
        .totalDocs,
    ).toBe(0)
    const sorted = await payload.find({
      collection: COLLECTIONS.adoptionRequests,
      sort: 'requester.email',
      select: { requester: true, internalNotes: true },
      limit: 0,
      ...asSued,
    })
    expect(JSON.stringify(sorted.docs)).not.toContain(request.requester.email)
    const patched = await api({
      path: `/api/adoption-requests/${request.id}`,
      method: 'PATCH',
      token: actors.officeSued.token,
      body: { internalNotes: 'overwritten' },
    })
    expect(patched.status).toBe(403)
    const stored = await payload.findByID({
      collection: COLLECTIONS.adoptionRequests,
      id: request.id,
      overrideAccess: true,
    })
    expect(stored.internalNotes).toBe(request.internalNotes)
  })
})

describe('"übernommen"', () => {
  it('records the adoption; the public count rises only with the adopter’s consent', async () => {
    const product = await fixtures.product({ isPublished: true })
    const slug = product.slug as string
    const before = await publicAdoptionCount(payload, slug)
    const withConsent = await fixtures.request({ state: 'RP', product: slug })
    await payload.update({
      collection: COLLECTIONS.adoptionRequests,
      id: withConsent.id,
      data: { publicListingConsent: true },
      overrideAccess: true,
    })
    await moveTo(withConsent, 'adopted', actors.officeWest.user)
    expect(await publicAdoptionCount(payload, slug)).toBe(before + 1)

    const withoutConsent = await fixtures.request({ state: 'NW', product: slug })
    await moveTo(withoutConsent, 'adopted', actors.officeWest.user)
    expect(await publicAdoptionCount(payload, slug)).toBe(before + 1)
    const { docs } = await payload.find({
      collection: COLLECTIONS.adoptions,
      where: { sourceRequest: { in: [withConsent.id, withoutConsent.id] } },
      overrideAccess: true,
      depth: 0,
    })
    expect(docs.map((doc) => doc.publicConsent).sort()).toEqual([false, true])
    expect(docs.every((doc) => doc.confirmedBy === actors.officeWest.user?.id)).toBe(true)
    await fixtures.remove(
      ...docs.map(({ id }) => ({ collection: COLLECTIONS.adoptions, id })),
      { collection: COLLECTIONS.adoptionRequests, id: withConsent.id },
      { collection: COLLECTIONS.adoptionRequests, id: withoutConsent.id },
      { collection: COLLECTIONS.transferProducts, id: product.id },
    )
  })
})

const ago = (months: number) => {
  const date = new Date()
  date.setMonth(date.getMonth() - months)
  return date.toISOString()
}

describe('data protection', () => {
  it('anonymises closed requests after the retention period, and only those', async () => {
    const old = await moveTo(await fixtures.request(), 'declined')
    const recent = await moveTo(await fixtures.request(), 'declined')
    const oldButOpen = await moveTo(await fixtures.request(), 'in-review')
    for (const request of [old, oldButOpen])
      await payload.update({
        collection: COLLECTIONS.adoptionRequests,
        id: request.id,
        data: { statusChangedAt: ago(25) },
        overrideAccess: true,
      })
    const req = await createLocalReq({}, payload)
    expect(await anonymiseExpiredRequests({ req })).toBeGreaterThanOrEqual(1)
    const read = (id: number) =>
      payload.findByID({ collection: COLLECTIONS.adoptionRequests, id, overrideAccess: true })
    const anonymised = await read(old.id)
    expect(anonymised.anonymisedAt).toBeTruthy()
    expect(anonymised.requester.name).toBe('–')
    expect(anonymised.requester.email).not.toBe(old.requester.email)
    expect(anonymised.message ?? null).toBeNull()
    expect(anonymised.internalNotes ?? null).toBeNull()
    expect(anonymised.status).toBe('declined')
    expect(anonymised.statusHistory?.every((entry) => !entry.by && !entry.comment)).toBe(true)
    expect((await api({ path: `/anfrage/${old.trackingToken}` })).status).toBe(404)
    expect((await read(recent.id)).requester.email).toBe(recent.requester.email)
    expect((await read(oldButOpen.id)).requester.email).toBe(oldButOpen.requester.email)
  })

  it('runs the anonymisation as a queued job', async () => {
    const old = await moveTo(await fixtures.request(), 'withdrawn')
    await payload.update({
      collection: COLLECTIONS.adoptionRequests,
      id: old.id,
      data: { statusChangedAt: ago(30) },
      overrideAccess: true,
    })
    await payload.jobs.queue({ task: 'anonymiseRequests', queue: 'maintenance', input: {} })
    await payload.jobs.run({ queue: 'maintenance' })
    const stored = await payload.findByID({
      collection: COLLECTIONS.adoptionRequests,
      id: old.id,
      overrideAccess: true,
    })
    expect(stored.anonymisedAt).toBeTruthy()
  })

  it('reminds the office once, six months after "Erprobung"', async () => {
    const trial = await moveTo(await fixtures.request({ state: 'HE' }), 'trial')
    await payload.update({
      collection: COLLECTIONS.adoptionRequests,
      id: trial.id,
      data: { statusChangedAt: ago(7) },
      overrideAccess: true,
    })
    const req = await createLocalReq({}, payload)
    expect(await remindOutcomes({ req })).toBeGreaterThanOrEqual(1)
    expect(await remindOutcomes({ req })).toBe(0)
    const deadline = Date.now() + 30_000
    const reminders = () =>
      mailsTo('transfer-sued@example.org').filter(
        (mail) => mail.subject === `Ergebnis erfassen: Anfrage von ${trial.requester.organisation}`,
      )
    while (reminders().length === 0 && Date.now() < deadline) await sleep(250)
    await sleep(1_500)
    expect(reminders()).toHaveLength(1)
  })
})

describe('mail', () => {
  it('goes out only after the request is committed, and never for a rolled-back one', async () => {
    // SQLite has one writer at a time, so the two transactions run one after the other.
    const inTransaction = async (email: string, end: typeof commitTransaction) => {
      const template = await fixtures.request()
      const req = await createLocalReq({}, payload)
      await initTransaction(req)
      try {
        await payload.create({
          collection: COLLECTIONS.adoptionRequests,
          data: {
            products: template.products,
            requester: { ...template.requester, email },
            consent: template.consent,
            status: 'new',
          },
          overrideAccess: true,
          req,
        })
        await sleep(2_500)
        expect(mailsTo(email), 'before the transaction ends').toHaveLength(0)
      } finally {
        await end(req)
      }
    }
    await inTransaction('rolled-back@example.org', killTransaction)
    await inTransaction('committed@example.org', commitTransaction)
    const mails = await waitForMails('committed@example.org')
    expect(mails[0].subject).toContain('Anfrage')
    await sleep(2_000)
    expect(mailsTo('rolled-back@example.org')).toHaveLength(0)
    expect(mailsTo('committed@example.org')).toHaveLength(1)
  })

  it('is retried while the mail server refuses it, delivered once, and the request stays', async () => {
    const template = await fixtures.request()
    const request = await payload.create({
      collection: COLLECTIONS.adoptionRequests,
      data: {
        products: template.products,
        requester: { ...template.requester, email: 'retry+refuse2@example.org' },
        consent: template.consent,
        status: 'new',
      },
      overrideAccess: true,
    })
    const mails = await waitForMails('retry+refuse2@example.org', { timeoutMs: 45_000 })
    await sleep(2_000)
    expect(mailsTo('retry+refuse2@example.org')).toHaveLength(1)
    expect(mails[0].text).toContain(`/anfrage/${request.trackingToken}`)
    const stored = await payload.findByID({
      collection: COLLECTIONS.adoptionRequests,
      id: request.id,
      overrideAccess: true,
    })
    expect(stored.status).toBe('new')
  })

  it('leaves a delivery that keeps failing visible to admins as a failed job', async () => {
    const template = await fixtures.request()
    await payload.create({
      collection: COLLECTIONS.adoptionRequests,
      data: {
        products: template.products,
        requester: { ...template.requester, email: 'down+refuse99@example.org' },
        consent: template.consent,
        status: 'new',
      },
      overrideAccess: true,
    })
    const failedJobs = async () =>
      (
        await payload.find({
          collection: 'payload-jobs',
          where: { hasError: { equals: true } },
          limit: 0,
          overrideAccess: true,
        })
      ).docs.filter((job) => (job.input as { to?: string })?.to === 'down+refuse99@example.org')
    const deadline = Date.now() + 60_000
    let failed = await failedJobs()
    while (failed.length === 0 && Date.now() < deadline) {
      await sleep(1_000)
      failed = await failedJobs()
    }
    expect(failed).toHaveLength(1)
    expect(failed[0].totalTried).toBeGreaterThanOrEqual(6)
    const listed = await api({
      path: '/api/payload-jobs?where[hasError][equals]=true',
      token: actors.admin.token,
    })
    expect(listed.status).toBe(200)
    expect(listed.text).toContain('down+refuse99@example.org')
    const asOffice = await api({ path: '/api/payload-jobs', token: actors.officeWest.token })
    expect(asOffice.status).toBe(403)
  })
})

describe('the office dashboard and exports', () => {
  it('greet office staff with their requests on the admin start page', async () => {
    const response = await fetch(`${inject('baseURL')}/admin`, {
      headers: {
        Authorization: `JWT ${actors.officeWest.token}`,
        cookie: `payload-token=${actors.officeWest.token}`,
      },
    })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('Übersicht Anfragen')
    expect(html).toContain('Überfällig')
  })

  it('export the office’s own requests as CSV, and record each export', async () => {
    const west = await fixtures.request({ state: 'NW' })
    const sued = await fixtures.request({ state: 'BY' })
    expect((await api({ path: '/api/adoption-requests/export.csv' })).status).toBe(401)
    expect(
      (await api({ path: '/api/adoption-requests/export.csv', token: actors.projectStaff.token }))
        .status,
    ).toBe(403)
    const before = await payload.count({ collection: COLLECTIONS.auditLog, overrideAccess: true })
    const response = await api({
      path: '/api/adoption-requests/export.csv',
      token: actors.officeWest.token,
    })
    expect(response.status).toBe(200)
    expect(response.text).toContain(west.requester.email)
    expect(response.text).not.toContain(sued.requester.email)
    const after = await payload.count({ collection: COLLECTIONS.auditLog, overrideAccess: true })
    expect(after.totalDocs).toBe(before.totalDocs + 1)
  })

  it.each(['locale=xx', 'locale=de&locale=en'])(
    'refuse ?%s on the request export with 400 naming the parameter, not 401 to a logged-in user',
    async (query) => {
      const response = await api({
        path: `/api/adoption-requests/export.csv?${query}`,
        token: actors.officeWest.token,
      })
      expect(response.status).toBe(400)
      expect(JSON.parse(response.text)).toEqual({
        errors: [{ field: 'locale', message: 'locale must be one of de, en' }],
      })
    },
  )

  it('give admins everything held about one email address, and refuse a bad address with 400', async () => {
    const request = await fixtures.request({ state: 'NW' })
    const exportFor = (email: string, token?: string) =>
      api({ path: '/api/adoption-requests/data-export', method: 'POST', token, body: { email } })
    const bad = await exportFor('nope', actors.admin.token)
    expect(bad.status).toBe(400)
    expect(bad.text).toContain('"field":"email"')
    expect((await exportFor(request.requester.email, actors.officeWest.token)).status).toBe(403)
    expect((await exportFor(request.requester.email)).status).toBe(401)
    const response = await exportFor(request.requester.email.toUpperCase(), actors.admin.token)
    expect(response.status).toBe(200)
    expect(response.text).toContain(request.requester.email)
    expect(response.text).not.toContain('trackingToken')
  })

  it('let only admins run the job queues by hand', async () => {
    for (const key of ['officeWest', 'projectStaff'] as const) {
      const response = await api({
        path: '/api/payload-jobs/run?queue=emails',
        token: actors[key].token,
      })
      // Payload answers a refused run with 401.
      expect(response.status, key).toBe(401)
      expect(response.text).not.toContain('jobs run')
    }
  })
})
