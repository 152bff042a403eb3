/**
 * Where documents belong and who may move them: publishing stays with the product's office,
 * a project's office is the single source of its products' and adoptions' office, and source
 * requests cannot be borrowed across products or offices.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { COLLECTIONS } from '@/constants'

import { type Actor, type ActorKey, idOf } from '../helpers/actors'
import { type Fixtures, uid } from '../helpers/fixtures'
import { api } from '../helpers/http'
import { testContext } from '../helpers/context'

let payload: Payload
let fixtures: Fixtures
let actors: Record<ActorKey, Actor>

beforeAll(async () => {
  ;({ payload, fixtures, actors } = await testContext())
})

const isPublic = async (id: number) =>
  (await api({ path: `/api/transfer-products/${id}?depth=0` })).status === 200

describe('project staff', () => {
  it('cannot take a published product offline with a plain save', async () => {
    const product = await fixtures.product({ isPublished: true })
    const response = await api({
      path: `/api/transfer-products/${product.id}?depth=0`,
      method: 'PATCH',
      token: actors.projectStaff.token,
      body: { _status: 'draft', pitch: `Entwurf ${uid()}` },
    })
    expect(response.status).toBe(200)
    expect(await isPublic(product.id)).toBe(true)
    const stored = await payload.findByID({
      collection: COLLECTIONS.transferProducts,
      id: product.id,
      overrideAccess: true,
    })
    expect(stored._status).toBe('published')
    expect(stored.pitch).toBe(product.pitch)
  })

  it('have their changes kept as a draft that the office can read', async () => {
    const product = await fixtures.product({ isPublished: true })
    const pitch = `Überarbeitet ${uid()}`
    await payload.update({
      collection: COLLECTIONS.transferProducts,
      id: product.id,
      data: { pitch },
      user: actors.projectStaff.user,
      overrideAccess: false,
    })
    const draft = await payload.findByID({
      collection: COLLECTIONS.transferProducts,
      id: product.id,
      draft: true,
      user: actors.officeWest.user,
      overrideAccess: false,
    })
    expect(draft.pitch).toBe(pitch)
  })
})

describe('office staff', () => {
  it('list their office’s drafts the way the admin list asks for them (draft=true)', async () => {
    const product = await fixtures.product()
    const own = await api({
      path: `/api/transfer-products?draft=true&limit=0&depth=0&where[id][equals]=${product.id}`,
      token: actors.officeWest.token,
    })
    expect((own.body as { docs: { id: number }[] }).docs.map((doc) => doc.id)).toEqual([product.id])
    const other = await api({
      path: `/api/transfer-products?draft=true&limit=0&depth=0&where[id][equals]=${product.id}`,
      token: actors.officeSued.token,
    })
    expect((other.body as { docs: unknown[] }).docs).toHaveLength(0)
  })

  it('follow a project that moves to another office, with its products and adoptions', async () => {
    const project = await fixtures.project({ office: 'rb-west' })
    const product = await payload.create({
      collection: COLLECTIONS.transferProducts,
      data: {
        _status: 'published',
        title: `Umzug ${uid()}`,
        pitch: 'Zieht um.',
        kind: 'app',
        transferStatus: 'tested',
        originProject: project.id,
        contact: { role: 'Büro', email: 'b@example.org' },
      },
      overrideAccess: true,
    })
    const adoption = await payload.create({
      collection: COLLECTIONS.adoptions,
      data: {
        product: product.id,
        organisation: (await fixtures.organisation()).id,
        place: { city: 'Essen' },
        status: 'pilot',
      },
      overrideAccess: true,
    })
    await payload.update({
      collection: COLLECTIONS.projects,
      id: project.id,
      data: { office: await idOf(payload, COLLECTIONS.regionalOffices, 'rb-sued') },
      overrideAccess: true,
    })

    const edit = (key: 'officeWest' | 'officeSued') =>
      api({
        path: `/api/transfer-products/${product.id}`,
        method: 'PATCH',
        token: actors[key].token,
        body: { pitch: `Neu ${uid()}` },
      })
    expect((await edit('officeWest')).status).toBe(403)
    expect((await edit('officeSued')).status).toBe(200)
    const readAdoption = (key: 'officeWest' | 'officeSued') =>
      api({ path: `/api/adoptions/${adoption.id}`, token: actors[key].token })
    expect((await readAdoption('officeWest')).status).toBe(404)
    expect((await readAdoption('officeSued')).status).toBe(200)
  })

  const recordAdoption = async ({
    actor,
    sourceRequest,
    product = 'zusatzqualifizierung-digitale-fertigungstechnik',
  }: {
    actor: 'officeWest' | 'officeSued'
    sourceRequest: number
    product?: string
  }) =>
    api({
      path: '/api/adoptions',
      method: 'POST',
      token: actors[actor].token,
      body: {
        product: await idOf(payload, COLLECTIONS.transferProducts, product),
        organisation: (await fixtures.organisation()).id,
        place: { city: 'Essen' },
        status: 'pilot',
        sourceRequest,
      },
    })

  it('cannot link an adoption to a request for another product', async () => {
    const request = await fixtures.request({
      state: 'NW',
      product: 'planspiel-eurokran-an-schulen',
    })
    const response = await recordAdoption({ actor: 'officeWest', sourceRequest: request.id })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('sourceRequest')
  })

  it('cannot link an adoption to another office’s request', async () => {
    // A Süd product, requested from NRW: the request went to West, so Süd may not use it.
    const sued = await fixtures.product({ project: 'kukudi', isPublished: true })
    const request = await fixtures.request({ state: 'NW', product: sued.slug! })
    const response = await recordAdoption({
      actor: 'officeSued',
      sourceRequest: request.id,
      product: sued.slug!,
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('sourceRequest')
  })

  it('can link an adoption to its own request for the same product', async () => {
    const request = await fixtures.request({ state: 'NW' })
    const response = await recordAdoption({ actor: 'officeWest', sourceRequest: request.id })
    expect(response.status).toBe(201)
  })

  it('cannot sort adoptions by the requester data of source requests', async () => {
    for (const key of ['officeSued', 'anonymous'] as const) {
      const response = await api({
        path: '/api/adoptions?sort=sourceRequest.requester.email&limit=0',
        token: actors[key].token,
      })
      expect(response.status, key).toBe(400)
      expect(response.text, key).not.toMatch(/"docs"/)
    }
  })
})

describe('scheduled publishing', () => {
  const schedule = async ({
    productId,
    actor,
  }: {
    productId: number
    actor: 'officeWest' | 'projectStaff'
  }) => {
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: COLLECTIONS.transferProducts, value: productId },
        user: { relationTo: COLLECTIONS.users, value: actors[actor].user!.id },
      },
      waitUntil: new Date(Date.now() - 1000),
    })
    await payload.jobs.run({ queue: 'default' })
    return payload.findByID({
      collection: COLLECTIONS.transferProducts,
      id: productId,
      overrideAccess: true,
    })
  }

  it('publishes a product at the time its office chose', async () => {
    const product = await fixtures.product()
    expect((await schedule({ productId: product.id, actor: 'officeWest' }))._status).toBe(
      'published',
    )
    expect(await isPublic(product.id)).toBe(true)
  })

  it('does not publish what project staff scheduled, since they may not publish', async () => {
    const product = await fixtures.product()
    expect((await schedule({ productId: product.id, actor: 'projectStaff' }))._status).toBe('draft')
    expect(await isPublic(product.id)).toBe(false)
  })
})
