/**
 * Issue 13, "ask an earlier adopter", in a real Chromium: from the product page to the nearest
 * adopters, a question with a bad address first, the office's mail, and the office forwarding it
 * from the admin to the adopter who agreed to be contacted (seeded: the college in Dortmund).
 */
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { COLLECTIONS } from '@/constants'
import { SEED_USERS } from '@/seed'

import { browserPerFile, expectNoAxeViolations, logInToAdmin, siteUrl } from '../helpers/browser'
import { testContext, type TestContext } from '../helpers/context'
import { uid } from '../helpers/fixtures'
import { mailsTo, sleep } from '../helpers/mail'

const session = browserPerFile()
let payload: TestContext['payload']
const PRODUCT = 'zusatzqualifizierung-digitale-fertigungstechnik'
const ADOPTER = 'demo-berufskolleg-dortmund@example.org'

beforeAll(async () => {
  ;({ payload } = await testContext())
})

const mailWith = async (address: string, text: string) => {
  const deadline = Date.now() + 30_000
  for (;;) {
    const found = mailsTo(address).find((mail) => mail.text.includes(text))
    if (found || Date.now() > deadline) return found
    await sleep(250)
  }
}

/** 1. From the product page to the nearest adopters, Dortmund first for a Dortmund postcode. */
const findNearest = async (page: Page) => {
  await page.goto(siteUrl(`/produkte/${PRODUCT}`))
  await page.locator('#ask-adopter-plz').fill('44135')
  await page.getByRole('button', { name: 'Nächste Übernehmer zeigen' }).click()
  await page.waitForURL(/\/frage\?plz=44135$/)
  const items = await page.locator('[data-testid="nearest-adopters"] li').allInnerTexts()
  expect(items[0]).toContain('Dortmund: in Ihrer Postleitregion')
  expect(items[1]).toContain('Duisburg: ca. 50 km')
  await page.getByText('Sicherheitsprüfung abgeschlossen.').waitFor({ timeout: 20_000 })
  await expectNoAxeViolations(page)
}

/** 2. A bad address is named next to its field; then the question goes out. */
const ask = async (page: Page, message: string) => {
  await page.locator('#field-message').fill(message)
  await page.locator('#field-email').fill('erika@')
  await page.getByRole('button', { name: 'Frage senden' }).click()
  await page.locator('#error-email').waitFor()
  expect(await page.locator('#error-email').innerText()).toBe(
    'Bitte eine gültige E-Mail-Adresse angeben.',
  )
  expect(await page.locator('#error-consent').innerText()).toContain('Einwilligung')
  await page.locator('#field-email').fill(`frage-${uid()}@example.org`)
  await page.locator('#field-consent').check()
  await page.getByText('Sicherheitsprüfung abgeschlossen.').waitFor({ timeout: 20_000 })
  await page.getByRole('button', { name: 'Frage senden' }).click()
  await page.waitForURL(/\/frage\?gesendet=1$/)
  await page.getByText('Danke! Ihre Frage ist beim Regionalbüro eingegangen.').waitFor()
}

describe('asking an earlier adopter', () => {
  it('works end to end', { timeout: 180_000 }, async () => {
    const page = await session.context.newPage()
    const message = `Wie lange lief die Einführung? ${uid()}`
    await findNearest(page)
    await ask(page, message)
    const { docs } = await payload.find({
      collection: COLLECTIONS.adopterQuestions,
      where: { message: { equals: message } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    // 3. The office forwards it from the admin; the adopter gets the question.
    const staff = await session.browser.newContext({ locale: 'de-DE' })
    const admin = await staff.newPage()
    await logInToAdmin(admin, SEED_USERS.office)
    await admin.goto(siteUrl(`/admin/collections/adopter-questions/${docs[0].id}`))
    await admin.getByRole('button', { name: 'An die Einrichtung weiterleiten' }).click()
    await admin.getByText('Die Frage wurde weitergeleitet.').waitFor()
    expect((await mailWith(ADOPTER, message))?.text).toContain(message)
    await staff.close()
  })
})
