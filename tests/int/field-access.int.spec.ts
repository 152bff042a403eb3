/** Field-level rules: requester data and internal notes, roles, and the request history. */
import { Forbidden, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { COLLECTIONS } from '@/constants'

import { type Actor, type ActorKey } from '../helpers/actors'
import { type Fixtures } from '../helpers/fixtures'
import { TEST_PASSWORD } from '../helpers/env'
import { api, login } from '../helpers/http'
import { testContext } from '../helpers/context'

let payload: Payload
let fixtures: Fixtures
let actors: Record<ActorKey, Actor>

beforeAll(async () => {
  ;({ payload, fixtures, actors } = await testContext())
})

describe('requester contact data and internal notes', () => {
  it('are shown to admins and to the routed office', async () => {
    const request = await fixtures.request({ state: 'NW' })
    for (const key of ['admin', 'officeWest'] as const) {
      const response = await api({
        path: `/api/adoption-requests/${request.id}`,
        token: actors[key].token,
      })
      expect(response.status, key).toBe(200)
      const body = response.body as { requester: { email: string }; internalNotes: string }
      expect(body.requester.email).toBe(request.requester.email)
      expect(body.internalNotes).toBe(request.internalNotes)
    }
  })

  it('stay hidden from another office, whatever it asks', async () => {
    const request = await fixtures.request({ state: 'NW' })
    const { token } = actors.officeSued
    const queries = [
      `/api/adoption-requests/${request.id}`,
      `/api/adoption-requests?where[requester.email][equals]=${encodeURIComponent(request.requester.email)}`,
      `/api/adoption-requests?where[id][equals]=${request.id}&select[requester]=true`,
      `/api/adoption-requests?sort=requester.email&limit=0`,
      `/api/adoption-requests?where[office][not_equals]=0&limit=0`,
    ]
    for (const path of queries) {
      const response = await api({ path, token })
      expect(response.text, path).not.toContain(request.requester.email)
      expect(response.text, path).not.toContain(request.internalNotes)
    }
  })

  it('are not readable through the Local API for another office or project staff', async () => {
    const request = await fixtures.request({ state: 'NW' })
    const find = (key: 'officeSued' | 'projectStaff') =>
      payload.find({
        collection: COLLECTIONS.adoptionRequests,
        where: { id: { equals: request.id } },
        user: actors[key].user,
        overrideAccess: false,
      })
    // Another office gets an empty list; project staff are refused outright.
    expect((await find('officeSued')).docs).toHaveLength(0)
    await expect(find('projectStaff')).rejects.toBeInstanceOf(Forbidden)
  })

  it('route a request to the office covering the requester’s state', async () => {
    const west = await fixtures.request({ state: 'NW' })
    const sued = await fixtures.request({ state: 'BY' })
    const officeSlug = async (id: number | null | undefined) =>
      (
        await payload.findByID({
          collection: COLLECTIONS.regionalOffices,
          id: id as number,
          overrideAccess: true,
        })
      ).slug
    expect(await officeSlug(west.office as number)).toBe('rb-west')
    expect(await officeSlug(sued.office as number)).toBe('rb-sued')
  })
})

describe('roles', () => {
  it('cannot be raised by the user themselves', async () => {
    const user = await fixtures.user()
    const token = await login({ email: user.email, password: TEST_PASSWORD })
    const response = await api({
      path: `/api/users/${user.id}`,
      method: 'PATCH',
      token,
      body: { roles: ['admin'], office: null, projects: [1] },
    })
    const stored = await payload.findByID({
      collection: COLLECTIONS.users,
      id: user.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(stored.roles).toEqual(['office-staff'])
    expect(stored.office).toBe(user.office)
    expect(stored.projects ?? []).toEqual([])
    expect(response.status).toBe(200)
  })

  it('are changed by admins', async () => {
    const target = await fixtures.user()
    const response = await api({
      path: `/api/users/${target.id}`,
      method: 'PATCH',
      token: actors.admin.token,
      body: { roles: ['office-staff', 'admin'] },
    })
    expect(response.status).toBe(200)
    expect((response.body as { doc: { roles: string[] } }).doc.roles).toEqual([
      'office-staff',
      'admin',
    ])
  })
})

describe('request history and tracking token', () => {
  it('record every status change with who, from and to, and refuse hand-written history', async () => {
    const request = await fixtures.request({ state: 'NW' })
    const { token, user } = actors.officeWest
    const response = await api({
      path: `/api/adoption-requests/${request.id}?depth=0`,
      method: 'PATCH',
      token,
      body: {
        status: 'in-review',
        statusHistory: [{ at: '2000-01-01', to: 'adopted' }],
        trackingToken: 'guessable',
      },
    })
    expect(response.status).toBe(200)
    const doc = (
      response.body as {
        doc: {
          statusHistory: { from: string | null; to: string; by: number }[]
          trackingToken: string
        }
      }
    ).doc
    expect(doc.statusHistory.map(({ from, to }) => [from, to])).toEqual([
      [null, 'new'],
      ['new', 'in-review'],
    ])
    expect(doc.statusHistory[1].by).toBe(user!.id)
    // The token is the requester's key: office staff neither set nor see it.
    expect(doc.trackingToken).toBeUndefined()
    const stored = await payload.findByID({
      collection: COLLECTIONS.adoptionRequests,
      id: request.id,
      overrideAccess: true,
    })
    expect(stored.trackingToken).toBe(request.trackingToken)
    expect(request.trackingToken).toMatch(/^[A-Za-z0-9_-]{32}$/)
  })
})

describe('product version history', () => {
  const versionsOf = async ({ id, token }: { id: number; token?: string }) =>
    api({ path: `/api/transfer-products/versions?where[parent][equals]=${id}&limit=0`, token })

  it('is shown to the product’s own office and project, and to admins', async () => {
    const product = await fixtures.product()
    for (const key of ['admin', 'officeWest', 'projectStaff'] as const) {
      const response = await versionsOf({ id: product.id, token: actors[key].token })
      expect(response.status, key).toBe(200)
      expect((response.body as { totalDocs: number }).totalDocs, key).toBeGreaterThan(0)
    }
  })

  it('is hidden from the public and from another office (HTTP and Local API)', async () => {
    const product = await fixtures.product()
    const anonymous = await versionsOf({ id: product.id })
    expect(anonymous.status).toBe(403)
    const otherOffice = await versionsOf({ id: product.id, token: actors.officeSued.token })
    expect(otherOffice.text).not.toContain(product.title)
    const { docs } = await payload.findVersions({
      collection: COLLECTIONS.transferProducts,
      where: { parent: { equals: product.id } },
      user: actors.officeSued.user,
      overrideAccess: false,
    })
    expect(docs).toHaveLength(0)
  })
})
