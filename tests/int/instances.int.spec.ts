/**
 * Two app instances on one database: a publish, an edit and an unpublish through one instance
 * show on the other's catalogue, search, facets and product page within seconds, while the other
 * instance keeps answering from its cached snapshot.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { COLLECTIONS } from '@/constants'

import { idOf } from '../helpers/actors'
import { startApp } from '../helpers/app'
import { testContext, type TestContext } from '../helpers/context'
import { testEnvironment } from '../helpers/env'
import { uid } from '../helpers/fixtures'
import { api } from '../helpers/http'
import { freePort } from '../helpers/processes'

/** What "within seconds" means here: two fingerprint checks and a rebuild, with room to spare. */
const WITHIN_MS = 10_000

let context: TestContext
let second: Awaited<ReturnType<typeof startApp>>

beforeAll(async () => {
  context = await testContext()
  // The second instance works no job queues: one instance runs them (see README).
  second = await startApp({
    port: await freePort(),
    env: { ...testEnvironment(inject('testDirectory')), PAYLOAD_DISABLE_JOBS: 'true' },
  })
})

afterAll(async () => {
  await second?.stop()
})

const fetchSecond = async (path: string) => {
  const response = await fetch(`${second.url}${path}`)
  return {
    status: response.status,
    text: await response.text(),
    /** Whether Next served the page from its cache (HIT) or rendered it (MISS). */
    cache: response.headers.get('x-nextjs-cache'),
    cacheControl: response.headers.get('cache-control'),
  }
}

/** Polls the second instance until `check` holds; returns how long that took. */
const seenOnSecond = async (
  path: string,
  check: (page: Awaited<ReturnType<typeof fetchSecond>>) => boolean,
) => {
  const started = Date.now()
  let last: Awaited<ReturnType<typeof fetchSecond>> = {
    status: 0,
    text: '',
    cache: null,
    cacheControl: null,
  }
  while (Date.now() - started < WITHIN_MS) {
    last = await fetchSecond(path)
    if (check(last)) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(
    `${path} on the second instance did not change within ${WITHIN_MS} ms (status ${last.status})`,
  )
}

describe('two instances sharing one database', () => {
  it('see each other’s publish, edit and unpublish within seconds', async () => {
    const marker = `zweiinstanz${uid()}`
    const slug = `zwei-instanzen-${marker}`
    const search = `/produkte?q=${marker}&kind=planspiel`
    // The second instance has built its catalogue and answers without the product.
    expect((await fetchSecond(search)).text).not.toContain(slug)
    expect((await fetchSecond(`/produkte/${slug}`)).status).toBe(404)

    // Published through the first instance's REST API, as office staff would in the admin.
    const token = context.actors.admin.token
    const created = await api({
      path: '/api/transfer-products',
      method: 'POST',
      token,
      body: {
        _status: 'published',
        title: `Planspiel ${marker}`,
        slug,
        pitch: 'Ein Planspiel, das zeigt, dass zwei Instanzen dasselbe sehen.',
        kind: 'planspiel',
        transferStatus: 'tested',
        originProject: await idOf(
          context.payload,
          COLLECTIONS.projects,
          'digitale-fertigungstechnik',
        ),
        contact: { role: 'Transferberatung', email: 'transfer@example.org' },
      },
    })
    expect(created.status, created.text).toBe(201)
    const id = (created.body as { doc: { id: number | string } }).doc.id

    const published = await seenOnSecond(search, (page) => page.text.includes(`/produkte/${slug}`))
    // The kind facet on the second instance counts it too.
    const facets = await fetchSecond(`/produkte?q=${marker}`)
    expect(facets.text).toMatch(
      /id="facet-kind-planspiel"[\s\S]*?facet__count">\((?:<!-- -->)?1(?:<!-- -->)?\)/,
    )
    expect((await fetchSecond(`/produkte/${slug}`)).status).toBe(200)

    const renamed = await api({
      path: `/api/transfer-products/${id}`,
      method: 'PATCH',
      token,
      body: { title: `Umbenannt ${marker}` },
    })
    expect(renamed.status, renamed.text).toBe(200)
    const edited = await seenOnSecond(`/produkte/${slug}`, (page) =>
      page.text.includes(`Umbenannt ${marker}`),
    )

    const unpublished = await api({
      path: `/api/transfer-products/${id}`,
      method: 'PATCH',
      token,
      body: { _status: 'draft' },
    })
    expect(unpublished.status, unpublished.text).toBe(200)
    const gone = await seenOnSecond(`/produkte/${slug}`, (page) => page.status === 404)
    expect((await fetchSecond(search)).text).not.toContain(`/produkte/${slug}`)

    console.info(
      `second instance saw the publish after ${published} ms, the edit after ${edited} ms, the unpublish after ${gone} ms`,
    )
  })

  it('see an edit that is not the newest by its time stamp (an instance whose clock is behind)', async () => {
    const { payload, fixtures } = context
    const product = await fixtures.product({ isPublished: true })
    // Another product changes after it, so its own time stamp is no longer the newest.
    const later = await fixtures.product({ isPublished: true })
    // Wait until the second instance's snapshot has both (its search shows the later one), and
    // its product page is cached in that snapshot.
    await seenOnSecond(`/produkte?q=${encodeURIComponent(later.title)}`, (page) =>
      page.text.includes(`/produkte/${later.slug}`),
    )
    expect((await fetchSecond(`/produkte/${product.slug}`)).text).toContain(product.title)

    const title = `Nachgehende Uhr ${uid()}`
    await payload.update({
      collection: COLLECTIONS.transferProducts,
      id: product.id,
      data: { title },
      overrideAccess: true,
    })
    // As if saved by an instance whose clock is behind: the edit keeps its old time stamp, so
    // neither the number of products nor the newest updatedAt changes.
    await payload.db.updateOne({
      collection: COLLECTIONS.transferProducts,
      id: product.id,
      data: { updatedAt: product.updatedAt },
      returning: false,
    })
    await seenOnSecond(`/produkte/${product.slug}`, (page) => page.text.includes(title))
  })

  it('serve public pages from the page cache and drop them when another instance publishes', async () => {
    const { payload, fixtures } = context
    const product = await fixtures.product({ isPublished: true })
    const path = `/produkte/${product.slug}`
    const home = '/en'
    // Rendered once, then served from the second instance's cache, with a header that lets a
    // CDN keep it for a few seconds.
    await seenOnSecond(path, (page) => page.status === 200 && page.cache === 'HIT')
    await seenOnSecond(home, (page) => page.cache === 'HIT')
    const cached = await fetchSecond(path)
    expect(cached.text).toContain(product.title)
    expect(cached.cacheControl).toBe('public, s-maxage=3, stale-while-revalidate=60')

    // An edit through the first instance's Local API (its hooks record the public change).
    const title = `Aus dem Cache ${uid()}`
    const started = Date.now()
    await payload.update({
      collection: COLLECTIONS.transferProducts,
      id: product.id,
      data: { title },
      overrideAccess: true,
    })
    await seenOnSecond(path, (page) => page.text.includes(title))
    const refreshed = Date.now() - started
    // Every cached page was dropped, not only the edited one: the English home page lists it too.
    await seenOnSecond(home, (page) => page.cache === 'MISS' || page.text.includes(title))
    // And it is cached again afterwards.
    await seenOnSecond(path, (page) => page.cache === 'HIT' && page.text.includes(title))
    console.info(`second instance served the edited product page after ${refreshed} ms`)
  })

  it('never let a shared cache keep a personal or per-request page', async () => {
    const { fixtures } = context
    const { trackingToken } = await fixtures.request()
    expect(trackingToken).toBeTruthy()
    for (const path of [
      '/produkte?q=planspiel',
      '/karte?kind=planspiel',
      '/merkliste?p=planspiel-eurokran-an-schulen',
      '/anfrage',
      `/anfrage/${trackingToken}`,
      '/vorschau/produkte/1',
      '/admin/login',
    ]) {
      const page = await fetchSecond(path)
      expect(page.cacheControl, path).toMatch(/private, no-cache, no-store/)
      expect(page.cache, path).toBeNull()
    }
  })
})
