/**
 * An adoption request in a real Chromium, from the visitor's Merkliste to the office recording
 * the adoption: bad input first, the confirmation mail on the local SMTP server, the tracking
 * page, the office dashboard, and the product's public count. The journey is one test made of
 * named steps, each taking over where the previous one left the browser.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTIONS } from '@/constants'
import type { TransferProduct } from '@/payload-types'
import { SEED_USERS } from '@/seed'

import { publicAdoptionCount } from '../helpers/actors'
import { browserPerFile, expectNoAxeViolations, logInToAdmin, siteUrl } from '../helpers/browser'
import { testContext, type TestContext } from '../helpers/context'
import { uid } from '../helpers/fixtures'
import { waitForMails } from '../helpers/mail'

const session = browserPerFile()
let payload: TestContext['payload']
let fixtures: TestContext['fixtures']
/** Two published products of office West's project, made for this file and removed after it. */
let products: [TransferProduct, TransferProduct]
/** Requesters' addresses of this file: their requests (and adoptions) are removed after it. */
const requesters: string[] = []

beforeAll(async () => {
  ;({ payload, fixtures } = await testContext())
  products = [
    await fixtures.product({ isPublished: true }),
    await fixtures.product({ isPublished: true }),
  ]
})

afterAll(async () => {
  const { docs: requests } = await payload.find({
    collection: COLLECTIONS.adoptionRequests,
    where: { 'requester.email': { in: requesters } },
    limit: 0,
    depth: 0,
    overrideAccess: true,
  })
  const { docs: adoptions } = await payload.find({
    collection: COLLECTIONS.adoptions,
    where: { product: { in: products.map(({ id }) => id) } },
    limit: 0,
    depth: 0,
    overrideAccess: true,
  })
  await fixtures.remove(
    ...adoptions.map(({ id }) => ({ collection: COLLECTIONS.adoptions, id })),
    ...requests.map(({ id }) => ({ collection: COLLECTIONS.adoptionRequests, id })),
    ...products.map(({ id }) => ({ collection: COLLECTIONS.transferProducts, id })),
  )
})

const proofDone = (page: Page) =>
  page.getByText('Sicherheitsprüfung abgeschlossen.').waitFor({ timeout: 20_000 })

const slugs = () => products.map((product) => product.slug as string)

/** 1. The visitor saves two products and asks for both at once. */
const bookmarkBothAndAsk = async (page: Page) => {
  for (const slug of slugs()) {
    await page.goto(siteUrl(`/produkte/${slug}`))
    await page.locator('button.bookmark').first().click()
    await expect
      .poll(() => page.locator('button.bookmark').first().getAttribute('aria-pressed'))
      .toBe('true')
  }
  await page.goto(siteUrl('/merkliste'))
  await page.getByRole('link', { name: 'Übernahme für diese Produkte anfragen' }).click()
  await page.waitForURL(/\/anfrage\?produkt=/)
  for (const slug of slugs())
    expect(await page.locator(`#field-products-${slug}`).isChecked()).toBe(true)
  await proofDone(page)
  await expectNoAxeViolations(page)
}

/** 2. Bad input first: the errors appear next to their fields, focus goes to the first one. */
const sendBadInput = async (page: Page) => {
  const organisation = `Werkstatt Test ${uid()}`
  await page.locator('#field-organisation').fill(organisation)
  await page.locator('#field-email').fill('erika@')
  await page.locator('#field-postcode').fill('4512')
  await page.getByRole('button', { name: 'Anfrage senden' }).click()
  await page.locator('#error-email').waitFor()
  expect(await page.locator('#error-email').innerText()).toBe(
    'Bitte eine gültige E-Mail-Adresse angeben.',
  )
  expect(await page.locator('#error-postcode').innerText()).toContain('fünfstellige')
  expect(await page.locator('#error-consent').innerText()).toContain('Einwilligung')
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.id))
    .toBe('field-organisationType')
  expect(await page.locator('#field-organisation').inputValue()).toBe(organisation)
  expect(await page.locator('#field-email').getAttribute('aria-invalid')).toBe('true')
  await expectNoAxeViolations(page)
}

/** 3. Valid input (the state is suggested from the postcode); answers the tracking path. */
const sendValidInput = async (page: Page, email: string): Promise<string> => {
  await page.locator('#field-organisationType').selectOption('company')
  await page.locator('#field-name').fill('Erika Beispiel')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-postcode').fill('50667')
  expect(await page.locator('#field-state').inputValue()).toBe('NW')
  await page.locator('#field-city').fill('Köln')
  await page
    .locator('#field-goal')
    .fill('Wir möchten beide Angebote mit unseren Ausbildungsbetrieben nutzen.')
  await page.locator('#field-consent').check()
  await page.locator('#field-publicListing').check()
  await proofDone(page)
  await page.getByRole('button', { name: 'Anfrage senden' }).click()
  await page.waitForURL(/\/anfrage\/[A-Za-z0-9_-]{32}\?neu=1$/)
  expect(await page.locator('.status-badge').innerText()).toBe('Neu')
  await page.getByText('Vielen Dank! Ihre Anfrage ist eingegangen.').waitFor()
  await expectNoAxeViolations(page)
  return new URL(page.url()).pathname
}

/** 4. The confirmation mail arrives at the local SMTP server, with a working tracking link. */
const followTheMailedLink = async (email: string, trackingPath: string) => {
  const [mail] = await waitForMails(email)
  expect(mail.text).toContain(trackingPath)
  const tracking = await session.context.newPage()
  await tracking.goto(siteUrl(trackingPath))
  expect(await tracking.locator('.status-badge').innerText()).toBe('Neu')
  await tracking.close()
}

/** 5. Staff of the routed office (West covers NRW) find it on their dashboard and adopt it. */
const adoptAsOfficeStaff = async (email: string) => {
  const { docs } = await payload.find({
    collection: COLLECTIONS.adoptionRequests,
    where: { 'requester.email': { equals: email } },
    overrideAccess: true,
    depth: 0,
  })
  expect(docs).toHaveLength(1)
  const request = docs[0]
  const staff = await session.browser.newContext({ locale: 'de-DE' })
  const admin = await staff.newPage()
  await logInToAdmin(admin, SEED_USERS.office)
  await admin.getByRole('heading', { name: 'Übersicht Anfragen' }).waitFor({ timeout: 30_000 })
  await admin.getByRole('link', { name: /Neu/ }).first().click()
  await admin.waitForURL(/status/)
  await admin
    .locator(`a[href$="/admin/collections/adoption-requests/${request.id}"]`)
    .first()
    .click()
  await admin.waitForURL(new RegExp(`/adoption-requests/${request.id}$`))

  const setStatus = async (label: string, value: string, comment?: string) => {
    await admin.locator('#field-status .rs__control').click()
    await admin.locator('.rs__option', { hasText: new RegExp(`^${label}$`) }).click()
    if (comment) await admin.locator('#field-statusComment').fill(comment)
    await admin.locator('#action-save').click()
    await expect
      .poll(
        async () =>
          (
            await payload.findByID({
              collection: COLLECTIONS.adoptionRequests,
              id: request.id,
              overrideAccess: true,
            })
          ).status,
        { timeout: 20_000 },
      )
      .toBe(value)
  }
  // The dropdown offers the current status and its next steps only.
  await admin.locator('#field-status .rs__control').click()
  expect(await admin.locator('.rs__option').allInnerTexts()).toEqual([
    'Neu',
    'In Prüfung',
    'Abgelehnt',
    'Zurückgezogen',
  ])
  await admin.keyboard.press('Escape')
  await setStatus('In Prüfung', 'in-review')
  await setStatus('In Beratung', 'in-consultation', 'Termin am 3. Dezember vereinbart.')
  await setStatus('Übernommen', 'adopted', 'Beide Produkte werden ab Januar genutzt.')
  await staff.close()
}

/** 6. The product's public count rises (the requester agreed to be named); tracking shows it. */
const seeTheAdoption = async (page: Page, trackingPath: string, countBefore: number) => {
  const [first] = slugs()
  expect(await publicAdoptionCount(payload, first)).toBe(countBefore + 1)
  await expect
    .poll(
      async () => {
        await page.goto(siteUrl(`/produkte/${first}`))
        return page.getByTestId('adoption-count').innerText()
      },
      { timeout: 15_000, interval: 1_000 },
    )
    .toBe(`${countBefore + 1}-mal übernommen`)
  await page.goto(siteUrl(trackingPath))
  expect(await page.locator('.status-badge').innerText()).toBe('Übernommen')
  await page.getByText('Beide Produkte werden ab Januar genutzt.').waitFor()
}

describe('an adoption request, from the Merkliste to a recorded adoption', () => {
  it('works end to end', { timeout: 180_000 }, async () => {
    const countBefore = await publicAdoptionCount(payload, slugs()[0])
    const email = `e2e-${uid()}@example.org`
    requesters.push(email)
    const page = await session.context.newPage()
    await bookmarkBothAndAsk(page)
    await sendBadInput(page)
    const trackingPath = await sendValidInput(page, email)
    await followTheMailedLink(email, trackingPath)
    await adoptAsOfficeStaff(email)
    await seeTheAdoption(page, trackingPath, countBefore)
    await page.close()
  })

  it('works without JavaScript, with the arithmetic question', async () => {
    const noScript = await session.browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' })
    const page = await noScript.newPage()
    await page.goto(siteUrl(`/en/anfrage?produkt=${slugs()[1]}`))
    const question = await page.locator('label[for="field-answer"]').innerText()
    const [a, b] = (question.match(/(\d+) plus (\d+)/) ?? []).slice(1).map(Number)
    await page.locator('#field-email').fill('not-an-address')
    await page.waitForTimeout(1_200)
    await page.getByRole('button', { name: 'Send request' }).click()
    await page.locator('#error-email').waitFor()
    expect(await page.locator('#error-email').innerText()).toBe(
      'Please give a valid email address.',
    )
    expect(await page.locator('#error-answer').innerText()).toContain('security check')
    const email = `nojs-${uid()}@example.org`
    requesters.push(email)
    await page.locator('#field-organisation').fill('Gemeinde Beispielstadt')
    await page.locator('#field-organisationType').selectOption('municipality')
    await page.locator('#field-name').fill('Max Beispiel')
    await page.locator('#field-email').fill(email)
    await page.locator('#field-postcode').fill('01067')
    await page.locator('#field-city').fill('Dresden')
    await page.locator('#field-state').selectOption('SN')
    await page.locator('#field-goal').fill('Start with our first-time training companies.')
    await page.locator('#field-consent').check()
    const nextQuestion = await page.locator('label[for="field-answer"]').innerText()
    const [c, d] = (nextQuestion.match(/(\d+) plus (\d+)/) ?? []).slice(1).map(Number)
    expect(a + b).toBeGreaterThan(0)
    await page.locator('#field-answer').fill(String(c + d))
    await page.getByRole('button', { name: 'Send request' }).click()
    await page.waitForURL(/\/en\/anfrage\/[A-Za-z0-9_-]{32}\?neu=1$/)
    expect(await page.locator('.status-badge').innerText()).toBe('New')
    await waitForMails(email)
    await noScript.close()
  })
})
