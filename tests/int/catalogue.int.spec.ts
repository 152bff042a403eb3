/** The public catalogue on the demo content: search, facets, adoption counts, pages over HTTP. */
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { prunePublicChanges } from '@/collections/PublicChanges'
import { COLLECTIONS } from '@/constants'
import { FACETS, searchCatalogue } from '@/data/catalogue'

import { type Fixtures } from '../helpers/fixtures'
import { publicAdoptionCount } from '../helpers/actors'
import { testContext } from '../helpers/context'
import { api } from '../helpers/http'

let payload: Payload
let fixtures: Fixtures

beforeAll(async () => {
  ;({ payload, fixtures } = await testContext())
})

const search = (query: string, locale: 'de' | 'en' = 'de') =>
  searchCatalogue({ payload, locale, query })
const slugs = async (query: string, locale: 'de' | 'en' = 'de') =>
  (await search(query, locale)).entries.map((entry) => entry.slug)

describe('catalogue search on the demo content', () => {
  it('finds EUROKRAN by name, in any case', async () => {
    expect((await slugs('eurokran'))[0]).toBe('planspiel-eurokran-an-schulen')
    expect((await slugs('EUROKRAN'))[0]).toBe('planspiel-eurokran-an-schulen')
  })

  it('finds the business simulation by its kind, in both languages', async () => {
    expect(await slugs('Planspiel')).toContain('planspiel-eurokran-an-schulen')
    expect(await slugs('simulation', 'en')).toContain('planspiel-eurokran-an-schulen')
  })

  it('finds by word start and forgives a typo', async () => {
    expect(await slugs('fertigung')).toContain('zusatzqualifizierung-digitale-fertigungstechnik')
    expect((await slugs('ausbildungsmese'))[0]).toBe('digitale-ausbildungsmesse-xanten')
  })

  it('searches project and organisation names, descriptions and target groups', async () => {
    // Other test files add products to the same project; the kind filter keeps this about the demo.
    const within = async (query: string, kind: string) =>
      (
        await searchCatalogue({ payload, locale: 'de', query, filters: { kind: [kind] } })
      ).entries.map((entry) => entry.slug)
    expect(await within('Nachwuchsstiftung', 'zusatzqualifizierung')).toEqual([
      'zusatzqualifizierung-digitale-fertigungstechnik',
    ])
    expect(await within('Berufskollegs', 'zusatzqualifizierung')).toEqual([
      'zusatzqualifizierung-digitale-fertigungstechnik',
    ])
    expect(await within('Wirtschaftsförderung', 'ausbildungsmesse')).toEqual([
      'digitale-ausbildungsmesse-xanten',
    ])
  })

  it('shows no drafts', async () => {
    const draft = await fixtures.product()
    expect((await search(draft.title)).entries.map((entry) => entry.id)).not.toContain(
      String(draft.id),
    )
  })

  it('sees a newly published product within seconds', async () => {
    const product = await fixtures.product({ isPublished: true })
    // The check runs at most once a second and no request waits for it: poll, as a visitor would.
    const found = async () =>
      (await search(product.title)).entries.some((entry) => entry.id === String(product.id))
    const started = Date.now()
    while (!(await found()) && Date.now() - started < 5_000)
      await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await found()).toBe(true)
  })
})

describe('facet counts', () => {
  it('equal the number of results each value leaves', async () => {
    const all = await searchCatalogue({ payload, locale: 'de' })
    for (const facet of FACETS) {
      for (const [value, count] of Object.entries(all.facetCounts[facet])) {
        const narrowed = await searchCatalogue({
          payload,
          locale: 'de',
          filters: { [facet]: [value] },
        })
        expect(narrowed.total, `${facet}=${value}`).toBe(count)
      }
    }
  })

  it('keep other facets applied when counting', async () => {
    const { total, facetCounts } = await searchCatalogue({
      payload,
      locale: 'de',
      filters: { sector: ['logistik'] },
    })
    const kinds = Object.values(facetCounts.kind).reduce((sum, count) => sum + count, 0)
    expect(kinds).toBe(total)
  })
})

describe('adoption counts', () => {
  it('are the number of public adoptions, for every product', async () => {
    const { entries } = await searchCatalogue({ payload, locale: 'de', sort: 'adopted' })
    for (const entry of entries) {
      const { totalDocs } = await payload.count({
        collection: COLLECTIONS.adoptions,
        where: { and: [{ product: { equals: entry.id } }, { publicConsent: { equals: true } }] },
        overrideAccess: true,
      })
      expect(entry.adoptionCount, entry.slug).toBe(totalDocs)
    }
    expect(entries[0].slug).toBe('zusatzqualifizierung-digitale-fertigungstechnik')
  })
})

describe('catalogue pages over HTTP (no JavaScript needed)', () => {
  it('answer a search with the matching product', async () => {
    const page = await api({ path: '/produkte?q=eurokran' })
    expect(page.status).toBe(200)
    expect(page.text).toContain('href="/produkte/planspiel-eurokran-an-schulen"')
    expect(page.text).toContain('1 Produkt')
  })

  it('filter by a facet given in the URL and show its count', async () => {
    const page = await api({ path: '/produkte?sector=metall-elektro' })
    expect(page.text).toContain('href="/produkte/zusatzqualifizierung-digitale-fertigungstechnik"')
    expect(page.text).not.toContain('href="/produkte/planspiel-eurokran-an-schulen"')
    expect(page.text).toMatch(/id="facet-sector-metall-elektro"[^>]*checked/)
  })

  it('suggest which filter to drop when nothing matches', async () => {
    const page = await api({ path: '/produkte?kind=planspiel&sector=metall-elektro' })
    expect(page.text).toContain('Kein Produkt passt')
    expect(page.text).toMatch(/Ohne „[^“]+“ gäbe es 1 Treffer/)
  })

  it('show a product with its public adoptions and answer 404 for unknown ones', async () => {
    const slug = 'zusatzqualifizierung-digitale-fertigungstechnik'
    const totalDocs = await publicAdoptionCount(payload, slug)
    const page = await api({ path: `/produkte/${slug}` })
    expect(page.status).toBe(200)
    expect(totalDocs).toBeGreaterThanOrEqual(3)
    expect(page.text).toContain(`${totalDocs}-mal übernommen`)
    expect(page.text).toContain('application/ld+json')
    expect(page.text).toContain('og:title')
    expect((await api({ path: '/produkte/gibt-es-nicht' })).status).toBe(404)
  })

  it('suggest related products that share sectors, target groups or kind', async () => {
    const page = await api({ path: '/produkte/planspiel-eurokran-an-schulen' })
    const related = page.text.slice(page.text.indexOf('id="related-heading"'))
    expect(related).toContain('Ähnliche Transferprodukte')
    // The other logistics product of the demo shares the sector.
    expect(related).toContain('href="/produkte/beratungsangebote-mittelstand"')
    expect(related).not.toContain('href="/produkte/planspiel-eurokran-an-schulen"')
  })

  it('offer each image in several widths of one shape, lazily below the fold', async () => {
    const srcSets = (html: string) => [...html.matchAll(/srcSet="([^"]*)"/g)].map((m) => m[1])
    const hero = srcSets((await api({ path: '/produkte/planspiel-eurokran-an-schulen' })).text)[0]
    expect(hero).toMatch(/-800x400\.webp 800w, .*-1600x800\.webp 1600w$/)
    const catalogue = (await api({ path: '/produkte?sort=title' })).text
    const cards = srcSets(catalogue)
    expect(cards.length).toBeGreaterThan(3)
    // Cards are 16:10: the 4:3 thumbnail is never offered beside them.
    for (const card of cards) expect(card).toMatch(/-320x200\.webp 320w, .*-640x400\.webp 640w$/)
    expect(catalogue).toContain('loading="lazy"')
  })

  it('serve English under /en with lang="en"', async () => {
    const page = await api({ path: '/en/produkte?q=simulation' })
    expect(page.text).toContain('<html lang="en"')
    expect(page.text).toContain('1 product')
    expect((await api({ path: '/produkte' })).text).toContain('<html lang="de"')
  })

  it('treat malformed parameters as absent instead of failing', async () => {
    const page = await api({ path: '/produkte?page=-3&sort=boom&kind=&q=' + 'x'.repeat(500) })
    expect(page.status).toBe(200)
  })
})

describe('the record of public changes', () => {
  it('gets a row for a publish but not for a draft that was never published', async () => {
    const count = async () =>
      (await payload.count({ collection: COLLECTIONS.publicChanges, overrideAccess: true }))
        .totalDocs
    const before = await count()
    await fixtures.product()
    expect(await count()).toBe(before)
    await fixtures.product({ isPublished: true })
    expect(await count()).toBe(before + 1)
  })

  it('is pruned of rows older than a week, and only those', async () => {
    const old = await payload.create({
      collection: COLLECTIONS.publicChanges,
      data: { source: 'test' },
      overrideAccess: true,
    })
    const recent = await payload.create({
      collection: COLLECTIONS.publicChanges,
      data: { source: 'test' },
      overrideAccess: true,
    })
    await payload.db.updateOne({
      collection: COLLECTIONS.publicChanges,
      id: old.id,
      data: { createdAt: new Date(Date.now() - 8 * 24 * 60 * 60 * 1000).toISOString() },
      returning: false,
    })
    expect(
      await prunePublicChanges({ req: await createLocalReq({}, payload) }),
    ).toBeGreaterThanOrEqual(1)
    const left = await payload.find({
      collection: COLLECTIONS.publicChanges,
      where: { id: { in: [old.id, recent.id] } },
      overrideAccess: true,
    })
    expect(left.docs.map((doc) => doc.id)).toEqual([recent.id])
  })

  it('is not readable by the public', async () => {
    expect((await api({ path: '/api/public-changes' })).status).toBe(403)
  })
})
