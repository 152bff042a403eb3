/**
 * "Nicht mehr angeboten": who may retire a product and restore it (REST and Local API, exact
 * statuses, nothing told about other offices' products), and what the public sees meanwhile: the
 * product leaves search, facets, lists and the request form; its page stays and says so.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { COLLECTIONS } from '@/constants'
import { searchCatalogue } from '@/data/catalogue'
import type { ProductRetirement, TransferProduct } from '@/payload-types'

import type { Actor, ActorKey } from '../helpers/actors'
import { testContext } from '../helpers/context'
import { type Fixtures, uid } from '../helpers/fixtures'
import { api } from '../helpers/http'
import { sleep } from '../helpers/mail'
import { loadRequestForm, postRequestForm, validRequestFields } from '../helpers/requestForm'
import { fieldErrors } from '../helpers/review'
import { serverErrors } from '../helpers/serverLog'

let payload: Payload
let fixtures: Fixtures
let actors: Record<ActorKey, Actor>

beforeAll(async () => {
  ;({ payload, fixtures, actors } = await testContext())
})

const retirements = (productId: number) =>
  payload.find({
    collection: COLLECTIONS.productRetirements,
    where: { product: { equals: productId } },
    overrideAccess: true,
    depth: 0,
  })

/** Retire as an actor: REST (JWT) or the Local API without override. Status and field paths. */
const retire = async ({
  via,
  actor,
  body,
}: {
  via: 'rest' | 'local'
  actor: ActorKey
  body: Record<string, unknown>
}): Promise<{ status: number; paths: string[]; messages: string[]; doc?: ProductRetirement }> => {
  if (via === 'rest') {
    const response = await api({
      path: '/api/product-retirements?depth=0',
      method: 'POST',
      token: actors[actor].token,
      body,
    })
    const errors = fieldErrors(response)
    return {
      status: response.status,
      paths: errors.map((error) => error.path),
      messages: errors.map((error) => error.message),
      doc: (response.body as { doc?: ProductRetirement }).doc,
    }
  }
  try {
    const doc = await payload.create({
      collection: COLLECTIONS.productRetirements,
      data: body as never,
      depth: 0,
      user: actors[actor].user,
      overrideAccess: false,
    })
    return { status: 201, paths: [], messages: [], doc }
  } catch (error) {
    const failure = error as {
      status?: number
      data?: { errors?: { path: string; message: string }[] }
    }
    const errors = failure.data?.errors ?? []
    return {
      status: failure.status ?? 500,
      paths: errors.map((item) => item.path),
      messages: errors.map((item) => item.message),
    }
  }
}

const until = async (check: () => Promise<boolean>, timeoutMs = 6_000) => {
  const started = Date.now()
  while (!(await check()) && Date.now() - started < timeoutMs) await sleep(250)
  return check()
}

const inSearch = async (product: TransferProduct) =>
  (await searchCatalogue({ payload, locale: 'de', query: product.title })).entries.some(
    (entry) => entry.id === String(product.id),
  )

describe('retiring a product: who may', () => {
  for (const via of ['rest', 'local'] as const) {
    it(`the office of the product retires it; the server names who did (${via})`, async () => {
      const product = await fixtures.product({ isPublished: true })
      const result = await retire({
        via,
        actor: 'officeWest',
        body: { product: product.id, reason: 'Läuft aus.', retiredBy: actors.admin.user!.id },
      })
      expect(result.status).toBe(201)
      const [stored] = (await retirements(product.id)).docs
      expect(stored.retiredBy).toBe(actors.officeWest.user!.id)
    })

    it(`admins retire any product (${via})`, async () => {
      const product = await fixtures.product({
        isPublished: true,
        project: 'logistik-duisburg-moers',
      })
      expect(
        (await retire({ via, actor: 'admin', body: { product: product.id, reason: 'Ende.' } }))
          .status,
      ).toBe(201)
    })

    it(`project staff cannot retire their own product (${via})`, async () => {
      const product = await fixtures.product({ isPublished: true })
      const result = await retire({
        via,
        actor: 'projectStaff',
        body: { product: product.id, reason: 'Nein.' },
      })
      expect(result.status).toBe(403)
      expect((await retirements(product.id)).totalDocs).toBe(0)
    })

    it(`the office of another region cannot retire a published product of another office (${via})`, async () => {
      const product = await fixtures.product({ isPublished: true })
      const result = await retire({
        via,
        actor: 'officeSued',
        body: { product: product.id, reason: 'Fremd.' },
      })
      expect(result.status).toBe(400)
      expect(result.paths).toEqual(['product'])
      expect((await retirements(product.id)).totalDocs).toBe(0)
    })

    it(`another office's draft answers exactly like a product that does not exist (${via})`, async () => {
      const draft = await fixtures.product()
      const hidden = await retire({
        via,
        actor: 'officeSued',
        body: { product: draft.id, reason: 'Fremd.' },
      })
      const missing = await retire({
        via,
        actor: 'officeSued',
        body: { product: 99_999_999, reason: 'Fremd.' },
      })
      expect(hidden.status).toBe(400)
      expect(hidden.paths).toEqual(['product'])
      expect(hidden).toEqual(missing)
      expect((await retirements(draft.id)).totalDocs).toBe(0)
    })
  }

  it('the anonymous visitor cannot retire anything', async () => {
    const product = await fixtures.product({ isPublished: true })
    expect(
      (
        await retire({
          via: 'rest',
          actor: 'anonymous',
          body: { product: product.id, reason: 'x' },
        })
      ).status,
    ).toBe(403)
  })

  it('a product is retired once, and only with a reason', async () => {
    const product = await fixtures.product({ isPublished: true })
    const noReason = await retire({
      via: 'rest',
      actor: 'officeWest',
      body: { product: product.id },
    })
    expect(noReason.status).toBe(400)
    expect(noReason.paths).toEqual(['reason'])
    expect(
      (
        await retire({
          via: 'rest',
          actor: 'officeWest',
          body: { product: product.id, reason: 'Ende.' },
        })
      ).status,
    ).toBe(201)
    const twice = await retire({
      via: 'rest',
      actor: 'officeWest',
      body: { product: product.id, reason: 'Nochmal.' },
    })
    expect(twice.status).toBe(400)
    expect(twice.paths).toEqual(['product'])
    expect((await retirements(product.id)).totalDocs).toBe(1)
  })
})

describe('restoring (deleting the retirement)', () => {
  const DELETES: { actor: ActorKey; status: number }[] = [
    { actor: 'anonymous', status: 403 },
    { actor: 'projectStaff', status: 403 },
    { actor: 'officeSued', status: 403 },
    { actor: 'officeWest', status: 200 },
  ]
  for (const { actor, status } of DELETES) {
    it(`${actor} → ${status}`, async () => {
      const product = await fixtures.product({ isPublished: true })
      const record = await payload.create({
        collection: COLLECTIONS.productRetirements,
        data: { product: product.id, reason: 'Ende.' },
        overrideAccess: true,
      })
      const response = await api({
        path: `/api/product-retirements/${record.id}`,
        method: 'DELETE',
        token: actors[actor].token,
      })
      expect(response.status, response.text.slice(0, 300)).toBe(status)
      expect((await retirements(product.id)).totalDocs).toBe(status === 200 ? 0 : 1)
      if (status !== 200) expect(response.text).not.toContain('Ende.')
    })
  }
})

describe('what the public sees of a retired product', () => {
  it('leaves search, facets, the request form and the project page; its page says so and keeps its adoptions; restoring brings it back', async () => {
    const product = await fixtures.product({ isPublished: true })
    const adoption = await fixtures.adoption({ isPublic: true, product: product.slug! })
    const reason = `Wird nicht mehr gefördert ${uid()}`
    expect(await until(() => inSearch(product))).toBe(true)
    const kindCount = async () =>
      (await searchCatalogue({ payload, locale: 'de' })).facetCounts.kind.sonstiges ?? 0
    const before = await kindCount()

    const created = await api({
      path: '/api/product-retirements',
      method: 'POST',
      token: actors.officeWest.token,
      body: { product: product.id, reason },
    })
    expect(created.status).toBe(201)
    const record = (created.body as { doc: ProductRetirement }).doc

    expect(await until(async () => !(await inSearch(product)))).toBe(true)
    expect(await kindCount()).toBe(before - 1)
    const newest = await searchCatalogue({ payload, locale: 'de', sort: 'newest' })
    expect(newest.entries.map((entry) => entry.id)).not.toContain(String(product.id))

    const page = async (path: string) => (await api({ path })).text
    // Each page, as a visitor reloading it would: the page cache serves the old state for the
    // second it takes to notice the change.
    const settled = async (path: string, isCurrent: (html: string) => boolean) => {
      let html = ''
      const isSettled = await until(async () => isCurrent((html = await page(path))), 20_000)
      // On failure, say what the page showed instead: the notice (or its absence) and the title.
      const shown = /data-testid="retired"[\s\S]{0,400}/.exec(html)?.[0] ?? 'no retirement notice'
      expect(
        isSettled,
        `${path}: ${shown} / ${/<title>[^<]*/.exec(html)?.[0]}\nServer: ${serverErrors()}`,
      ).toBe(true)
      return html
    }
    const de = await settled(`/produkte/${product.slug}`, (html) => html.includes(reason))
    expect(de).toContain('Nicht mehr angeboten')
    expect(de).toContain('1-mal übernommen')
    expect(de).not.toContain(`/anfrage?produkt=${product.slug}`)
    const en = await settled(`/en/produkte/${product.slug}`, (html) => html.includes(reason))
    expect(en).toContain('No longer offered')
    await settled('/projekte/digitale-fertigungstechnik', (html) => !html.includes(product.title))

    // The request form neither offers it nor accepts it.
    const form = await loadRequestForm(inject('baseURL'), {
      slugs: [product.slug!],
      headers: { 'x-forwarded-for': '198.51.100.201' },
    })
    await settled(`/anfrage?produkt=${product.slug}`, (html) => !html.includes(product.title))
    await sleep(1_100)
    const organisation = `Retired ${uid()}`
    const posted = await postRequestForm(
      form,
      {
        products: [product.slug!],
        ...validRequestFields({ organisation }),
        answer: String(form.question.a + form.question.b),
      },
      { 'x-forwarded-for': '198.51.100.201' },
    )
    const html = await posted.text()
    expect(html).toMatch(/id="error-products">[^<]*nicht \(mehr\) im Katalog/)
    expect(
      (
        await payload.count({
          collection: COLLECTIONS.adoptionRequests,
          where: { 'requester.organisation': { equals: organisation } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)

    // Anyone reads the record of a published product; who retired it stays with staff.
    const publicRecord = await api({ path: `/api/product-retirements/${record.id}?depth=0` })
    expect(publicRecord.status).toBe(200)
    expect(publicRecord.body).not.toHaveProperty('retiredBy')

    const restored = await api({
      path: `/api/product-retirements/${record.id}`,
      method: 'DELETE',
      token: actors.officeWest.token,
    })
    expect(restored.status).toBe(200)
    expect(await until(() => inSearch(product))).toBe(true)
    expect(await kindCount()).toBe(before)
    const back = await settled(`/produkte/${product.slug}`, (html) => !html.includes(reason))
    expect(back).toContain(`/anfrage?produkt=${product.slug}`)
    await fixtures.remove({ collection: COLLECTIONS.adoptions, id: adoption.id })
  })
})
