/** The demo content: complete, consistent with the domain rules, and safe to seed twice. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { COLLECTIONS, FEDERAL_STATES, GLOBALS } from '@/constants'
import { searchCatalogue } from '@/data/catalogue'
import { getMapPoints } from '@/data/map'
import { seed } from '@/seed'

import { TEST_PASSWORD } from '../helpers/env'
import { testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

/** The projects of the demo: those of the sources and the one marked placeholder. */
const SEEDED_PROJECTS = [
  'kukudi',
  'logistik-westfaelisches-ruhrgebiet',
  'logistik-niederrhein',
  'logistik-duisburg-moers',
  'digitale-fertigungstechnik',
  'lippe-bildung-5-foerderrunde',
  'platzhalter-kunststoff-berlin',
]

/** Every collection the seed writes to. */
const SEEDED_COLLECTIONS = [
  COLLECTIONS.transferProducts,
  COLLECTIONS.projects,
  COLLECTIONS.organisations,
  COLLECTIONS.regionalOffices,
  COLLECTIONS.alliances,
  COLLECTIONS.sectors,
  COLLECTIONS.occupations,
  COLLECTIONS.adoptionRequests,
  COLLECTIONS.adoptions,
  COLLECTIONS.media,
  COLLECTIONS.users,
] as const

/**
 * The people named in the sources' minutes (../shared/seeds), by surname, and the person the
 * company Otto Bock is named after: contacts in the demo are roles and offices, never people.
 */
const PEOPLE_IN_THE_SOURCES = [
  /Albrecht/,
  /\bFischer\b/,
  /Preu(ß|ss)/,
  /Gerling/,
  /Dersch/,
  /D(ö|oe)hring/,
  /Fleischmann/,
  /\bReiter\b/,
  /Schr(ö|oe)der/,
  /Otto Bock/i,
]

const count = async (collection: (typeof COLLECTIONS)[keyof typeof COLLECTIONS]) =>
  (await payload.count({ collection, overrideAccess: true })).totalDocs

describe('demo content', () => {
  it('has the transfer products of the sources, published in German and English', async () => {
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
            'kukudi-kmu-beratung-digitalisierung',
            'kukudi-ausbildungsmarketing-employer-branding',
            'kukudi-kmu-netzwerk-kunststoff',
            'lernreise',
            'digitales-dinner',
            'austausch-ausbildungspersonal-ag-ttt',
          ],
        },
      },
      locale: 'en',
      fallbackLocale: false,
      overrideAccess: true,
      limit: 20,
    })
    expect(docs).toHaveLength(13)
    for (const doc of docs) {
      expect(doc._status).toBe('published')
      // Published by the seed as the system: consistent with the review workflow.
      expect(doc.reviewStatus).toBe('published')
      expect(doc.reviewHistory?.[0]).toMatchObject({ to: 'published' })
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

  it('spreads the catalogue over at least three offices and three states', async () => {
    const { facetCounts } = await searchCatalogue({ payload, locale: 'de' })
    const offered = (counts: Record<string, number>) =>
      Object.keys(counts).filter((value) => counts[value] > 0)
    expect(
      offered(facetCounts.office).length,
      JSON.stringify(facetCounts.office),
    ).toBeGreaterThanOrEqual(3)
    expect(
      offered(facetCounts.state).length,
      JSON.stringify(facetCounts.state),
    ).toBeGreaterThanOrEqual(3)
  })

  it('draws map points in at least three states', async () => {
    const points = await getMapPoints({ payload, locale: 'de' })
    const states = new Set<string>()
    for (const point of points) {
      // A project point leads to its project, an adoption point carries the adoption's id.
      if (point.type === 'project' && point.href.kind === 'project') {
        const { docs } = await payload.find({
          collection: COLLECTIONS.projects,
          where: { slug: { equals: point.href.slug } },
          overrideAccess: true,
          limit: 1,
        })
        if (docs[0]?.state) states.add(docs[0].state)
      } else if (point.type === 'adoption') {
        const adoption = await payload.findByID({
          collection: COLLECTIONS.adoptions,
          id: Number(point.id.replace(/^adoption-/, '')),
          overrideAccess: true,
        })
        if (adoption.place?.state) states.add(adoption.place.state)
      }
    }
    expect([...states].length, [...states].join(', ')).toBeGreaterThanOrEqual(3)
  })

  it('gives every project the region where it ran', async () => {
    const { docs } = await payload.find({
      collection: COLLECTIONS.projects,
      where: { slug: { in: SEEDED_PROJECTS } },
      locale: 'en',
      fallbackLocale: false,
      overrideAccess: true,
      limit: 100,
    })
    expect(docs).toHaveLength(SEEDED_PROJECTS.length)
    for (const project of docs) {
      expect(project.region?.name, project.slug ?? '').toBeTruthy()
      expect(typeof project.region?.location?.latitude, project.slug ?? '').toBe('number')
      expect(typeof project.region?.location?.longitude, project.slug ?? '').toBe('number')
    }
  })

  it('names the programme and its funding in both languages', async () => {
    for (const locale of ['de', 'en'] as const) {
      const settings = await payload.findGlobal({
        slug: GLOBALS.siteSettings,
        locale,
        fallbackLocale: false,
        overrideAccess: true,
      })
      expect(settings.identity?.programme, locale).toContain('JOBSTARTER plus')
      expect(settings.identity?.fundingLine, locale).toBeTruthy()
      expect(settings.contact?.role, locale).toBeTruthy()
    }
  })

  it('names no person of the sources in any seeded text', async () => {
    const texts: string[] = []
    for (const collection of SEEDED_COLLECTIONS) {
      const { docs } = await payload.find({
        collection,
        locale: 'all',
        draft: true,
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      texts.push(...docs.map((doc) => `${collection} ${doc.id}: ${JSON.stringify(doc)}`))
    }
    const settings = await payload.findGlobal({
      slug: GLOBALS.siteSettings,
      locale: 'all',
      overrideAccess: true,
    })
    texts.push(`site settings: ${JSON.stringify(settings)}`)
    const found = texts.flatMap((text) =>
      PEOPLE_IN_THE_SOURCES.filter((name) => name.test(text)).map(
        (name) => `${String(name)} in ${text.slice(0, 80)}`,
      ),
    )
    expect(found).toEqual([])
  })

  it('creates nothing when it runs a second time', async () => {
    const collections = Object.values(COLLECTIONS)
    const before = await Promise.all(collections.map(count))
    const { created } = await seed({ payload, password: TEST_PASSWORD })
    expect(created).toEqual({})
    expect(await Promise.all(collections.map(count))).toEqual(before)
  })
})
