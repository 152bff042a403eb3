/**
 * How products look in a real Chromium: the hero's height on a phone and the picture it loads,
 * the placeholder of a product without a picture, the home page's card lists and grid, and the
 * printed product sheet (Chromium's own PDF) in both languages.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTIONS, type Locale } from '@/constants'
import { PRODUCTS } from '@/seed/content'

import { browserPerFile, siteUrl as url } from '../helpers/browser'
import { testContext, type TestContext } from '../helpers/context'

const session = browserPerFile()
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

const PHONE = { width: 390, height: 844 }
const WITH_PICTURE = 'zusatzqualifizierung-digitale-fertigungstechnik'
const productUrl = (locale: Locale, slug: string) =>
  url(`${locale === 'en' ? '/en' : ''}/produkte/${slug}`)

/** A page in a fresh context of the given viewport (the file's context is a desktop one). */
const openAt = async (viewport: { width: number; height: number }, address: string) => {
  const context = await session.browser.newContext({ locale: 'de-DE', viewport })
  const page = await context.newPage()
  await page.goto(address)
  return { page, close: () => context.close() }
}

/** A published product without a picture, once the public snapshot shows it. */
const productWithoutPicture = async () => {
  const product = await fixtures.product({ isPublished: true })
  created.push(product.id)
  await expect
    .poll(async () => (await fetch(productUrl('de', String(product.slug)))).status, {
      timeout: 15_000,
    })
    .toBe(200)
  return String(product.slug)
}

describe('the hero', () => {
  it('takes at most half of a phone screen and loads the smaller picture there', async () => {
    const { page, close } = await openAt(PHONE, productUrl('de', WITH_PICTURE))
    const hero = page.locator('img.product__hero')
    await hero.waitFor()
    await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.complete)).toBe(true)
    const box = await hero.boundingBox()
    expect(box!.height).toBeGreaterThan(0)
    expect(box!.height).toBeLessThanOrEqual(PHONE.height / 2)
    // The 800 px size, not the 1600 px one a wide screen gets.
    expect(await hero.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeLessThanOrEqual(
      800,
    )
    await close()
  })

  it('of a product without a picture is a placeholder with no text, in both languages', async () => {
    const slug = await productWithoutPicture()
    for (const locale of ['de', 'en'] as const) {
      const { page, close } = await openAt(PHONE, productUrl(locale, slug))
      const placeholder = page.locator('.product__hero')
      await placeholder.waitFor()
      expect(await placeholder.evaluate((element) => element.tagName)).toBe('DIV')
      expect(await placeholder.getAttribute('aria-hidden')).toBe('true')
      expect(await placeholder.evaluate((element) => element.textContent)).toBe('')
      expect(await placeholder.locator('text, img, title').count()).toBe(0)
      expect((await placeholder.boundingBox())!.height).toBeLessThanOrEqual(PHONE.height / 2)
      await close()
    }
  })
})

/** The horizontal extent of a card list and of its cards, from their computed positions. */
const gridLayout = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((list) => {
    const grid = list.getBoundingClientRect()
    const cards = [...list.children].map((card) => card.getBoundingClientRect())
    return {
      gridLeft: grid.left,
      gridRight: grid.right,
      cards: cards.length,
      columns: new Set(cards.map((card) => Math.round(card.left))).size,
      tracks: getComputedStyle(list)
        .gridTemplateColumns.split(' ')
        .filter((track) => parseFloat(track) > 0).length,
      left: Math.min(...cards.map((card) => card.left)),
      right: Math.max(...cards.map((card) => card.right)),
    }
  })

describe('the home page', () => {
  it('does not repeat a card of "new in the catalogue" under "most adopted"', async () => {
    const page = await session.context.newPage()
    await page.goto(url('/'))
    const slugs = (testId: string) =>
      page
        .getByTestId(testId)
        .locator('.card__title a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    const newest = await slugs('home-newest')
    const mostAdopted = await slugs('home-most-adopted')
    expect(newest.length).toBe(3)
    expect(mostAdopted.length).toBeGreaterThan(0)
    expect(newest.filter((href) => mostAdopted.includes(href))).toEqual([])
    await page.close()
  })

  it('puts three cards in a grid without an empty column', async () => {
    for (const width of [1280, 1920]) {
      const { page, close } = await openAt({ width, height: 900 }, url('/'))
      const layout = await gridLayout(page, 'home-newest')
      expect(layout.cards).toBe(3)
      // Every track holds a card, and the cards span the row from edge to edge.
      expect(layout.tracks).toBe(layout.columns)
      expect(Math.abs(layout.left - layout.gridLeft)).toBeLessThanOrEqual(1)
      expect(Math.abs(layout.right - layout.gridRight)).toBeLessThanOrEqual(1)
      await close()
    }
  })
})

/** Pages of a PDF: its page objects, not the page tree's `/Pages` nodes. */
const pdfPages = (pdf: Buffer): number =>
  pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)!.length

describe('the printed product sheet', () => {
  const LOCALES = ['de', 'en'] as const

  it('is one or two A4 pages for every demo product, in both languages', async () => {
    const page = await session.context.newPage()
    for (const product of PRODUCTS)
      for (const locale of LOCALES) {
        await page.goto(productUrl(locale, product.slug))
        const pages = pdfPages(await page.pdf({ format: 'A4', printBackground: true }))
        expect(pages, `${product.slug} (${locale})`).toBeGreaterThanOrEqual(1)
        expect(pages, `${product.slug} (${locale})`).toBeLessThanOrEqual(2)
      }
    await page.close()
  })

  it('shows the contact boxed at the top and leaves navigation, buttons and map out', async () => {
    const page = await session.context.newPage()
    for (const locale of LOCALES) {
      await page.goto(productUrl(locale, WITH_PICTURE))
      await page.emulateMedia({ media: 'print' })
      const contact = page.locator('.product__contact')
      expect(await contact.isVisible()).toBe(true)
      expect(await contact.innerText()).toContain('@')
      expect(await contact.evaluate((box) => getComputedStyle(box).borderTopStyle)).toBe('solid')
      // Above the description: within the first third of an A4 page (297 mm ≈ 1123 px).
      expect((await contact.boundingBox())!.y).toBeLessThan(1123 / 3)
      for (const selector of ['nav', '.product__map', '.product__actions', 'body > header'])
        for (const element of await page.locator(selector).all())
          expect(await element.isVisible(), selector).toBe(false)
      const sheetLine = page.locator('.sheet-line')
      expect(await sheetLine.isVisible()).toBe(true)
      expect(await sheetLine.innerText()).toContain('Transferkatalog')
      expect(await sheetLine.innerText()).toContain(
        `${locale === 'en' ? '/en' : ''}/produkte/${WITH_PICTURE}`,
      )
      // A link's address follows its text (a download, a link in the description).
      const linkAfter = await page
        .locator('.product a[href^="/api/media/"]')
        .first()
        .evaluate((link) => getComputedStyle(link, '::after').content)
      expect(linkAfter).toContain('/api/media/')
      await page.emulateMedia({ media: 'screen' })
    }
    await page.close()
  })
})
