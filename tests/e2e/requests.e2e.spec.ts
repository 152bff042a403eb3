/**
 * An adoption request in a real Chromium, from the visitor's Merkliste to the office recording
 * the adoption: bad input first, the confirmation mail on the local SMTP server, the tracking
 * page, the office dashboard, and the product's public count.
 */
import { randomUUID } from 'node:crypto'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { COLLECTIONS } from '@/constants'
import { SEED_USERS } from '@/seed'

import { publicAdoptionCount } from '../helpers/actors'
import { axeViolations, launchBrowser } from '../helpers/browser'
import { testContext } from '../helpers/context'
import { TEST_PASSWORD } from '../helpers/env'
import { waitForMails } from '../helpers/mail'

let browser: Browser
let context: BrowserContext
let payload: Payload
const url = (path: string) => `${inject('baseURL')}${path}`

const FIRST = 'beratungsangebote-mittelstand'
const SECOND = 'app-fuer-erstausbildende-betriebe'

beforeAll(async () => {
  ;({ payload } = await testContext())
  browser = await launchBrowser()
  context = await browser.newContext({ locale: 'de-DE' })
})

afterAll(async () => {
  await browser?.close()
})

const proofDone = (page: Page) =>
  page.getByText('Sicherheitsprüfung abgeschlossen.').waitFor({ timeout: 20_000 })

const noViolations = async (page: Page) => {
  const violations = await axeViolations(page)
  expect(violations, JSON.stringify(violations, null, 1)).toEqual([])
}

describe('an adoption request, from the Merkliste to a recorded adoption', () => {
  it('works end to end', { timeout: 180_000 }, async () => {
    const countBefore = await publicAdoptionCount(payload, FIRST)
    const page = await context.newPage()

    // 1. The visitor saves two products and asks for both at once.
    for (const slug of [FIRST, SECOND]) {
      await page.goto(url(`/produkte/${slug}`))
      await page.locator('button.bookmark').first().click()
      await expect
        .poll(() => page.locator('button.bookmark').first().getAttribute('aria-pressed'))
        .toBe('true')
    }
    await page.goto(url('/merkliste'))
    await page.getByRole('link', { name: 'Übernahme für diese Produkte anfragen' }).click()
    await page.waitForURL(/\/anfrage\?produkt=/)
    for (const slug of [FIRST, SECOND])
      expect(await page.locator(`#field-products-${slug}`).isChecked()).toBe(true)
    await proofDone(page)
    await noViolations(page)

    // 2. Bad input first: the errors appear next to their fields, focus goes to the first one.
    const organisation = `Werkstatt Test ${randomUUID().slice(0, 8)}`
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
    await noViolations(page)

    // 3. Valid input; the state is suggested from the postcode.
    const email = `e2e-${randomUUID().slice(0, 8)}@example.org`
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
    const trackingPath = new URL(page.url()).pathname
    expect(await page.locator('.status-badge').innerText()).toBe('Neu')
    await page.getByText('Vielen Dank! Ihre Anfrage ist eingegangen.').waitFor()
    await noViolations(page)

    // 4. The confirmation mail arrives at the local SMTP server, with the tracking link.
    const [mail] = await waitForMails(email)
    expect(mail.text).toContain(trackingPath)
    const tracking = await context.newPage()
    await tracking.goto(url(trackingPath))
    expect(await tracking.locator('.status-badge').innerText()).toBe('Neu')
    await tracking.close()

    // 5. Staff of the routed office (West covers NRW) see it on their dashboard and adopt it.
    const { docs } = await payload.find({
      collection: COLLECTIONS.adoptionRequests,
      where: { 'requester.email': { equals: email } },
      overrideAccess: true,
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    const request = docs[0]
    const staff = await browser.newContext({ locale: 'de-DE' })
    const admin = await staff.newPage()
    await admin.goto(url('/admin/login'))
    await admin.locator('#field-email').fill(SEED_USERS.office)
    await admin.locator('#field-password').fill(TEST_PASSWORD)
    await admin.locator('button[type="submit"]').click()
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

    // 6. The public count of the product rises, because the requester agreed to be named.
    expect(await publicAdoptionCount(payload, FIRST)).toBe(countBefore + 1)
    await expect
      .poll(
        async () => {
          await page.goto(url(`/produkte/${FIRST}`))
          return page.getByTestId('adoption-count').innerText()
        },
        { timeout: 15_000, interval: 1_000 },
      )
      .toBe(`${countBefore + 1}-mal übernommen`)
    await page.goto(url(trackingPath))
    expect(await page.locator('.status-badge').innerText()).toBe('Übernommen')
    await page.getByText('Beide Produkte werden ab Januar genutzt.').waitFor()
    await page.close()
  })

  it('works without JavaScript, with the arithmetic question', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' })
    const page = await noScript.newPage()
    await page.goto(url(`/en/anfrage?produkt=${SECOND}`))
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
    const email = `nojs-${randomUUID().slice(0, 8)}@example.org`
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
