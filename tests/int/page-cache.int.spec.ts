/**
 * The page cache over HTTP: a public change shows on every cached page, in both languages,
 * whatever the server rendered before (route handlers such as the feed load their own copy of the
 * data modules; CI once kept English pages stale after the feed had been asked for).
 */
import { describe, expect, it } from 'vitest'

import { COLLECTIONS } from '@/constants'

import { testContext } from '../helpers/context'
import { uid } from '../helpers/fixtures'
import { api } from '../helpers/http'
import { sleep } from '../helpers/mail'

/** Polls a page as a reloading visitor would, until it shows `text` or `timeoutMs` passed. */
const shows = async (path: string, text: string, timeoutMs = 15_000): Promise<boolean> => {
  const started = Date.now()
  for (;;) {
    if ((await api({ path })).text.includes(text)) return true
    if (Date.now() - started > timeoutMs) return false
    await sleep(250)
  }
}

describe('cached public pages', () => {
  it('follow a change in both languages when the feed and the sitemap were rendered after pages', async () => {
    const { payload, fixtures } = await testContext()
    const product = await fixtures.product({ isPublished: true })
    const path = { de: `/produkte/${product.slug}`, en: `/en/produkte/${product.slug}` }
    // Pages, then route handlers (each loads the data modules the first time it runs), then both
    // pages of the product into the cache.
    for (const route of ['/', '/en', '/feed.xml', '/en/feed.xml', '/sitemap.xml'])
      expect((await api({ path: route })).status, route).toBe(200)
    expect(await shows(path.de, product.title)).toBe(true)
    expect(await shows(path.en, product.title)).toBe(true)

    // The product has German texts only: its English page shows them too (locale fallback).
    const renamed = `Umbenannt ${uid()}`
    await payload.update({
      collection: COLLECTIONS.transferProducts,
      id: product.id,
      data: { title: renamed, _status: 'published' },
      overrideAccess: true,
    })

    // English first: the language the stale copy left behind.
    expect(await shows(path.en, renamed), path.en).toBe(true)
    expect(await shows(path.de, renamed), path.de).toBe(true)
    await fixtures.remove({ collection: COLLECTIONS.transferProducts, id: product.id })
  })
})
