/**
 * The admin as offices see it, in a real Chromium: the request list (title, columns, days since
 * the last change, "nicht zugewiesen"), German dates in lists, the document sidebar and the
 * version history, the catalogue's own login page (logo, purpose, contact, axe) and the favicons.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTIONS } from '@/constants'
import type { AdoptionRequest, TransferProduct, User } from '@/payload-types'

import { browserPerFile, expectNoAxeViolations, logInToAdmin, siteUrl } from '../helpers/browser'
import { testContext, type TestContext } from '../helpers/context'
import { uid } from '../helpers/fixtures'

const session = browserPerFile()
let payload: TestContext['payload']
let fixtures: TestContext['fixtures']
/** An office West account of this file's own, so its saved list columns touch no other test. */
let staff: User
let request: AdoptionRequest
let product: TransferProduct

/** 30.11.2026 19:47: day, month, year, 24-hour time. */
const GERMAN_DATE_TIME = /\b\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}\b/
/** What Payload showed before: month names, "nachm."/"vorm.", US order. */
const OTHER_DATE_FORMATS =
  /nachm\.|vorm\.|\b(?:AM|PM)\b|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|\d{1,2}\/\d{1,2}\/\d{4}/

beforeAll(async () => {
  ;({ payload, fixtures } = await testContext())
  staff = await fixtures.user({ office: 'rb-west' })
  const marker = uid()
  request = await fixtures.request({
    requester: {
      name: `Erika Beispiel ${marker}`,
      organisation: `Stadt Musterhausen ${marker}`,
      email: `liste-${marker}@example.com`,
      city: 'Musterhausen',
    },
  })
  product = await fixtures.product()
  // A second version, so the history has something to list.
  await payload.update({
    collection: COLLECTIONS.transferProducts,
    id: product.id,
    data: { pitch: 'Eine geänderte Kurzbeschreibung für die Versionsliste.' },
    draft: true,
    overrideAccess: true,
  })
})

afterAll(async () => {
  await fixtures.remove(
    { collection: COLLECTIONS.adoptionRequests, id: request.id },
    { collection: COLLECTIONS.transferProducts, id: product.id },
    { collection: COLLECTIONS.users, id: staff.id },
  )
})

const listUrl = (query: Record<string, string>) =>
  siteUrl(`/admin/collections/adoption-requests?${new URLSearchParams(query)}`)

/** The list row holding the request (waits for it). */
const requestRow = async (page: Page) => {
  const row = page.locator('tbody tr', { hasText: request.title as string })
  await row.waitFor({ timeout: 30_000 })
  return row
}

describe('the request list for offices', () => {
  it(
    'shows the title, the office columns, the days since the last change and "nicht zugewiesen"',
    { timeout: 120_000 },
    async () => {
      const context = await session.browser.newContext({ locale: 'de-DE' })
      const page = await context.newPage()
      await logInToAdmin(page, staff.email)
      await page.goto(listUrl({ search: request.requester.email }))
      const row = await requestRow(page)
      const headers = (await page.locator('thead th').allInnerTexts()).map((text) => text.trim())
      for (const header of [
        'Anfrage',
        'Anfragende Stelle > Organisation',
        'Anfragende Stelle > Ansprechperson',
        'Anfragende Stelle > Bundesland',
        'Produkte',
        'Status',
        'Zuständig',
        'Seit letzter Änderung',
      ])
        expect(headers, header).toContain(header)
      expect(headers).not.toContain('ID')
      const cells = (await row.locator('td').allInnerTexts()).map((text) => text.trim())
      expect(cells).toContain(request.title)
      expect(request.title).toMatch(/^Stadt Musterhausen \w+ · \d{2}\.\d{2}\.\d{4}$/)
      expect(cells).toContain(request.requester.organisation)
      expect(cells).toContain(request.requester.name)
      expect(cells).toContain('Nordrhein-Westfalen')
      expect(cells).toContain('Neu')
      expect(cells).toContain('nicht zugewiesen')
      expect(cells).toContain('heute')
      expect(await row.innerText()).not.toContain('Kein')
      // The search field says what it searches.
      expect(await page.locator('.custom-view-description').innerText()).toContain(
        'Organisation, E-Mail-Adresse oder Ort',
      )
      await context.close()
    },
  )

  it(
    'shows dates as dd.MM.yyyy HH:mm in the list, the document sidebar and the version history',
    { timeout: 120_000 },
    async () => {
      const context = await session.browser.newContext({ locale: 'de-DE' })
      const page = await context.newPage()
      await logInToAdmin(page, staff.email)
      await page.goto(
        listUrl({
          search: request.requester.email,
          columns: JSON.stringify(['title', 'createdAt', 'updatedAt', 'statusChangedAt']),
        }),
      )
      const row = await requestRow(page)
      // After the row's checkbox and the title; the list may still be loading the new columns.
      const dates = async () =>
        (await row.locator('td').allInnerTexts()).slice(2).map((text) => text.trim())
      const exactly = new RegExp(`^${GERMAN_DATE_TIME.source}$`)
      await expect
        .poll(async () => (await dates()).map((date) => exactly.test(date)), { timeout: 20_000 })
        .toEqual([true, true, true])

      await page.goto(siteUrl(`/admin/collections/adoption-requests/${request.id}`))
      const sidebar = page.locator('.doc-controls__meta')
      await sidebar.waitFor({ timeout: 30_000 })
      await expect.poll(() => sidebar.innerText()).toMatch(GERMAN_DATE_TIME)
      const meta = await sidebar.innerText()
      expect(meta).toContain('Zuletzt geändert')
      expect(meta).not.toMatch(OTHER_DATE_FORMATS)
      expect(await page.locator('#field-statusChangedAt input').inputValue()).toMatch(
        new RegExp(`^${GERMAN_DATE_TIME.source}$`),
      )
      expect(await page.locator('h1').first().innerText()).toBe(request.title)

      await page.goto(siteUrl(`/admin/collections/transfer-products/${product.id}/versions`))
      const versionRow = page.locator('tbody tr').first()
      await versionRow.waitFor({ timeout: 30_000 })
      // The date cell says "Lädt..." until the version list has its dates.
      await expect.poll(() => versionRow.innerText(), { timeout: 15_000 }).toMatch(GERMAN_DATE_TIME)
      expect(await page.locator('tbody').innerText()).not.toMatch(OTHER_DATE_FORMATS)
      await context.close()
    },
  )
})

describe('the login page', () => {
  it('shows the catalogue’s logo, what the admin is for and whom to contact, and passes axe', async () => {
    const context = await session.browser.newContext({ locale: 'de-DE' })
    const page = await context.newPage()
    await page.goto(siteUrl('/admin/login'))
    const logo = page.locator('.login__brand svg[role="img"]')
    await logo.waitFor()
    expect(await logo.getAttribute('aria-label')).toBe('Transferkatalog')
    expect(await page.locator('.login__brand').innerHTML()).not.toContain('payload')
    await page
      .getByRole('heading', { name: 'Redaktion und Anfragen des Transferkatalogs' })
      .waitFor()
    const intro = await page.locator('.tk-login-intro').innerText()
    expect(intro).toContain('Regionalbüros prüfen und veröffentlichen')
    expect(intro).toContain('Programmstelle JOBSTARTER plus')
    expect(await page.getByRole('link', { name: 'kontakt@example.org' }).getAttribute('href')).toBe(
      'mailto:kontakt@example.org',
    )
    await expectNoAxeViolations(page)
    await context.close()
  })

  it('speaks English to an English browser', async () => {
    const context = await session.browser.newContext({ locale: 'en-GB' })
    const page = await context.newPage()
    await page.goto(siteUrl('/admin/login'))
    await page
      .getByRole('heading', { name: 'Editing and requests of the Transferkatalog' })
      .waitFor()
    expect(await page.locator('.tk-login-intro').innerText()).toContain(
      'JOBSTARTER plus programme office',
    )
    await expectNoAxeViolations(page)
    await context.close()
  })
})

describe('favicons', () => {
  it('the admin and the public site link an icon that answers 200, and /favicon.ico exists', async () => {
    const page = await session.context.newPage()
    for (const path of ['/admin/login', '/', '/en/produkte']) {
      await page.goto(siteUrl(path))
      const hrefs = await page
        .locator('link[rel="icon"]')
        .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href))
      expect(hrefs.length, path).toBeGreaterThan(0)
      for (const href of hrefs) {
        const response = await page.request.get(href)
        expect(response.status(), `${path} ${href}`).toBe(200)
        expect(response.headers()['content-type'], href).toContain('image/svg+xml')
        expect(await response.text()).toContain('<svg')
      }
    }
    const ico = await page.request.get(siteUrl('/favicon.ico'))
    expect(ico.status()).toBe(200)
    expect(ico.headers()['content-type']).toBe('image/x-icon')
    const bytes = await ico.body()
    expect([...bytes.subarray(0, 6)]).toEqual([0, 0, 1, 0, 3, 0])
    // The first image is a PNG (its signature at the offset the directory gives).
    const offset = bytes.readUInt32LE(6 + 12)
    expect(bytes.subarray(offset + 1, offset + 4).toString('latin1')).toBe('PNG')
    await page.close()
  })
})
