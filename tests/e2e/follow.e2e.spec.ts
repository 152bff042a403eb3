/**
 * Following a search in a real Chromium: the visitor searches the catalogue, asks to be notified,
 * confirms from the mail at the local SMTP server, office staff publish a matching product in
 * the admin (and see its follower count), the digest job runs, the notice arrives, and one click
 * on its unsubscribe link ends the subscription. One journey of named steps.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTIONS } from '@/constants'
import { getCatalogue } from '@/data/catalogue'
import { SEED_USERS } from '@/seed'
import { sendFollowDigests } from '@/services/follow/digest'
import { confirmSubscription, subscribe } from '@/services/follow/subscriptions'

import { browserPerFile, expectNoAxeViolations, logInToAdmin, siteUrl } from '../helpers/browser'
import { testContext, type TestContext } from '../helpers/context'
import { uid } from '../helpers/fixtures'
import { waitForMails } from '../helpers/mail'
import { reviewProduct } from '../helpers/review'

const session = browserPerFile()
let payload: TestContext['payload']
let fixtures: TestContext['fixtures']
const word = `lernwerk${uid()}`
const email = `e2e-${uid()}@follow-e2e.example.org`
const products: number[] = []

beforeAll(async () => {
  ;({ payload, fixtures } = await testContext())
})

afterAll(async () => {
  await payload.delete({
    collection: COLLECTIONS.subscriptions,
    where: { email: { like: '@follow-e2e.example.org' } },
    overrideAccess: true,
  })
  await fixtures.remove(...products.map((id) => ({ collection: COLLECTIONS.transferProducts, id })))
})

const subscriptions = async () =>
  (
    await payload.find({
      collection: COLLECTIONS.subscriptions,
      where: { email: { equals: email } },
      depth: 0,
      overrideAccess: true,
    })
  ).docs

/** The path of a link in a mail (the mail names the configured address, the test another). */
const pathOf = (text: string, route: string): string => {
  const match = new RegExp(`https?://[^/\\s]+(${route}\\?[^\\s]+)`).exec(text)
  if (!match) throw new Error(`no ${route} link in: ${text}`)
  return match[1]
}

/** 1. A search with a word and a filter, then the small form under the results. */
const askFromTheCatalogue = async (page: Page) => {
  await page.goto(siteUrl(`/produkte?q=${word}&kind=sonstiges`))
  await page.locator('#follow-email').fill(email)
  await page.getByRole('button', { name: 'Benachrichtigen' }).click()
  await page.waitForURL(/\/benachrichtigung\?/)
  expect(await page.locator('main').innerText()).toContain(`„${word}“`)
  expect(await page.locator('#field-email').inputValue()).toBe(email)
  await page.locator('#field-consent').check()
  await page.getByText('Sicherheitsprüfung abgeschlossen.').waitFor({ timeout: 20_000 })
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Benachrichtigung anfordern' }).click()
  await page.locator('#follow-sent').waitFor()
  const [stored] = await subscriptions()
  expect(stored).toMatchObject({ kind: 'search', status: 'pending' })
  expect(stored.search).toEqual({ q: word, filters: { kind: ['sonstiges'] } })
}

/** 2. The confirmation link from the mail; the page's one button confirms. */
const confirmFromTheMail = async (page: Page) => {
  const [mail] = await waitForMails(email)
  expect(mail.subject).toBe('Bitte bestätigen Sie Ihre Benachrichtigung')
  await page.goto(siteUrl(pathOf(mail.text, '/benachrichtigung/bestaetigen')))
  await page.getByRole('button', { name: 'Benachrichtigung bestätigen' }).click()
  await page.getByText('Benachrichtigung bestätigt').first().waitFor()
  expect((await subscriptions())[0].status).toBe('confirmed')
}

/** 3. Office staff publish a product whose title has the word, from the admin's review actions. */
const publishAsOfficeStaff = async (): Promise<string> => {
  const product = await reviewProduct({ payload, fixtures, status: 'draft' })
  products.push(product.id)
  const title = `Lernwerkstatt ${word}`
  const update = (data: Record<string, unknown>) =>
    payload.update({
      collection: COLLECTIONS.transferProducts,
      id: product.id,
      data,
      draft: true,
      overrideAccess: true,
    })
  await update({ title })
  await update({ reviewStatus: 'submitted' })
  const staff = await session.browser.newContext({ locale: 'de-DE' })
  const admin = await staff.newPage()
  await logInToAdmin(admin, SEED_USERS.office)
  await admin.goto(siteUrl(`/admin/collections/transfer-products/${product.id}`))
  const publish = admin.locator('.product-review-actions #action-save')
  expect(await publish.innerText()).toBe('Veröffentlichen')
  await publish.click()
  await expect
    .poll(
      async () =>
        (
          await payload.findByID({
            collection: COLLECTIONS.transferProducts,
            id: product.id,
            depth: 0,
            overrideAccess: true,
          })
        )._status,
      { timeout: 20_000 },
    )
    .toBe('published')
  // This process's catalogue is a snapshot refreshed at most every second (as the job's would be).
  await expect
    .poll(async () => (await getCatalogue({ payload, locale: 'de' })).bySlug.has(product.slug!), {
      timeout: 15_000,
    })
    .toBe(true)
  // Someone follows the product itself: the sidebar shows the number, no addresses.
  const follower = `count-${uid()}@follow-e2e.example.org`
  const followed = await subscribe({
    payload,
    email: follower,
    hasConsent: true,
    request: { kind: 'product', slug: product.slug as string },
    locale: 'de',
  })
  if (!followed.ok || !followed.confirmToken) throw new Error(JSON.stringify(followed))
  await confirmSubscription({ payload, token: followed.confirmToken })
  await admin.reload()
  const count = admin.getByTestId('follower-count')
  expect(await count.locator('strong').innerText()).toBe('1')
  expect(await count.innerText()).not.toContain(follower)
  await staff.close()
  return title
}

/** 4. The digest job runs; the notice names the product. */
const receiveTheNotice = async (title: string): Promise<string> => {
  const { mailed } = await sendFollowDigests({ payload })
  expect(mailed).toBeGreaterThanOrEqual(1)
  const mails = await waitForMails(email, { count: 2 })
  const notice = mails[1]
  expect(notice.subject).toBe(`Neu im Transferkatalog: ${title}`)
  return notice.text
}

/** 5. One click on the body's link unsubscribes; the subscription is deleted. */
const unsubscribeWithOneClick = async (page: Page, text: string) => {
  await page.goto(siteUrl(pathOf(text, '/benachrichtigung/abmelden')))
  expect(await subscriptions()).toHaveLength(1)
  await page.getByRole('button', { name: 'Abbestellen' }).click()
  await page.getByText('Die Benachrichtigung ist gelöscht.').waitFor()
  expect(await subscriptions()).toHaveLength(0)
}

describe('following a search', () => {
  it(
    'is asked for, confirmed by mail, notified of a publish and ended with one click',
    { timeout: 240_000 },
    async () => {
      const page = await session.context.newPage()
      await askFromTheCatalogue(page)
      await confirmFromTheMail(page)
      const title = await publishAsOfficeStaff()
      const text = await receiveTheNotice(title)
      await unsubscribeWithOneClick(page, text)
    },
  )
})
