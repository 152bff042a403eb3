/** The demo content: complete, consistent with the domain rules, and safe to seed twice. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { COLLECTIONS, FEDERAL_STATES } from '@/constants'
import { seed } from '@/seed'

import { TEST_PASSWORD } from '../helpers/env'
import { testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const count = async (collection: (typeof COLLECTIONS)[keyof typeof COLLECTIONS]) =>
  (await payload.count({ collection, overrideAccess: true })).totalDocs

describe('demo content', () => {
  it('has the seven transfer products of the sources, published in German and English', async () => {
    const { docs } = await payload.find({
      collection: COLLECTIONS.transferProducts,
      where: {
        slug: {
          in: [
            'digitale-ausbildungsmesse-xanten',
            'planspiel-eurokran-an-schulen',
            'kreativitaetstool-storytelling',
            'app-fuer-erstausbildende-betriebe',
            'virtueller-werkzeugkoffer',
            'zusatzqualifizierung-digitale-fertigungstechnik',
            'beratungsangebote-mittelstand',
          ],
        },
      },
      locale: 'en',
      fallbackLocale: false,
      overrideAccess: true,
      limit: 10,
    })
    expect(docs).toHaveLength(7)
    for (const doc of docs) {
      expect(doc._status).toBe('published')
      expect(doc.title).toBeTruthy()
      expect(doc.pitch.length).toBeLessThanOrEqual(300)
    }
  })

  it('covers every federal state by exactly one regional office', async () => {
    const { docs } = await payload.find({
      collection: COLLECTIONS.regionalOffices,
      overrideAccess: true,
      limit: 100,
    })
    const covered = docs.flatMap((office) => office.states ?? [])
    expect([...covered].sort()).toEqual([...FEDERAL_STATES].sort())
    expect(docs.map((office) => office.slug)).toEqual(
      expect.arrayContaining(['rb-ost', 'rb-sued', 'rb-west']),
    )
  })

  it('counts adoptions of the Zusatzqualifizierung at colleges in NRW, public ones apart', async () => {
    const { docs } = await payload.find({
      collection: COLLECTIONS.transferProducts,
      where: { slug: { equals: 'zusatzqualifizierung-digitale-fertigungstechnik' } },
      overrideAccess: true,
    })
    const product = docs[0].id
    const all = await payload.count({
      collection: COLLECTIONS.adoptions,
      where: { product: { equals: product } },
      overrideAccess: true,
    })
    const visible = await payload.count({
      collection: COLLECTIONS.adoptions,
      where: { product: { equals: product } },
      overrideAccess: false,
    })
    expect(all.totalDocs).toBeGreaterThanOrEqual(4)
    expect(visible.totalDocs).toBeLessThan(all.totalDocs)
  })

  it('has requests in several statuses and no real names in contacts', async () => {
    const { docs } = await payload.find({
      collection: COLLECTIONS.adoptionRequests,
      overrideAccess: true,
      limit: 100,
    })
    expect(new Set(docs.map((doc) => doc.status)).size).toBeGreaterThanOrEqual(3)
    const products = await payload.find({
      collection: COLLECTIONS.transferProducts,
      overrideAccess: true,
      limit: 100,
    })
    for (const product of products.docs)
      expect(product.contact.role).toMatch(/Regionalbüro|Transferberatung|Büro/)
  })

  it('creates nothing when it runs a second time', async () => {
    const collections = Object.values(COLLECTIONS)
    const before = await Promise.all(collections.map(count))
    const { created } = await seed({ payload, password: TEST_PASSWORD })
    expect(created).toEqual({})
    expect(await Promise.all(collections.map(count))).toEqual(before)
  })
})
