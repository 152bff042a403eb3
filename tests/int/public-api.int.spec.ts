/**
 * What an anonymous visitor can get out of the REST API, whatever the query parameters: no user,
 * no adoption request, no email address, no draft, no internal field.
 */
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { COLLECTIONS } from '@/constants'

import { type Fixtures, makeFixtures, uid } from '../helpers/fixtures'
import { api } from '../helpers/http'
import { testPayload } from '../helpers/payload'

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/i

/**
 * Query parameters that try to get at documents. Each is refused with 403, or with 400 on the
 * collections it names a field of that they do not have (Payload refuses such a query before
 * it checks access).
 */
const PROBES: { query: string; hasUnknownFieldIn?: CollectionSlug[] }[] = [
  { query: '' },
  { query: '?limit=0' },
  { query: '?depth=5' },
  { query: '?draft=true' },
  { query: '?pagination=false' },
  { query: '?where[email][exists]=true' },
  { query: '?where[email][like]=example' },
  { query: '?where[requester.email][like]=@' },
  { query: '?where[or][0][id][exists]=true' },
  { query: '?sort=email', hasUnknownFieldIn: [COLLECTIONS.adoptionRequests] },
  { query: '?sort=-requester.email', hasUnknownFieldIn: [COLLECTIONS.users] },
  {
    query: '?select[email]=true&select[requester]=true',
    hasUnknownFieldIn: [COLLECTIONS.users, COLLECTIONS.adoptionRequests],
  },
  { query: '?locale=all&fallback-locale=none' },
]

let payload: Payload
let fixtures: Fixtures

beforeAll(async () => {
  payload = await testPayload()
  fixtures = makeFixtures(payload)
})

describe.each([COLLECTIONS.users, COLLECTIONS.adoptionRequests])(
  'anonymous /api/%s',
  (collection) => {
    it.each(PROBES)('returns no document and no email address for "$query"', async (probe) => {
      const response = await api({ path: `/api/${collection}${probe.query}` })
      expect(response.status).toBe(probe.hasUnknownFieldIn?.includes(collection) ? 400 : 403)
      expect(response.text).not.toMatch(EMAIL)
      expect((response.body as { docs?: unknown[] }).docs).toBeUndefined()
    })

    it('returns nothing for a document by id', async () => {
      const response = await api({ path: `/api/${collection}/1?depth=3` })
      expect(response.status).toBe(403)
      expect(response.text).not.toMatch(EMAIL)
    })

    it('cannot count documents', async () => {
      const response = await api({ path: `/api/${collection}/count` })
      expect(response.status).toBe(403)
      expect(response.text).not.toMatch(/totalDocs/)
    })
  },
)

describe('anonymous /api/adoption-requests', () => {
  it('is refused a direct POST and stores nothing', async () => {
    const before = (
      await payload.count({ collection: COLLECTIONS.adoptionRequests, overrideAccess: true })
    ).totalDocs
    const response = await api({
      path: '/api/adoption-requests',
      method: 'POST',
      body: {
        products: [1],
        requester: {
          name: 'Bot',
          organisation: 'Bot',
          organisationType: 'company',
          email: 'bot@example.com',
          state: 'NW',
        },
        consent: { given: true, givenAt: new Date().toISOString(), privacyPolicyVersion: '1' },
      },
    })
    expect(response.status).toBe(403)
    expect(
      (await payload.count({ collection: COLLECTIONS.adoptionRequests, overrideAccess: true }))
        .totalDocs,
    ).toBe(before)
  })
})

describe('anonymous /api/users/me', () => {
  it('says nobody is logged in', async () => {
    const response = await api({ path: '/api/users/me' })
    expect(response.status).toBe(200)
    expect((response.body as { user: unknown }).user).toBeNull()
  })
})

describe('anonymous reads of public collections', () => {
  it('sees published products only, even when asking for drafts', async () => {
    const draft = await fixtures.product()
    for (const query of [
      '',
      '?draft=true',
      `?where[id][equals]=${draft.id}&draft=true`,
      '?limit=0&draft=true',
    ]) {
      const response = await api({ path: `/api/transfer-products${query}` })
      expect(response.status).toBe(200)
      const docs = (response.body as { docs: { id: number; _status: string }[] }).docs
      expect(docs.map((doc) => doc.id)).not.toContain(draft.id)
      expect(docs.every((doc) => doc._status === 'published')).toBe(true)
    }
    const byId = await api({ path: `/api/transfer-products/${draft.id}?draft=true` })
    expect(byId.status).toBe(404)
  })

  it('sees the published version, not unpublished changes, of a published product', async () => {
    const product = await fixtures.product({ isPublished: true })
    const secret = `Unveröffentlichte Änderung ${uid()}`
    await payload.update({
      collection: COLLECTIONS.transferProducts,
      id: product.id,
      data: { pitch: secret },
      draft: true,
      overrideAccess: true,
    })
    for (const path of [
      `/api/transfer-products/${product.id}?draft=true`,
      `/api/transfer-products?draft=true&limit=100`,
    ]) {
      const response = await api({ path })
      expect(response.text).not.toContain(secret)
    }
  })

  it('sees only adoptions with public consent, without internal fields', async () => {
    const hidden = await fixtures.adoption({ isPublic: false })
    const shown = await fixtures.adoption({ isPublic: true })
    const response = await api({ path: '/api/adoptions?limit=0&depth=2' })
    expect(response.status).toBe(200)
    const docs = (response.body as { docs: Record<string, unknown>[] }).docs
    const ids = docs.map((doc) => doc.id)
    expect(ids).toContain(shown.id)
    expect(ids).not.toContain(hidden.id)
    for (const doc of docs) {
      expect(doc).not.toHaveProperty('confirmedBy')
      expect(doc).not.toHaveProperty('sourceRequest')
      expect(doc).not.toHaveProperty('office')
    }
    expect(response.text).not.toMatch(/requester|trackingToken|internalNotes/)
  })

  it('cannot find non-public adoptions by querying their consent flag', async () => {
    const hidden = await fixtures.adoption({ isPublic: false })
    const response = await api({
      path: `/api/adoptions?where[publicConsent][equals]=false&where[id][equals]=${hidden.id}`,
    })
    expect((response.body as { docs: unknown[] }).docs).toHaveLength(0)
  })

  it('sees a project with its published products only', async () => {
    const draft = await fixtures.product()
    const project = await payload.find({
      collection: COLLECTIONS.projects,
      where: { slug: { equals: 'digitale-fertigungstechnik' } },
      overrideAccess: true,
      depth: 0,
    })
    const response = await api({ path: `/api/projects/${project.docs[0].id}?depth=1` })
    expect(response.status).toBe(200)
    const joined = (response.body as { transferProducts: { docs: { id: number }[] } })
      .transferProducts.docs
    expect(joined.length).toBeGreaterThan(0)
    expect(joined.map((doc) => doc.id)).not.toContain(draft.id)
  })

  it('reads offices, sectors, occupations, alliances, organisations and media', async () => {
    for (const collection of [
      COLLECTIONS.regionalOffices,
      COLLECTIONS.sectors,
      COLLECTIONS.occupations,
      COLLECTIONS.alliances,
      COLLECTIONS.organisations,
      COLLECTIONS.media,
    ]) {
      const response = await api({ path: `/api/${collection}?limit=1` })
      expect(response.status, collection).toBe(200)
      expect((response.body as { totalDocs: number }).totalDocs, collection).toBeGreaterThan(0)
    }
  })
})
