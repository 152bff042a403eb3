/** Create, read, update and delete per collection (as an admin), with both content languages. */
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { COLLECTIONS } from '@/constants'

import { type Fixtures, makeFixtures, uid } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

let payload: Payload
let fixtures: Fixtures

beforeAll(async () => {
  payload = await testPayload()
  fixtures = makeFixtures(payload)
})

const CASES: {
  collection: CollectionSlug
  make: (f: Fixtures) => Promise<{ id: number }>
  field: string
  value: () => unknown
}[] = [
  {
    collection: COLLECTIONS.transferProducts,
    make: (f) => f.product({ isPublished: true }),
    field: 'pitch',
    value: () => `Neu ${uid()}`,
  },
  { collection: COLLECTIONS.projects, make: (f) => f.project(), field: 'acronym', value: uid },
  {
    collection: COLLECTIONS.organisations,
    make: (f) => f.organisation(),
    field: 'website',
    value: () => 'https://example.org/',
  },
  {
    collection: COLLECTIONS.regionalOffices,
    make: (f) => f.office(),
    field: 'name',
    value: () => `Büro ${uid()}`,
  },
  {
    collection: COLLECTIONS.alliances,
    make: (f) => f.alliance(),
    field: 'foundedYear',
    value: () => 2018,
  },
  {
    collection: COLLECTIONS.sectors,
    make: (f) => f.sector(),
    field: 'name',
    value: () => `Branche ${uid()}`,
  },
  {
    collection: COLLECTIONS.occupations,
    make: (f) => f.occupation(),
    field: 'name',
    value: () => `Beruf ${uid()}`,
  },
  {
    collection: COLLECTIONS.adoptionRequests,
    make: (f) => f.request(),
    field: 'internalNotes',
    value: () => `Notiz ${uid()}`,
  },
  {
    collection: COLLECTIONS.adoptions,
    make: (f) => f.adoption(),
    field: 'status',
    value: () => 'ended',
  },
  {
    collection: COLLECTIONS.media,
    make: (f) => f.media(),
    field: 'alt',
    value: () => `Bild ${uid()}`,
  },
  {
    collection: COLLECTIONS.users,
    make: (f) => f.user(),
    field: 'name',
    value: () => `Name ${uid()}`,
  },
]

describe.each(CASES)('$collection', ({ collection, make, field, value }) => {
  it('is created, read, updated and deleted', async () => {
    const created = await make(fixtures)
    const read = await payload.findByID({
      collection,
      id: created.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(read.id).toBe(created.id)
    const next = value()
    const updated = await payload.update({
      collection,
      id: created.id,
      data: { [field]: next },
      overrideAccess: true,
      depth: 0,
    })
    expect((updated as unknown as Record<string, unknown>)[field]).toEqual(next)
    await payload.delete({ collection, id: created.id, overrideAccess: true })
    const gone = await payload.findByID({
      collection,
      id: created.id,
      overrideAccess: true,
      disableErrors: true,
    })
    expect(gone).toBeNull()
  })
})

describe('content languages', () => {
  it('keeps German and English apart and falls back to German', async () => {
    const product = await fixtures.product({ isPublished: true })
    await payload.update({
      collection: COLLECTIONS.transferProducts,
      id: product.id,
      locale: 'en',
      // Required fields need an English value; optional ones fall back to German.
      data: {
        title: 'Test product in English',
        pitch: 'A product that exists for a test.',
        contact: { role: 'Regional office, transfer advice', email: 'transfer@example.org' },
      },
      overrideAccess: true,
    })
    const german = await payload.findByID({
      collection: COLLECTIONS.transferProducts,
      id: product.id,
      locale: 'de',
      overrideAccess: true,
    })
    const english = await payload.findByID({
      collection: COLLECTIONS.transferProducts,
      id: product.id,
      locale: 'en',
      overrideAccess: true,
    })
    expect(german.title).toBe(product.title)
    expect(english.title).toBe('Test product in English')
    expect(german.pitch).toBe(product.pitch)
    expect(english.pitch).toBe('A product that exists for a test.')
    expect(english.description).toEqual(product.description)
  })
})
