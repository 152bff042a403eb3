/** Bad input gets a clear 4xx answer that names the field, and nothing is stored half-way. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { COLLECTIONS, MEDIA_MAX_BYTES } from '@/constants'

import { type Actor, type ActorKey, idOf } from '../helpers/actors'
import { type Fixtures, uid } from '../helpers/fixtures'
import { api } from '../helpers/http'
import { testContext } from '../helpers/context'

type ErrorBody = {
  errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[]
}

/** The field paths and messages of a Payload error answer. */
const fieldErrors = (body: unknown) =>
  ((body as ErrorBody).errors ?? []).flatMap((error) => error.data?.errors ?? [])

let payload: Payload
let fixtures: Fixtures
let actors: Record<ActorKey, Actor>

beforeAll(async () => {
  ;({ payload, fixtures, actors } = await testContext())
})

const upload = async ({
  name,
  type,
  bytes,
  alt,
  token,
}: {
  name: string
  type: string
  bytes: Uint8Array
  alt?: string
  token?: string
}) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify(alt === undefined ? {} : { alt }))
  return api({ path: '/api/media', method: 'POST', token: token ?? actors.admin.token, body: form })
}

const countMedia = async () =>
  (await payload.count({ collection: COLLECTIONS.media, overrideAccess: true })).totalDocs

describe('media uploads', () => {
  it('refuses an image without alt text, naming the field', async () => {
    const image = await fixtures.image()
    const before = await countMedia()
    const response = await upload({ name: image.name, type: image.mimetype, bytes: image.data })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body).map((error) => error.path)).toContain('alt')
    expect(await countMedia()).toBe(before)
  })

  it('refuses an SVG upload with a clear message', async () => {
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    const before = await countMedia()
    const response = await upload({
      name: 'bild.svg',
      type: 'image/svg+xml',
      bytes: svg,
      alt: 'Ein Bild',
    })
    expect(response.status).toBe(400)
    expect(response.text.toLowerCase()).toMatch(/file type|dateityp|mime/)
    expect(await countMedia()).toBe(before)
  })

  it('refuses an HTML file disguised as an image', async () => {
    const html = new TextEncoder().encode(
      '<!doctype html><html><body><script>alert(1)</script></body></html>',
    )
    const before = await countMedia()
    const response = await upload({
      name: 'bild.png',
      type: 'image/png',
      bytes: html,
      alt: 'Ein Bild',
    })
    expect(response.status).toBe(400)
    expect(await countMedia()).toBe(before)
  })

  it('refuses a file over the size limit', async () => {
    const big = new Uint8Array(MEDIA_MAX_BYTES + 1024)
    big.set(new TextEncoder().encode('%PDF-1.4\n'))
    const before = await countMedia()
    const response = await upload({
      name: 'gross.pdf',
      type: 'application/pdf',
      bytes: big,
      alt: 'Großes PDF',
    })
    expect(response.status).toBe(413)
    expect(response.text.toLowerCase()).toMatch(/size|groß/)
    expect(await countMedia()).toBe(before)
  })

  it('accepts a PNG with alt text and makes WebP sizes', async () => {
    const image = await fixtures.image()
    const response = await upload({
      name: image.name,
      type: image.mimetype,
      bytes: image.data,
      alt: 'Ein Platzhalterbild',
    })
    expect(response.status).toBe(201)
    const doc = (
      response.body as { doc: { sizes: Record<string, { mimeType: string; width: number }> } }
    ).doc
    expect(doc.sizes.thumbnail.mimeType).toBe('image/webp')
    expect(doc.sizes.card.width).toBe(640)
  })
})

describe('regional offices', () => {
  it('refuses a state that another office already covers, naming state and office', async () => {
    const response = await api({
      path: '/api/regional-offices',
      method: 'POST',
      token: actors.admin.token,
      body: {
        name: `Büro ${uid()}`,
        states: ['NW'],
        contact: { role: 'Büro', email: 'b@example.org' },
      },
    })
    expect(response.status).toBe(400)
    const [error] = fieldErrors(response.body)
    expect(error.path).toBe('states')
    expect(error.message).toContain('Nordrhein-Westfalen')
    expect(error.message).toContain('Regionalbüro West')
  })

  it('answers in English when the request asks for English', async () => {
    const response = await api({
      path: '/api/regional-offices',
      method: 'POST',
      token: actors.admin.token,
      headers: { 'Accept-Language': 'en' },
      body: {
        name: `Office ${uid()}`,
        states: ['BY'],
        contact: { role: 'Office', email: 'b@example.org' },
      },
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)[0].message).toContain('Bavaria')
  })

  it('lets an office keep its own states when it is saved again', async () => {
    // Every state belongs to a seeded office, so only a seeded one has states to keep; it is
    // saved with exactly what it has, which leaves it as it was.
    const id = await idOf(payload, COLLECTIONS.regionalOffices, 'rb-west')
    const read = () =>
      payload.findByID({ collection: COLLECTIONS.regionalOffices, id, overrideAccess: true })
    const { states } = await read()
    const response = await api({
      path: `/api/regional-offices/${id}`,
      method: 'PATCH',
      token: actors.admin.token,
      body: { states },
    })
    expect(response.status).toBe(200)
    expect((await read()).states).toEqual(states)
  })
})

describe('transfer products', () => {
  const product = async (overrides: Record<string, unknown>) => ({
    title: `Produkt ${uid()}`,
    pitch: 'Kurz.',
    kind: 'app' as const,
    transferStatus: 'tested' as const,
    originProject: await idOf(payload, COLLECTIONS.projects, 'digitale-fertigungstechnik'),
    contact: { role: 'Regionalbüro West, Transferberatung', email: 'transfer@example.org' },
    ...overrides,
  })

  it('refuses a pitch over 300 characters', async () => {
    const body = await product({ pitch: 'x'.repeat(301) })
    const response = await api({
      path: '/api/transfer-products',
      method: 'POST',
      token: actors.admin.token,
      body,
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body).map((error) => error.path)).toContain('pitch')
    const { totalDocs } = await payload.count({
      collection: COLLECTIONS.transferProducts,
      where: { title: { equals: body.title } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
  })

  it('accepts a pitch of exactly 300 characters', async () => {
    const response = await api({
      path: '/api/transfer-products',
      method: 'POST',
      token: actors.admin.token,
      body: await product({ pitch: 'x'.repeat(300) }),
    })
    expect(response.status).toBe(201)
  })

  it('refuses an unknown kind and a contact without a valid email', async () => {
    const response = await api({
      path: '/api/transfer-products',
      method: 'POST',
      token: actors.admin.token,
      body: await product({ kind: 'rakete', contact: { role: 'Büro', email: 'keine-adresse' } }),
    })
    expect(response.status).toBe(400)
    const paths = fieldErrors(response.body).map((error) => error.path)
    expect(paths).toEqual(expect.arrayContaining(['kind', 'contact.email']))
  })

  it('derives the slug from the title, spelling out umlauts', async () => {
    const doc = await payload.create({
      collection: COLLECTIONS.transferProducts,
      data: await product({ title: `Übergänge gestalten für Größere ${uid()}` }),
      overrideAccess: true,
    })
    expect(doc.slug).toMatch(/^uebergaenge-gestalten-fuer-groessere-[a-z0-9]+$/)
  })

  it('refuses a duplicate slug', async () => {
    const response = await api({
      path: '/api/transfer-products',
      method: 'POST',
      token: actors.admin.token,
      body: await product({ slug: 'planspiel-eurokran-an-schulen' }),
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body).map((error) => error.path)).toContain('slug')
  })

  it('keeps the slug once the product has been published', async () => {
    const doc = await fixtures.product({ isPublished: true })
    const response = await api({
      path: `/api/transfer-products/${doc.id}`,
      method: 'PATCH',
      token: actors.admin.token,
      body: { slug: `neu-${uid()}` },
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)[0].path).toBe('slug')
    const stored = await payload.findByID({
      collection: COLLECTIONS.transferProducts,
      id: doc.id,
      overrideAccess: true,
    })
    expect(stored.slug).toBe(doc.slug)
  })

  it('lets a draft that was never published change its slug', async () => {
    const doc = await fixtures.product()
    const slug = `umbenannt-${uid()}`
    const response = await api({
      path: `/api/transfer-products/${doc.id}`,
      method: 'PATCH',
      token: actors.admin.token,
      body: { slug },
    })
    expect(response.status).toBe(200)
    expect((response.body as { doc: { slug: string } }).doc.slug).toBe(slug)
  })

  it('refuses a PDF where an image is expected and an image where a PDF download is expected', async () => {
    const image = await fixtures.media()
    const response = await api({
      path: '/api/transfer-products',
      method: 'POST',
      token: actors.admin.token,
      body: await product({ downloads: [{ file: image.id, label: 'Kein PDF' }] }),
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body).map((error) => error.path)).toContain('downloads.0.file')
  })
})

describe('relationships', () => {
  it.each([
    [
      'transfer-products',
      'originProject',
      {
        title: 'Produkt',
        pitch: 'Kurz.',
        kind: 'app',
        transferStatus: 'tested',
        contact: { role: 'Büro', email: 'b@example.org' },
        originProject: 999999,
      },
    ],
    ['projects', 'office', { name: 'Projekt', office: 999999 }],
    ['occupations', 'sector', { name: 'Beruf', sector: 999999 }],
    [
      'adoptions',
      'organisation',
      { product: 1, organisation: 999999, place: { city: 'Essen' }, status: 'pilot' },
    ],
  ])(
    '%s: an unknown %s id is refused with 400 naming the field',
    async (collection, field, body) => {
      const response = await api({
        path: `/api/${collection}`,
        method: 'POST',
        token: actors.admin.token,
        body,
      })
      expect(response.status).toBe(400)
      expect(fieldErrors(response.body).map((error) => error.path)).toContain(field)
    },
  )
})

describe('query parameters', () => {
  it.each([
    ['where[originProject][equals]=abc', 'originProject'],
    ['where[originProject.office][in]=1,zwei', 'originProject.office'],
    ['where[firstPublishedAt][greater_than]=gestern', 'firstPublishedAt'],
    ['where[or][0][adoptionKit.effortDays][less_than]=viel', 'adoptionKit.effortDays'],
    ['where[id][not_equals]=x', 'id'],
  ])('"%s" is answered with 400 naming %s', async (query, path) => {
    const response = await api({ path: `/api/transfer-products?${query}` })
    expect(response.status).toBe(400)
    expect(response.text).toContain(path)
  })

  it('a sensible query still works', async () => {
    const response = await api({
      path: '/api/transfer-products?where[adoptionKit.effortDays][less_than]=10&where[firstPublishedAt][greater_than]=2020-01-01',
    })
    expect(response.status).toBe(200)
    expect((response.body as { totalDocs: number }).totalDocs).toBeGreaterThan(0)
  })
})

describe('users', () => {
  it('refuses office staff without an office', async () => {
    const response = await api({
      path: '/api/users',
      method: 'POST',
      token: actors.admin.token,
      body: {
        email: `ohne-buero-${uid()}@example.org`,
        password: 'a-long-test-password',
        name: 'Ohne Büro',
        roles: ['office-staff'],
      },
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body).map((error) => error.path)).toContain('office')
  })

  it('refuses an unknown role', async () => {
    const response = await api({
      path: '/api/users',
      method: 'POST',
      token: actors.admin.token,
      body: {
        email: `rolle-${uid()}@example.org`,
        password: 'a-long-test-password',
        name: 'Rolle',
        roles: ['superuser'],
      },
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body).map((error) => error.path)).toContain('roles')
  })
})

describe('projects and organisations', () => {
  it('refuses a project period that ends before it starts', async () => {
    const response = await api({
      path: '/api/projects',
      method: 'POST',
      token: actors.admin.token,
      body: {
        name: `Projekt ${uid()}`,
        office: await idOf(payload, COLLECTIONS.regionalOffices, 'rb-west'),
        period: { start: '2020-01-01', end: '2019-01-01' },
      },
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body).map((error) => error.path)).toContain('period.end')
  })

  it('refuses a website that is not a web address and coordinates off the globe', async () => {
    const response = await api({
      path: '/api/organisations',
      method: 'POST',
      token: actors.officeWest.token,
      body: {
        name: `Organisation ${uid()}`,
        type: 'school',
        website: 'javascript:alert(1)',
        location: { latitude: 123, longitude: 7 },
      },
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body).map((error) => error.path)).toEqual(
      expect.arrayContaining(['website', 'location.latitude']),
    )
  })
})
