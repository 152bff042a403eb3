/**
 * Every public page type, German and English, in a real Chromium on a phone (320 px) and a
 * desktop (1280 px) width: axe-core finds no WCAG 2.1 AA violation, and on the phone nothing
 * makes the page scroll sideways. The list of pages is tests/helpers/publicPages.ts.
 */
import type { BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTIONS } from '@/constants'

import { browserPerFile, expectNoAxeViolations, siteUrl } from '../helpers/browser'
import { testContext, type TestContext } from '../helpers/context'
import { pagePath, PUBLIC_PAGES, type PublicPage } from '../helpers/publicPages'

const session = browserPerFile()
let fixtures: TestContext['fixtures']
/** A request of this file, for its tracking page. */
let request: { id: number; trackingToken?: string | null }

const WIDTHS = [320, 1280] as const
const contexts = new Map<number, BrowserContext>()

beforeAll(async () => {
  ;({ fixtures } = await testContext())
  request = await fixtures.request()
  for (const width of WIDTHS)
    contexts.set(
      width,
      await session.browser.newContext({ locale: 'de-DE', viewport: { width, height: 800 } }),
    )
})

afterAll(async () => {
  for (const context of contexts.values()) await context.close()
  await fixtures.remove({ collection: COLLECTIONS.adoptionRequests, id: request.id })
})

/** Opens the page at `width` as a visitor would, once it has loaded. */
const open = async (page: PublicPage, width: number) => {
  const tab = await contexts.get(width)!.newPage()
  const response = await tab.goto(siteUrl(pagePath(page, request.trackingToken as string)))
  expect(response?.status(), page.path).toBe(page.status)
  await tab.waitForFunction(() => document.documentElement.lang !== '')
  return tab
}

describe.each(WIDTHS)('at %i px wide', (width) => {
  it.each(PUBLIC_PAGES.map((page) => [page.name, page] as const))(
    '%s has no axe violations',
    async (_name, page) => {
      const tab = await open(page, width)
      await expectNoAxeViolations(tab)
      await tab.close()
    },
  )
})

describe('on a 320 px phone', () => {
  it.each(PUBLIC_PAGES.map((page) => [page.name, page] as const))(
    '%s does not scroll sideways',
    async (_name, page) => {
      const tab = await open(page, 320)
      const { scrollWidth, viewport, widest } = await tab.evaluate(() => {
        const viewport = window.innerWidth
        // Names what sticks out, so a failure says where to look.
        const widest = [...document.body.querySelectorAll('*')]
          .filter((element) => element.getBoundingClientRect().right > viewport + 0.5)
          .slice(0, 5)
          .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`)
        return { scrollWidth: document.documentElement.scrollWidth, viewport, widest }
      })
      expect(scrollWidth, `${page.path}: ${widest.join(', ')}`).toBeLessThanOrEqual(viewport)
      await tab.close()
    },
  )
})
