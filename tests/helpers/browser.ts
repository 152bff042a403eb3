import { createRequire } from 'node:module'

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject } from 'vitest'

import { TEST_PASSWORD } from './env'

const require = createRequire(import.meta.url)

/** Debian's Chromium; Playwright's own browser download is not available on these machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

// Without the sandbox, which needs kernel features that containers and CI runners often lack.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: FLAGS })

export type BrowserSession = { browser: Browser; context: BrowserContext }

/**
 * The browser of one test file: launched before its tests, closed after them, with a German
 * visitor's context to open pages in. Tests that need another visitor open their own context.
 */
export const browserPerFile = (): BrowserSession => {
  const session = {} as BrowserSession
  beforeAll(async () => {
    session.browser = await launchBrowser()
    session.context = await session.browser.newContext({ locale: 'de-DE' })
  })
  afterAll(async () => {
    await session.browser?.close()
  })
  return session
}

/** A path on the app under test. */
export const siteUrl = (path: string): string => `${inject('baseURL')}${path}`

/** Logs a seeded staff member into the admin and waits until it has left the login page. */
export const logInToAdmin = async (page: Page, email: string): Promise<void> => {
  await page.goto(siteUrl('/admin/login'))
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(TEST_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((target) => !target.pathname.endsWith('/login'))
}

export type AxeViolation = {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/**
 * Runs axe-core in the page (what @axe-core/playwright does) for WCAG 2.1 A and AA rules, on the
 * whole document or only on the part matching `include` (an admin view of ours inside Payload's).
 */
export const axeViolations = async (page: Page, include?: string): Promise<AxeViolation[]> => {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
  return page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document | { include: string[] },
            options: object,
          ) => Promise<{ violations: AxeViolation[] }>
        }
      }
    ).axe
    const { violations } = await axe.run(selector ? { include: [selector] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })
    return violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target }) => ({ target })),
    }))
  }, include)
}

/** Fails with axe-core's findings, readable, when the page has any. */
export const expectNoAxeViolations = async (page: Page, include?: string): Promise<void> => {
  const violations = await axeViolations(page, include)
  expect(violations, JSON.stringify(violations, null, 1)).toEqual([])
}
