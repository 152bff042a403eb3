/** The OpenGraph image of a product, drawn by the app in the page's language, over HTTP. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { COLLECTIONS } from '@/constants'
import { PUBLIC_CACHE_CONTROL } from '@/lib/http/cacheHeaders'

import { testContext, type TestContext } from '../helpers/context'
import { uid } from '../helpers/fixtures'
import { api } from '../helpers/http'

let payload: TestContext['payload']
let fixtures: TestContext['fixtures']
const created: (number | string)[] = []

beforeAll(async () => {
  ;({ payload, fixtures } = await testContext())
})

afterAll(async () => {
  for (const id of created)
    await payload.delete({ collection: COLLECTIONS.transferProducts, id, overrideAccess: true })
})

const imagePath = (locale: 'de' | 'en', slug: string) =>
  `${locale === 'en' ? '/en' : ''}/produkte/${slug}/opengraph-image`

/** Status, type, cache policy and (for a PNG) the size from its IHDR chunk. */
const fetchImage = async (path: string) => {
  const response = await fetch(`${inject('baseURL')}${path}`)
  const bytes = Buffer.from(await response.arrayBuffer())
  const isPng = bytes.subarray(1, 4).toString('latin1') === 'PNG'
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    cacheControl: response.headers.get('cache-control'),
    size: isPng ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : null,
  }
}

const product = async ({ isPublished }: { isPublished: boolean }) => {
  const doc = await fixtures.product({ isPublished })
  created.push(doc.id)
  return String(doc.slug)
}

describe('the OpenGraph image of a product', () => {
  it('is a 1200×630 PNG in German and English for a published product', async () => {
    const slug = await product({ isPublished: true })
    await expect
      .poll(async () => (await fetchImage(imagePath('de', slug))).status, { timeout: 15_000 })
      .toBe(200)
    for (const locale of ['de', 'en'] as const)
      expect(await fetchImage(imagePath(locale, slug))).toEqual({
        status: 200,
        type: 'image/png',
        cacheControl: PUBLIC_CACHE_CONTROL,
        size: { width: 1200, height: 630 },
      })
  })

  it('is what the product page names as its og:image, in the page language', async () => {
    const slug = 'zusatzqualifizierung-digitale-fertigungstechnik'
    for (const locale of ['de', 'en'] as const) {
      const page = await api({ path: `${locale === 'en' ? '/en' : ''}/produkte/${slug}` })
      const content = /<meta property="og:image" content="([^"]+)"/.exec(page.text)?.[1]
      expect(content && new URL(content).pathname).toBe(imagePath(locale, slug))
      expect(page.text).toContain('<meta property="og:image:width" content="1200"/>')
      expect((await fetchImage(imagePath(locale, slug))).status).toBe(200)
    }
  })

  it('answers 404 for an unknown slug', async () => {
    for (const locale of ['de', 'en'] as const) {
      const answer = await fetchImage(imagePath(locale, `gibt-es-nicht-${uid()}`))
      expect(answer.status).toBe(404)
      expect(answer.cacheControl).toBe('no-store')
    }
  })

  it('answers 404 for an unpublished product', async () => {
    const slug = await product({ isPublished: false })
    for (const locale of ['de', 'en'] as const)
      expect((await fetchImage(imagePath(locale, slug))).status).toBe(404)
  })
})
