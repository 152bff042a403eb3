/**
 * The public catalogue in a real Chromium against the built app on the demo database:
 * search, facets with and without JavaScript, product pages, languages, publishing from the
 * admin. axe-core on every public page type is in public-pages.e2e.spec.ts.
 */
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { COLLECTIONS } from '@/constants'
import { SEED_USERS } from '@/seed'

import { publicAdoptionCount } from '../helpers/actors'
import {
  browserPerFile,
  expectNoAxeViolations,
  logInToAdmin,
  siteUrl as url,
} from '../helpers/browser'
import { testContext, type TestContext } from '../helpers/context'
import { uid } from '../helpers/fixtures'

const session = browserPerFile()
let payload: TestContext['payload']
let fixtures: TestContext['fixtures']

beforeAll(async () => {
  ;({ payload, fixtures } = await testContext())
})

const resultCount = async (page: Page) =>
  Number((await page.locator('#results-heading').innerText()).match(/\d+/)?.[0] ?? NaN)

const search = async (page: Page, term: string) => {
  await page.goto(url('/produkte'))
  await page.getByLabel('Suchbegriff').fill(term)
  await page.getByRole('button', { name: 'Suchen' }).click()
  await page.waitForURL(/q=/)
}

describe('searching', () => {
  it('finds EUROKRAN by name', async () => {
    const page = await session.context.newPage()
    await search(page, 'eurokran')
    await expect.poll(() => page.locator('.card__title').first().innerText()).toContain('EUROKRAN')
    await page.close()
  })

  it('finds the business simulation by its kind', async () => {
    const page = await session.context.newPage()
    await search(page, 'Planspiel')
    await expect
      .poll(() => page.locator('.card__title').allInnerTexts())
      .toEqual(expect.arrayContaining([expect.stringContaining('EUROKRAN')]))
    await page.close()
  })
})

describe('facets', () => {
  it('narrow the list to the count they showed, without a full reload', async () => {
    const page = await session.context.newPage()
    await page.goto(url('/produkte'))
    const option = page.locator('label[for="facet-sector-metall-elektro"]')
    const shown = Number((await option.innerText()).match(/\((\d+)\)/)?.[1])
    await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true))
    await page.locator('#facet-sector-metall-elektro').check()
    await page.waitForURL(/sector=metall-elektro/)
    await expect.poll(() => resultCount(page)).toBe(shown)
    // Still the same document: the filter applied without a full page load.
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true)
    await page.goBack()
    await expect.poll(() => page.url()).not.toMatch(/sector=/)
    await page.close()
  })

  it('work with JavaScript switched off (a plain GET form)', async () => {
    const noScript = await session.browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' })
    const page = await noScript.newPage()
    await page.goto(url('/produkte'))
    const shown = Number(
      (await page.locator('label[for="facet-sector-metall-elektro"]').innerText()).match(
        /\((\d+)\)/,
      )?.[1],
    )
    await page.locator('#facet-sector-metall-elektro').check()
    await page.getByRole('button', { name: 'Filter anwenden' }).click()
    await page.waitForURL(/sector=metall-elektro/)
    expect(await resultCount(page)).toBe(shown)
    await noScript.close()
  })
})

describe('product page', () => {
  it('shows as many adoptions as there are public ones', async () => {
    const slug = 'zusatzqualifizierung-digitale-fertigungstechnik'
    const totalDocs = await publicAdoptionCount(payload, slug)
    const page = await session.context.newPage()
    await page.goto(url(`/produkte/${slug}`))
    expect(await page.getByTestId('adoption-count').innerText()).toBe(`${totalDocs}-mal übernommen`)
    await page.close()
  })

  it('switches to English and back', async () => {
    const page = await session.context.newPage()
    await page.goto(url('/produkte/planspiel-eurokran-an-schulen'))
    await page.getByRole('link', { name: 'English', exact: true }).click()
    await page.waitForURL(/\/en\/produkte\/planspiel-eurokran-an-schulen/)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('h1').innerText()).toBe('EUROKRAN business simulation at schools')
    await page.close()
  })
})

describe('saved list (Merkliste)', () => {
  it('keeps bookmarked products in the browser and compares them side by side', async () => {
    const visitor = await session.browser.newContext({ locale: 'de-DE' })
    const page = await visitor.newPage()
    await page.goto(url('/produkte?sort=title'))
    const titles = (await page.locator('.card__title').allInnerTexts()).slice(0, 2)
    for (const title of titles) await page.getByRole('button', { name: `Merken: ${title}` }).click()
    await expect
      .poll(() => page.getByRole('link', { name: /Merkliste/ }).innerText())
      .toBe('Merkliste (2)')
    await page.getByRole('link', { name: /Merkliste/ }).click()
    await page.waitForURL(/\/merkliste\?p=/)
    const headers = page.locator('table.compare thead th')
    await expect.poll(() => headers.allInnerTexts()).toEqual(titles)
    await expect.poll(() => page.title()).toContain('Merkliste')
    await expectNoAxeViolations(page)

    // Removing one updates the list and the comparison; a reload keeps the state.
    await page.getByRole('button', { name: `Von der Merkliste entfernen: ${titles[0]}` }).click()
    await expect.poll(() => headers.allInnerTexts()).toEqual([titles[1]])
    await page.reload()
    await expect.poll(() => headers.allInnerTexts()).toEqual([titles[1]])
    await visitor.close()
  })
})

describe('publishing from the admin', () => {
  it('shows a published change on the public page within seconds', async () => {
    const product = await fixtures.product({ isPublished: true })
    const pitch = `Ein Testprodukt, frisch überarbeitet (${uid()}).`
    const admin = await session.browser.newContext({ locale: 'de-DE' })
    const page = await admin.newPage()
    // The admin works under the Content-Security-Policy: nothing it needs is blocked.
    const blocked: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text())
    })
    await logInToAdmin(page, SEED_USERS.office)
    await page.goto(url(`/admin/collections/transfer-products/${product.id}`))
    await page.locator('#field-pitch').fill(pitch)
    await page.locator('#action-save').click()
    await expect
      .poll(
        async () => {
          const stored = await payload.findByID({
            collection: COLLECTIONS.transferProducts,
            id: product.id,
            overrideAccess: true,
          })
          return stored._status === 'published' && stored.pitch
        },
        { timeout: 15_000 },
      )
      .toBe(pitch)
    expect(blocked).toEqual([])
    await admin.close()

    const visitor = await session.context.newPage()
    await expect
      .poll(
        async () => {
          await visitor.goto(url(`/produkte/${product.slug}`))
          return visitor.locator('.tagline').innerText()
        },
        { timeout: 15_000, interval: 1_000 },
      )
      .toBe(pitch)
    await visitor.goto(url(`/produkte?q=${encodeURIComponent('frisch überarbeitet')}`))
    await expect
      .poll(() => visitor.locator('.card__title').first().innerText(), { timeout: 10_000 })
      .toBe(product.title)
    await visitor.close()
    await fixtures.remove({ collection: COLLECTIONS.transferProducts, id: product.id })
  })
})
