/**
 * The request list for offices: the stored title (organisation · day received), the data behind
 * its columns, and the search by organisation, email and town, which must not let anyone find or
 * even detect a request they may not read (another office, project staff, the public).
 */
import { Forbidden, type Payload, type Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { backfillRequestTitles } from '@/collections/AdoptionRequests/backfillTitles'
import { COLLECTIONS, type FederalState } from '@/constants'
import { daysSinceLastChange, lastChangeAt } from '@/lib/requests/age'
import { requestTitle } from '@/lib/requests/title'
import type { AdoptionRequest } from '@/payload-types'

import { type Actor, type ActorKey } from '../helpers/actors'
import { testContext } from '../helpers/context'
import { type Fixtures, uid } from '../helpers/fixtures'
import { api } from '../helpers/http'

let payload: Payload
let fixtures: Fixtures
let actors: Record<ActorKey, Actor>
const made: AdoptionRequest[] = []
const DAY_MS = 24 * 60 * 60 * 1000

/** A request whose organisation, address and town carry a marker no other request has. */
const markedRequest = async ({
  state,
  marker,
  isListingConsented = false,
}: {
  state: FederalState
  marker: string
  isListingConsented?: boolean
}) => {
  const request = await fixtures.request({
    state,
    isListingConsented,
    requester: {
      name: `Person ${marker}`,
      organisation: `Organisation ${marker}`,
      email: `${marker}@example.com`,
      city: `Ort${marker}`,
    },
  })
  made.push(request)
  return request
}

let west: AdoptionRequest
let westMarker: string
let sued: AdoptionRequest
let suedMarker: string

beforeAll(async () => {
  ;({ payload, fixtures, actors } = await testContext())
  westMarker = `westmarke${uid()}`
  suedMarker = `suedmarke${uid()}`
  west = await markedRequest({ state: 'NW', marker: westMarker })
  sued = await markedRequest({ state: 'BY', marker: suedMarker })
})

afterAll(async () => {
  await fixtures.remove(...made.map(({ id }) => ({ collection: COLLECTIONS.adoptionRequests, id })))
})

const berlinDay = (value: string) =>
  new Date(value).toLocaleDateString('de-DE', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Europe/Berlin',
  })

describe('the title of a request', () => {
  it('names the organisation and the day the request arrived', () => {
    expect(west.title).toBe(`Organisation ${westMarker} · ${berlinDay(west.createdAt)}`)
    expect(west.title).toMatch(/ · \d{2}\.\d{2}\.\d{4}$/)
  })

  it('is the day in Berlin, not in UTC (a request at 23:30 UTC arrived the next day)', () => {
    expect(
      requestTitle({ organisation: 'Stadt Musterhausen', createdAt: '2026-11-29T23:30:00Z' }),
    ).toBe('Stadt Musterhausen · 30.11.2026')
    expect(requestTitle({ organisation: '  ', createdAt: '2026-06-01T10:00:00Z' })).toBe(
      '– · 01.06.2026',
    )
  })

  it('follows a corrected organisation and keeps the day', async () => {
    const request = await markedRequest({ state: 'NW', marker: `fix${uid()}` })
    const updated = await payload.update({
      collection: COLLECTIONS.adoptionRequests,
      id: request.id,
      data: { requester: { ...request.requester, organisation: 'Stadt Musterhausen' } },
      overrideAccess: true,
      depth: 0,
    })
    expect(updated.title).toBe(`Stadt Musterhausen · ${berlinDay(request.createdAt)}`)
  })

  it('stays when staff change something else (a partial update)', async () => {
    const request = await markedRequest({ state: 'NW', marker: `part${uid()}` })
    const response = await api({
      path: `/api/adoption-requests/${request.id}`,
      method: 'PATCH',
      token: actors.officeWest.token,
      body: { internalNotes: 'Rückruf vereinbart' },
    })
    expect(response.status).toBe(200)
    expect((response.body as { doc: AdoptionRequest }).doc.title).toBe(request.title)
  })

  it('cannot be written by anyone, admins included (REST and Local API)', async () => {
    const request = await markedRequest({ state: 'NW', marker: `write${uid()}` })
    for (const key of ['admin', 'officeWest'] as const) {
      const response = await api({
        path: `/api/adoption-requests/${request.id}`,
        method: 'PATCH',
        token: actors[key].token,
        body: { title: 'Gefälscht · 01.01.2000' },
      })
      expect(response.status, key).toBe(200)
    }
    await payload.update({
      collection: COLLECTIONS.adoptionRequests,
      id: request.id,
      data: { title: 'Gefälscht · 01.01.2000' },
      user: actors.officeWest.user,
      overrideAccess: false,
    })
    const stored = await payload.findByID({
      collection: COLLECTIONS.adoptionRequests,
      id: request.id,
      overrideAccess: true,
    })
    expect(stored.title).toBe(request.title)
  })

  it('is filled in for requests stored before titles existed, without touching anything else', async () => {
    const request = await markedRequest({ state: 'NW', marker: `alt${uid()}` })
    const lastWeek = new Date(Date.now() - 7 * DAY_MS).toISOString()
    // As a row written before the migration looks: no title, last changed a week ago.
    await payload.db.updateOne({
      collection: COLLECTIONS.adoptionRequests,
      id: request.id,
      data: { title: null, updatedAt: lastWeek },
      returning: false,
    })
    const before = await payload.findByID({
      collection: COLLECTIONS.adoptionRequests,
      id: request.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(before.title).toBeNull()
    expect(await backfillRequestTitles({ payload })).toBeGreaterThanOrEqual(1)
    const after = await payload.findByID({
      collection: COLLECTIONS.adoptionRequests,
      id: request.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(after.title).toBe(request.title)
    expect(after.updatedAt).toBe(lastWeek)
    expect(after.products).toEqual(before.products)
    expect(after.statusHistory).toEqual(before.statusHistory)
    expect(after.requester).toEqual(before.requester)
    // A second run finds nothing left to do for this row.
    await backfillRequestTitles({ payload })
    const again = await payload.findByID({
      collection: COLLECTIONS.adoptionRequests,
      id: request.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(again.updatedAt).toBe(lastWeek)
  })
})

describe('the data behind the list columns', () => {
  it('the routed office gets organisation, requester, state, products, status, assignee and change times', async () => {
    const response = await api({
      path: `/api/adoption-requests?where[id][equals]=${west.id}&depth=0`,
      token: actors.officeWest.token,
    })
    expect(response.status).toBe(200)
    const [row] = (response.body as { docs: AdoptionRequest[] }).docs
    expect(row.title).toBe(west.title)
    expect(row.requester).toMatchObject({
      organisation: `Organisation ${westMarker}`,
      name: `Person ${westMarker}`,
      state: 'NW',
    })
    expect(row.products).toEqual(west.products)
    expect(row.status).toBe('new')
    expect(row.assignee ?? null).toBeNull()
    expect(typeof row.updatedAt).toBe('string')
    expect(typeof row.statusChangedAt).toBe('string')
  })

  it('days since the last change count from the later of status change and update', () => {
    const now = new Date('2026-11-30T12:00:00Z')
    const request = {
      statusChangedAt: '2026-11-20T12:00:00Z',
      updatedAt: '2026-11-27T11:00:00Z',
    }
    expect(lastChangeAt(request)?.toISOString()).toBe('2026-11-27T11:00:00.000Z')
    expect(daysSinceLastChange({ request, now })).toBe(3)
    expect(
      daysSinceLastChange({
        request: { statusChangedAt: '2026-11-30T11:00:00Z', updatedAt: '2026-11-01T00:00:00Z' },
        now,
      }),
    ).toBe(0)
    expect(daysSinceLastChange({ request: { updatedAt: '2026-12-01T00:00:00Z' }, now })).toBe(0)
    expect(daysSinceLastChange({ request: { updatedAt: 'kein Datum' }, now })).toBeUndefined()
  })

  it('a request unchanged for three days shows "3 Tage" and "nicht zugewiesen" in the office list', async () => {
    const request = await markedRequest({ state: 'NW', marker: `alter${uid()}` })
    const threeDaysAgo = new Date(Date.now() - 3 * DAY_MS - 60_000).toISOString()
    await payload.db.updateOne({
      collection: COLLECTIONS.adoptionRequests,
      id: request.id,
      data: { updatedAt: threeDaysAgo, statusChangedAt: threeDaysAgo },
      returning: false,
    })
    const response = await adminList({
      key: 'officeWest',
      query: `search=${encodeURIComponent(request.requester.email)}`,
    })
    expect(response.status).toBe(200)
    const row = tableRow(response.text, request.title as string)
    expect(row).toContain('3 Tage')
    expect(row).toContain('nicht zugewiesen')
    expect(row).toContain('Nordrhein-Westfalen')
  })
})

/** The admin's list page as rendered on the server for one actor (what the browser receives). */
const adminList = ({ key, query }: { key: ActorKey; query: string }) =>
  api({
    path: `/admin/collections/adoption-requests?${query}`,
    headers: actors[key].token ? { Cookie: `payload-token=${actors[key].token}` } : {},
  })

/** The table row of the server-rendered list that holds `text` (empty when there is none). */
const tableRow = (html: string, text: string): string =>
  html.split('<tr').find((row) => row.includes(text.replace(/&/g, '&amp;'))) ?? ''

const like = (path: string, value: string) => `where[${path}][like]=${encodeURIComponent(value)}`

/** The office West request's data, each as another office might try to find it. */
const probes = (): { name: string; query: string; where: Where }[] => {
  const organisation = `Organisation ${westMarker}`
  const email = `${westMarker}@example.com`
  const city = `Ort${westMarker}`
  return [
    {
      name: 'organisation',
      query: like('requester.organisation', organisation),
      where: { 'requester.organisation': { like: organisation } },
    },
    {
      name: 'email',
      query: like('requester.email', email),
      where: { 'requester.email': { like: email } },
    },
    {
      name: 'town',
      query: like('requester.city', city),
      where: { 'requester.city': { like: city } },
    },
    { name: 'title', query: like('title', westMarker), where: { title: { like: westMarker } } },
    {
      name: 'the admin search (or over all searchable fields)',
      query: ['title', 'requester.organisation', 'requester.email', 'requester.city']
        .map((path, index) => `where[or][${index}][${path}][like]=${westMarker}`)
        .join('&'),
      where: {
        or: ['title', 'requester.organisation', 'requester.email', 'requester.city'].map(
          (path) => ({ [path]: { like: westMarker } }),
        ),
      },
    },
    {
      name: 'part of the email (who asked from this domain)',
      query: like('requester.email', westMarker.slice(0, 14)),
      where: { 'requester.email': { like: westMarker.slice(0, 14) } },
    },
  ]
}

type Expectation = { status: number; found?: boolean }

/** Per actor: what a search for office West's request answers. */
const EXPECTED: Record<ActorKey, Expectation> = {
  admin: { status: 200, found: true },
  officeWest: { status: 200, found: true },
  officeSued: { status: 200, found: false },
  projectStaff: { status: 403 },
  anonymous: { status: 403 },
}

describe('searching requests (REST)', () => {
  for (const key of Object.keys(EXPECTED) as ActorKey[]) {
    const expected = EXPECTED[key]
    it(`${key}: ${expected.status === 403 ? 'refused with 403' : expected.found ? 'finds the request' : 'finds nothing and learns nothing'}`, async () => {
      for (const probe of probes()) {
        const response = await api({
          path: `/api/adoption-requests?${probe.query}&depth=0`,
          token: actors[key].token,
        })
        expect(response.status, `${key} ${probe.name}`).toBe(expected.status)
        if (expected.status !== 200) {
          expect(response.text).not.toContain(westMarker)
          continue
        }
        const body = response.body as { docs: AdoptionRequest[]; totalDocs: number }
        expect(
          body.docs.map(({ id }) => id),
          `${key} ${probe.name}`,
        ).toEqual(expected.found ? [west.id] : [])
        expect(body.totalDocs, `${key} ${probe.name}`).toBe(expected.found ? 1 : 0)
      }
    })
  }

  it('office Süd finds its own request by organisation, email and town', async () => {
    for (const query of [
      like('requester.organisation', suedMarker),
      like('requester.email', suedMarker),
      like('requester.city', suedMarker),
      like('title', suedMarker),
    ]) {
      const response = await api({
        path: `/api/adoption-requests?${query}`,
        token: actors.officeSued.token,
      })
      expect(response.status, query).toBe(200)
      expect((response.body as { docs: AdoptionRequest[] }).docs.map(({ id }) => id)).toEqual([
        sued.id,
      ])
    }
  })

  it('sorting by requester fields or the title shows another office nothing more', async () => {
    const ids = async (query: string) => {
      const response = await api({
        path: `/api/adoption-requests?${query}&limit=0&depth=0`,
        token: actors.officeSued.token,
      })
      expect(response.status, query).toBe(200)
      expect(response.text).not.toContain(westMarker)
      return (response.body as { docs: AdoptionRequest[] }).docs.map(({ id }) => id).sort()
    }
    const unsorted = await ids('sort=id')
    expect(unsorted).not.toContain(west.id)
    for (const sort of [
      'title',
      '-title',
      'requester.organisation',
      'requester.email',
      '-requester.city',
    ])
      expect(await ids(`sort=${sort}`), sort).toEqual(unsorted)
  })

  it('sorting is refused to project staff and the public (403)', async () => {
    for (const key of ['projectStaff', 'anonymous'] as const) {
      const response = await api({
        path: '/api/adoption-requests?sort=title',
        token: actors[key].token,
      })
      expect(response.status, key).toBe(403)
    }
  })

  it('REST has no ?search= of its own: another office still sees only its own requests', async () => {
    const response = await api({
      path: `/api/adoption-requests?search=${westMarker}&limit=0&depth=0`,
      token: actors.officeSued.token,
    })
    expect(response.status).toBe(200)
    expect(response.text).not.toContain(westMarker)
    const { docs } = response.body as { docs: AdoptionRequest[] }
    expect(docs.map(({ id }) => id)).not.toContain(west.id)
  })
})

describe('searching requests (Local API, access enforced)', () => {
  const find = (key: ActorKey, where: Where, sort?: string) =>
    payload.find({
      collection: COLLECTIONS.adoptionRequests,
      where,
      sort,
      depth: 0,
      user: actors[key].user,
      overrideAccess: false,
    })

  it('office West and admins find the request', async () => {
    for (const key of ['officeWest', 'admin'] as const)
      for (const probe of probes()) {
        const { docs } = await find(key, probe.where)
        expect(
          docs.map(({ id }) => id),
          `${key} ${probe.name}`,
        ).toEqual([west.id])
      }
  })

  it('office Süd finds nothing, sorted or not', async () => {
    for (const probe of probes()) {
      for (const sort of [undefined, 'title', 'requester.organisation']) {
        const result = await find('officeSued', probe.where, sort)
        expect(result.totalDocs, `${probe.name} ${sort}`).toBe(0)
      }
    }
  })

  it('project staff and the public are refused (Forbidden, 403)', async () => {
    for (const key of ['projectStaff', 'anonymous'] as const)
      for (const probe of probes()) {
        const error = await find(key, probe.where).catch((caught: unknown) => caught)
        expect(error, `${key} ${probe.name}`).toBeInstanceOf(Forbidden)
        expect((error as Forbidden).status).toBe(403)
      }
  })
})

describe('searching requests in the admin list', () => {
  it('office West finds its request by organisation, email and town', async () => {
    for (const term of [
      `Organisation ${westMarker}`,
      `${westMarker}@example.com`,
      `Ort${westMarker}`,
    ]) {
      const response = await adminList({
        key: 'officeWest',
        query: `search=${encodeURIComponent(term)}`,
      })
      expect(response.status, term).toBe(200)
      expect(tableRow(response.text, west.title as string), term).not.toBe('')
    }
  })

  it('office Süd gets an empty list for the same searches, and no trace of the request', async () => {
    for (const term of [westMarker, `${westMarker}@example.com`, `Ort${westMarker}`]) {
      const response = await adminList({
        key: 'officeSued',
        query: `search=${encodeURIComponent(term)}`,
      })
      expect(response.status, term).toBe(200)
      // The term itself comes back in the search box; nothing else of the request may.
      expect(tableRow(response.text, west.title as string), term).toBe('')
      expect(response.text, term).not.toContain(`Person ${westMarker}`)
      expect(response.text, term).not.toContain(west.title as string)
    }
  })
})

describe('a request shown as another document’s relationship', () => {
  it('names its organisation only to those who may read the request', async () => {
    // The requester agreed to be listed, so the adoption is public: everyone reads it.
    const marker = `public${uid()}`
    const source = await markedRequest({ state: 'NW', marker, isListingConsented: true })
    const adoption = await payload.create({
      collection: COLLECTIONS.adoptions,
      data: {
        product: source.products[0],
        sourceRequest: source.id,
        place: { city: 'Bochum', state: 'NW' },
        status: 'pilot',
        publicConsent: true,
      },
      overrideAccess: true,
      depth: 0,
    })
    try {
      for (const key of ['officeSued', 'projectStaff', 'anonymous'] as const) {
        const response = await api({
          path: `/api/adoptions/${adoption.id}?depth=1`,
          token: actors[key].token,
        })
        expect(response.status, key).toBe(200)
        expect(response.text, key).not.toContain(marker)
      }
      const response = await api({
        path: `/api/adoptions/${adoption.id}?depth=1`,
        token: actors.officeWest.token,
      })
      expect(response.status).toBe(200)
      const { sourceRequest } = response.body as { sourceRequest: AdoptionRequest }
      expect(sourceRequest.title).toBe(source.title)
    } finally {
      await fixtures.remove({ collection: COLLECTIONS.adoptions, id: adoption.id })
    }
  })

  it('cannot be searched or sorted through the relationship by another office (400)', async () => {
    for (const query of [
      like('sourceRequest.title', westMarker),
      like('sourceRequest.requester.organisation', westMarker),
      'sort=sourceRequest.title',
    ])
      for (const key of ['officeSued', 'projectStaff', 'anonymous'] as const) {
        const response = await api({ path: `/api/adoptions?${query}`, token: actors[key].token })
        expect(response.status, `${key} ${query}`).toBe(400)
        expect(response.text, `${key} ${query}`).not.toMatch(/"docs"/)
      }
  })
})
