/**
 * Open data (issue 13, part 3): /open-data in both languages, produkte.json and .csv, the DCAT-AP.de
 * record and the OpenAPI description. The files must list exactly what the public catalogue
 * lists, hold nothing outside the public list, follow a publish and an unpublish, and take the
 * licence from the site settings.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { Validator } from '@seriousme/openapi-schema-validator'
import jsonld from 'jsonld'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'

import { COLLECTIONS, GLOBALS, OPEN_DATA_LICENCES, type OpenDataLicence } from '@/constants'
import { PUBLIC_CACHE_CONTROL } from '@/lib/http/cacheHeaders'
import { CSV_COLUMNS, OPEN_DATA_FIELDS } from '@/lib/openData/products'
import type { SiteSetting } from '@/payload-types'

import type { Actor, ActorKey } from '../helpers/actors'
import { testContext } from '../helpers/context'
import { type Fixtures, uid } from '../helpers/fixtures'
import { api } from '../helpers/http'

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/i
const POLL = { timeout: 15_000, interval: 300 }

let payload: Payload
let fixtures: Fixtures
let actors: Record<ActorKey, Actor>
let savedSettings: SiteSetting['openData'] | undefined

beforeAll(async () => {
  ;({ payload, fixtures, actors } = await testContext())
  savedSettings = (await payload.findGlobal({ slug: GLOBALS.siteSettings, depth: 0 })).openData
})

afterAll(async () => {
  await payload.updateGlobal({
    slug: GLOBALS.siteSettings,
    data: { openData: savedSettings ?? { licence: 'cc-by-4' } },
  })
})

/** A response with its bytes: `Response.text()` drops a byte order mark, which is under test. */
const fetchRaw = async (path: string) => {
  const response = await fetch(`${inject('baseURL')}${path}`)
  const bytes = new Uint8Array(await response.arrayBuffer())
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
  }
}

type Bilingual = { de: string; en: string }
type Product = {
  id: string
  slug: string
  url: Bilingual
  title: Bilingual
  adoptionCount: number
  [key: string]: unknown
}
type ProductsFile = { licence: string; count: number; modified: string; products: Product[] }

const productsFile = async (path = '/open-data/produkte.json'): Promise<ProductsFile> => {
  const response = await api({ path })
  expect(response.status).toBe(200)
  return response.body as ProductsFile
}
const fileIds = async () => (await productsFile()).products.map((product) => product.id)

/** What the public catalogue lists, asked through the Local API as the public: published, on offer. */
const catalogueAsPublic = async () => {
  const read = { overrideAccess: false, depth: 0, pagination: false } as const
  const [products, retirements] = await Promise.all([
    payload.find({
      collection: COLLECTIONS.transferProducts,
      ...read,
      where: { _status: { equals: 'published' } },
      select: { slug: true },
    }),
    payload.find({
      collection: COLLECTIONS.productRetirements,
      ...read,
      select: { product: true },
    }),
  ])
  const retired = new Set(retirements.docs.map((retirement) => String(retirement.product)))
  return products.docs
    .filter((product) => !retired.has(String(product.id)))
    .map((product) => ({ id: String(product.id), slug: product.slug }))
    .sort((a, b) => Number(a.id) - Number(b.id))
}

const publish = (id: number, isPublished: boolean) =>
  payload.update({
    collection: COLLECTIONS.transferProducts,
    id,
    data: { _status: isPublished ? 'published' : 'draft' },
    overrideAccess: true,
  })

/** A minimal RFC 4180 reader: enough to look at every cell as a spreadsheet would. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let isQuoted = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (isQuoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"'
        index++
      } else if (char === '"') isQuoted = false
      else cell += char
    } else if (char === '"') isQuoted = true
    else if (char === ',') {
      row.push(cell)
      cell = ''
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      index++
    } else cell += char
  }
  return rows
}

/**
 * Every key a product record may have, at any depth: the public list. A key outside it (a contact
 * email, an internal note, a requester) fails the test wherever it appears.
 */
const PUBLIC_KEYS = new Set<string>([
  ...OPEN_DATA_FIELDS,
  'de',
  'en',
  'code',
  'label',
  'name',
  'included',
  'prerequisites',
  'effortDays',
  'costModel',
  'costNote',
  'licence',
  'duration',
  'languages',
])
const keysOutsideList = (value: unknown, path = ''): string[] => {
  if (Array.isArray(value))
    return value.flatMap((item, index) => keysOutsideList(item, `${path}[${index}]`))
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, inner]) => [
    ...(PUBLIC_KEYS.has(key) ? [] : [`${path}.${key}`]),
    ...keysOutsideList(inner, `${path}.${key}`),
  ])
}

describe('produkte.json', () => {
  it('is under CC BY 4.0 until an admin chooses another licence', async () => {
    expect(savedSettings?.licence).toBe('cc-by-4')
    expect((await productsFile()).licence).toBe('http://dcat-ap.de/def/licenses/cc-by/4.0')
  })

  it('lists exactly the published products the catalogue offers, by id and slug', async () => {
    // A retired product is published but no longer listed: the file must leave it out too.
    const retiredProduct = await fixtures.product({ isPublished: true })
    const retirement = await payload.create({
      collection: COLLECTIONS.productRetirements,
      data: { product: retiredProduct.id, reason: 'Läuft aus.' },
      overrideAccess: true,
    })
    const draft = await fixtures.product()
    try {
      const expected = await catalogueAsPublic()
      await expect.poll(fileIds, POLL).toEqual(expected.map((product) => product.id))
      const file = await productsFile()
      expect(file.count).toBe(expected.length)
      expect(file.products.map((product) => product.slug)).toEqual(
        expected.map((product) => product.slug),
      )
      expect(file.products.map((product) => product.id)).not.toContain(String(retiredProduct.id))
      expect(file.products.map((product) => product.id)).not.toContain(String(draft.id))
    } finally {
      await fixtures.remove(
        { collection: COLLECTIONS.productRetirements, id: retirement.id },
        { collection: COLLECTIONS.transferProducts, id: retiredProduct.id },
        { collection: COLLECTIONS.transferProducts, id: draft.id },
      )
    }
  })

  it('counts the adoptions the public may see, per product', async () => {
    const adoptions = await payload.find({
      collection: COLLECTIONS.adoptions,
      overrideAccess: false,
      depth: 0,
      pagination: false,
      select: { product: true },
    })
    const counts = new Map<string, number>()
    for (const adoption of adoptions.docs)
      counts.set(String(adoption.product), (counts.get(String(adoption.product)) ?? 0) + 1)
    const { products } = await productsFile()
    expect(products.some((product) => product.adoptionCount > 0)).toBe(true)
    for (const product of products)
      expect(product.adoptionCount, product.slug).toBe(counts.get(product.id) ?? 0)
  })

  it('holds no key outside the public list at any depth, and no email address', async () => {
    const response = await api({ path: '/open-data/produkte.json' })
    const { products } = response.body as ProductsFile
    expect(products.length).toBeGreaterThan(0)
    expect(keysOutsideList(products)).toEqual([])
    expect(response.text).not.toMatch(EMAIL)
    expect(response.text).not.toMatch(/requester|internalNotes|reviewHistory|trackingToken/)
  })

  it('gives every product in both languages, with both page addresses', async () => {
    const { products } = await productsFile()
    const product = products.find(
      (candidate) => candidate.slug === 'planspiel-eurokran-an-schulen',
    )!
    expect(product.url.de).toMatch(/\/produkte\/planspiel-eurokran-an-schulen$/)
    expect(product.url.en).toMatch(/\/en\/produkte\/planspiel-eurokran-an-schulen$/)
    const english = await payload.findByID({
      collection: COLLECTIONS.transferProducts,
      id: Number(product.id),
      locale: 'en',
      depth: 0,
      overrideAccess: false,
    })
    const german = await payload.findByID({
      collection: COLLECTIONS.transferProducts,
      id: Number(product.id),
      locale: 'de',
      depth: 0,
      overrideAccess: false,
    })
    expect(product.title).toEqual({ de: german.title, en: english.title })
    expect(product.kind).toEqual({
      code: 'planspiel',
      label: { de: 'Planspiel', en: expect.any(String) },
    })
    for (const locale of ['de', 'en'] as const)
      expect((await api({ path: new URL(product.url[locale]).pathname })).status).toBe(200)
  })

  it('is the same file under the English address', async () => {
    const german = await productsFile()
    const english = await productsFile('/en/open-data/produkte.json')
    expect(english.products.map((product) => product.id)).toEqual(
      german.products.map((product) => product.id),
    )
  })
})

const TITLE_DE = CSV_COLUMNS.findIndex((column) => column.name === 'title_de')

describe('produkte.csv', () => {
  it('is UTF-8 with a byte order mark, one row per product of the JSON file', async () => {
    const [csv, file] = [await fetchRaw('/open-data/produkte.csv'), await productsFile()]
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/)
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(csv.text.slice(1))
    expect(rows[0]).toEqual(CSV_COLUMNS.map((column) => column.name))
    expect(rows.slice(1).map((row) => row[0])).toEqual(file.products.map((product) => product.id))
    expect(csv.text).not.toMatch(EMAIL)
  })

  // One product per character a spreadsheet would run as the start of a formula.
  it.each([
    ['=', '=HYPERLINK("http://example.org","klick")'],
    ['+', '+1+1'],
    ['-', '-2+3'],
    ['@', '@SUMME(A1:A2)'],
  ])('defuses a title that starts with %s', async (_, title) => {
    const product = await fixtures.product({ isPublished: true })
    await payload.update({
      collection: COLLECTIONS.transferProducts,
      id: product.id,
      data: { title },
      overrideAccess: true,
    })
    try {
      const row = async () =>
        parseCsv((await fetchRaw('/open-data/produkte.csv')).text.slice(1)).find(
          (cells) => cells[0] === String(product.id),
        )
      await expect.poll(async () => (await row())?.[TITLE_DE], POLL).toBe(`'${title}`)
      const cells = parseCsv((await fetchRaw('/open-data/produkte.csv')).text.slice(1)).flat()
      expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([])
      // The JSON keeps the title as written: only the spreadsheet file needs the guard.
      const json = await productsFile()
      expect(json.products.find((item) => item.id === String(product.id))?.title.de).toBe(title)
    } finally {
      await fixtures.remove({ collection: COLLECTIONS.transferProducts, id: product.id })
    }
  })
})

describe('after a publish and an unpublish', () => {
  it('the JSON, the CSV and the DCAT record follow within seconds', async () => {
    const product = await fixtures.product()
    const id = String(product.id)
    const csvIds = async () =>
      parseCsv((await fetchRaw('/open-data/produkte.csv')).text.slice(1))
        .slice(1)
        .map((row) => row[0])
    const dcatModified = async () =>
      datasetOf(await expandedDcat())['http://purl.org/dc/terms/modified']?.[0]?.['@value']
    try {
      // SQLite reuses the id of a product deleted a moment ago: first the file must be current.
      const before = (await catalogueAsPublic()).map((item) => item.id)
      await expect.poll(fileIds, POLL).toEqual(before)
      expect(before).not.toContain(id)
      await publish(product.id, true)
      await expect.poll(fileIds, POLL).toContain(id)
      await expect.poll(csvIds, POLL).toContain(id)
      const published = await payload.findByID({
        collection: COLLECTIONS.transferProducts,
        id: product.id,
        depth: 0,
        overrideAccess: true,
      })
      await expect.poll(dcatModified, POLL).toBe(published.updatedAt)
      await publish(product.id, false)
      await expect.poll(fileIds, POLL).not.toContain(id)
      await expect.poll(csvIds, POLL).not.toContain(id)
      expect(await fileIds()).toEqual((await catalogueAsPublic()).map((item) => item.id))
    } finally {
      await fixtures.remove({ collection: COLLECTIONS.transferProducts, id: product.id })
    }
  })
})

type Node = Record<string, { '@id'?: string; '@value'?: string; '@language'?: string }[]> & {
  '@id': string
  '@type'?: string[]
}
const DCAT = 'http://www.w3.org/ns/dcat#'
const DCT = 'http://purl.org/dc/terms/'
const DCATDE = 'http://dcat-ap.de/def/dcatde/'

/** The record as RDF nodes (expanded JSON-LD): proves it parses, and reads it by full IRIs. */
const expandedDcat = async (): Promise<Node[]> => {
  const response = await api({ path: '/open-data/dcat.jsonld' })
  expect(response.status).toBe(200)
  const expanded = (await jsonld.expand(response.body as object)) as unknown as Node[]
  return expanded
}
const ofType = (nodes: Node[], type: string) =>
  nodes.filter((node) => node['@type']?.includes(type))
const datasetOf = (nodes: Node[]) => ofType(nodes, `${DCAT}Dataset`)[0]
const ids = (values: { '@id'?: string }[] | undefined) =>
  (values ?? []).map((value) => value['@id'])

describe('dcat.jsonld', () => {
  it('is a DCAT-AP.de catalogue with one dataset and its distributions', async () => {
    const raw = await fetchRaw('/open-data/dcat.jsonld')
    expect(raw.headers.get('content-type')).toMatch(/^application\/ld\+json/)
    const nodes = await expandedDcat()
    const [catalog] = ofType(nodes, `${DCAT}Catalog`)
    const dataset = datasetOf(nodes)
    const distributions = ofType(nodes, `${DCAT}Distribution`)
    expect(ids(catalog[`${DCAT}dataset`])).toEqual([dataset['@id']])
    expect(ids(dataset[`${DCAT}distribution`]).sort()).toEqual(
      distributions.map((distribution) => distribution['@id']).sort(),
    )
    const base = inject('baseURL')
    const urls = distributions.map((distribution) => distribution['@id'])
    expect(urls.some((url) => url.endsWith('/open-data/produkte.json'))).toBe(true)
    expect(urls.some((url) => url.endsWith('/open-data/produkte.csv'))).toBe(true)
    for (const property of ['title', 'description', 'publisher'])
      expect(catalog[`${DCT}${property}`], `catalog ${property}`).toBeDefined()
    for (const property of [
      `${DCT}title`,
      `${DCT}description`,
      `${DCT}publisher`,
      `${DCT}identifier`,
      `${DCT}modified`,
      `${DCT}issued`,
      `${DCAT}contactPoint`,
      `${DCAT}keyword`,
      `${DCAT}theme`,
      `${DCAT}landingPage`,
    ])
      expect(dataset[property], `dataset ${property}`).toBeDefined()
    expect(dataset[`${DCT}title`].map((title) => title['@language']).sort()).toEqual(['de', 'en'])
    const [contact] = nodes.filter((node) => node['@id'] === ids(dataset[`${DCAT}contactPoint`])[0])
    expect(
      contact['http://www.w3.org/2006/vcard/ns#hasEmail'] ??
        contact['http://www.w3.org/2006/vcard/ns#hasURL'],
    ).toBeDefined()
    const [publisher] = nodes.filter((node) => node['@id'] === ids(dataset[`${DCT}publisher`])[0])
    expect(publisher['@type']).toContain('http://xmlns.com/foaf/0.1/Agent')
    expect(publisher['http://xmlns.com/foaf/0.1/name']).toBeDefined()
    for (const distribution of distributions) {
      expect(ids(distribution[`${DCAT}accessURL`])).toHaveLength(1)
      expect(ids(distribution[`${DCT}license`])[0]).toMatch(
        /^http:\/\/dcat-ap\.de\/def\/licenses\//,
      )
      expect(ids(distribution[`${DCT}format`])[0]).toMatch(
        /^http:\/\/publications\.europa\.eu\/resource\/authority\/file-type\//,
      )
      expect(distribution[`${DCT}title`]).toBeDefined()
    }
    // Every address the record names on this site answers.
    for (const url of urls.filter((url) => url.startsWith(base)))
      expect((await api({ path: new URL(url).pathname })).status, url).toBe(200)
  })

  it('names the GovData contributor id once it is set, and refuses one of another form', async () => {
    expect(datasetOf(await expandedDcat())[`${DCATDE}contributorID`]).toBeUndefined()
    for (const contributorId of [
      'bmbf',
      'https://dcat-ap.de/def/contributors/x',
      'http://dcat-ap.de/def/contributors/a b',
    ])
      await expect(
        payload.updateGlobal({
          slug: GLOBALS.siteSettings,
          data: { openData: { licence: 'cc-by-4', contributorId } },
        }),
      ).rejects.toThrow(/contributorId|Datenbereitsteller|contributor/i)
    const contributorId = `http://dcat-ap.de/def/contributors/transferkatalog${uid().replace(/-/g, '')}`
    await payload.updateGlobal({
      slug: GLOBALS.siteSettings,
      data: { openData: { licence: 'cc-by-4', contributorId } },
    })
    await expect
      .poll(async () => ids(datasetOf(await expandedDcat())[`${DCATDE}contributorID`]), POLL)
      .toEqual([contributorId])
  })
})

describe('the licence from the site settings', () => {
  it('refuses a licence that is not on the list, naming the field (400)', async () => {
    const response = await api({
      path: '/api/globals/site-settings',
      method: 'POST',
      token: actors.admin.token,
      body: { openData: { licence: 'mit' } },
    })
    expect(response.status).toBe(400)
    expect(response.text).toContain('openData.licence')
  })

  it.each(['dl-by-de-2', 'cc-zero'] as OpenDataLicence[])(
    'changes every output when set to %s',
    async (licence) => {
      await payload.updateGlobal({
        slug: GLOBALS.siteSettings,
        data: { openData: { licence } },
      })
      const uri = OPEN_DATA_LICENCES[licence]
      await expect.poll(async () => (await productsFile()).licence, POLL).toBe(uri)
      await expect
        .poll(
          async () =>
            ofType(await expandedDcat(), `${DCAT}Distribution`).map(
              (distribution) => ids(distribution[`${DCT}license`])[0],
            ),
          POLL,
        )
        .toEqual([uri, uri, uri])
      const licenceName = licence === 'cc-zero' ? 'CC Zero' : 'Datenlizenz Deutschland'
      await expect
        .poll(async () => (await api({ path: '/open-data' })).text, POLL)
        .toContain(licenceName)
      await expect
        .poll(
          async () =>
            (
              (await api({ path: '/api/openapi.json' })).body as {
                info: { license: { url: string } }
              }
            ).info.license.url,
          POLL,
        )
        .toMatch(licence === 'cc-zero' ? /publicdomain\/zero/ : /dl-de\/by-2-0/)
    },
  )
})

describe('/api/openapi.json', () => {
  type OpenApi = {
    openapi: string
    paths: Record<string, { get: { responses: Record<string, unknown> } }>
  }

  it('is a valid OpenAPI 3.1 description, served as JSON', async () => {
    const response = await fetchRaw('/api/openapi.json')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    const document = JSON.parse(response.text) as OpenApi
    expect(document.openapi).toBe('3.1.0')
    const validator = new Validator()
    const result = await validator.validate(document as never)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(validator.version).toBe('3.1')
  })

  it('lists only paths that answer 200 to an anonymous visitor', async () => {
    const { paths } = (await api({ path: '/api/openapi.json' })).body as OpenApi
    // A retirement, so that its collection has a document to ask for.
    const product = await fixtures.product({ isPublished: true })
    const retirement = await payload.create({
      collection: COLLECTIONS.productRetirements,
      data: { product: product.id, reason: 'Für den Test.' },
      overrideAccess: true,
    })
    try {
      const media = await payload.find({
        collection: COLLECTIONS.media,
        depth: 0,
        limit: 1,
        overrideAccess: false,
        where: { mimeType: { like: 'image/' } },
      })
      const filename = media.docs[0].filename!
      const firstId = async (collection: string) => {
        const listed = await api({ path: `/api/${collection}?limit=1&depth=0` })
        return (listed.body as { docs: { id: number }[] }).docs[0].id
      }
      expect(Object.keys(paths).length).toBeGreaterThan(30)
      for (const template of Object.keys(paths)) {
        let path = template.replace('{filename}', encodeURIComponent(filename))
        const collection = /^\/api\/([^/]+)\/\{id\}$/.exec(template)?.[1]
        if (collection) path = path.replace('{id}', String(await firstId(collection)))
        expect(path, template).not.toMatch(/[{}]/)
        const response = await fetchRaw(path)
        expect(response.status, path).toBe(200)
        // Offices' contact addresses are public on purpose; a requester's never are.
        expect(response.text, path).not.toMatch(/"(requester|internalNotes|trackingToken)"/)
      }
    } finally {
      await fixtures.remove(
        { collection: COLLECTIONS.productRetirements, id: retirement.id },
        { collection: COLLECTIONS.transferProducts, id: product.id },
      )
    }
  })
})

describe('caching', () => {
  it.each([
    '/open-data',
    '/en/open-data',
    '/open-data/produkte.json',
    '/open-data/produkte.csv',
    '/open-data/dcat.jsonld',
  ])('%s is kept in the page cache and sent as public', async (path) => {
    await fetchRaw(path)
    const response = await fetchRaw(path)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL)
    await expect
      .poll(async () => (await fetchRaw(path)).headers.get('x-nextjs-cache'), POLL)
      .toBe('HIT')
  })

  it("/api/openapi.json is sent as public, not the API's no-store", async () => {
    const response = await fetchRaw('/api/openapi.json')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL)
  })

  it('renders none of the files at build time, when there is no database', () => {
    const manifest = JSON.parse(readFileSync(resolve('.next/prerender-manifest.json'), 'utf8')) as {
      routes: Record<string, unknown>
    }
    expect(Object.keys(manifest.routes).filter((route) => /open-data|openapi/.test(route))).toEqual(
      [],
    )
  })
})

describe('methods other than GET', () => {
  // The OpenAPI route renders per request and refuses them itself; the cached files would be
  // answered from Next's route cache to any method, so the proxy refuses them (src/proxy.ts).
  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])(
    '%s /api/openapi.json is refused with 405',
    async (method) => {
      const response = await fetch(`${inject('baseURL')}/api/openapi.json`, { method, body: '{}' })
      expect(response.status).toBe(405)
    },
  )

  const CACHED_FILES = [
    '/open-data/produkte.json',
    '/en/open-data/produkte.csv',
    '/open-data/dcat.jsonld',
    '/feed.xml',
    '/en/sitemap.xml',
    '/robots.txt',
    '/favicon.ico',
  ]
  it.each(
    CACHED_FILES.flatMap((file) => ['POST', 'PUT', 'DELETE'].map((method) => [method, file])),
  )('%s %s is refused with 405, after it was cached', async (method, file) => {
    const read = await fetch(`${inject('baseURL')}${file}`)
    expect(read.status).toBe(200)
    await read.arrayBuffer()
    const response = await fetch(`${inject('baseURL')}${file}`, { method, body: 'x=1' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD')
    const { errors } = (await response.json()) as { errors: { message: string }[] }
    expect(errors[0].message).toBe(
      file.startsWith('/en/')
        ? 'This address can only be read (GET or HEAD).'
        : 'Diese Adresse kann nur gelesen werden (GET oder HEAD).',
    )
  })
  it('still answers HEAD on a cached file', async () => {
    const response = await fetch(`${inject('baseURL')}/open-data/produkte.csv`, { method: 'HEAD' })
    expect(response.status).toBe(200)
  })
})

describe('the /open-data page', () => {
  it.each([
    ['de', '/open-data', 'Offene Daten', 'Felder'],
    ['en', '/en/open-data', 'Open data', 'Fields'],
  ])('explains the data in %s and links every file', async (locale, path, title, fields) => {
    const { status, text } = await api({ path })
    expect(status).toBe(200)
    expect(text).toContain(`<html lang="${locale}"`)
    expect(text).toMatch(new RegExp(`<h1[^>]*>${title}</h1>`))
    expect(text).toContain(`>${fields}</h2>`)
    for (const file of [
      '/open-data/produkte.json',
      '/open-data/produkte.csv',
      '/open-data/dcat.jsonld',
      '/api/openapi.json',
    ])
      expect(text).toContain(`href="${file}"`)
    for (const field of OPEN_DATA_FIELDS) expect(text).toContain(`<code>${field}</code>`)
    expect(text).toContain('rel="license"')
  })

  it('is linked from the footer and listed in the sitemap in both languages', async () => {
    expect((await api({ path: '/' })).text).toContain('href="/open-data"')
    expect((await api({ path: '/en' })).text).toContain('href="/en/open-data"')
    const sitemap = (await api({ path: '/sitemap.xml' })).text
    expect(sitemap).toMatch(/<loc>[^<]*\/open-data<\/loc>/)
    expect(sitemap).toMatch(/<loc>[^<]*\/en\/open-data<\/loc>/)
  })
})
