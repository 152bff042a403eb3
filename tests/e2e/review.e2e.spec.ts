/**
 * The product review in a real Chromium, from a new product written by project staff to its
 * public page: the live checklist, the submission and the office's mail, the version compare,
 * changes requested with a comment (refused empty first), the fix seen in the live preview, the
 * resubmission, the publication (public within 3 s, in both languages) and the project's mails,
 * retiring and restoring (refused without a reason first), axe on the views the review added, and
 * the key steps once more in the English admin. One journey of named steps, each taking over
 * where the previous one left the product.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTIONS, type ReviewStatus } from '@/constants'
import type { Media, Project, RegionalOffice, Sector, User } from '@/payload-types'

import { idOf } from '../helpers/actors'
import {
  browserPerFile,
  expectNoAxeViolations,
  logInToAdmin,
  siteUrl,
  type AxeScope,
} from '../helpers/browser'
import { testContext, type TestContext } from '../helpers/context'
import { uid } from '../helpers/fixtures'
import { waitForMails } from '../helpers/mail'

const session = browserPerFile()
let payload: TestContext['payload']
let fixtures: TestContext['fixtures']

/** Made for this file and removed after it (products first: their history points at the users). */
const products: number[] = []
const users: User[] = []
let projectStaff: User
let officeStaff: User
let project: Project
let office: RegionalOffice
let heroImage: Media
let sector: Sector

const SYSTEM = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  ;({ payload, fixtures } = await testContext())
  project = await payload.findByID({
    collection: COLLECTIONS.projects,
    id: await idOf(payload, COLLECTIONS.projects, 'digitale-fertigungstechnik'),
    ...SYSTEM,
  })
  office = await payload.findByID({
    collection: COLLECTIONS.regionalOffices,
    id: await idOf(payload, COLLECTIONS.regionalOffices, 'rb-west'),
    ...SYSTEM,
  })
  // Own accounts, so that the project's mails of this file are told apart by their address.
  projectStaff = await fixtures.user({ project: project.id })
  officeStaff = await fixtures.user({ office: 'rb-west' })
  users.push(projectStaff, officeStaff)
  heroImage = await fixtures.media()
  sector = await fixtures.sector()
})

afterAll(async () => {
  const { docs: retirements } = await payload.find({
    collection: COLLECTIONS.productRetirements,
    where: { product: { in: products } },
    ...SYSTEM,
  })
  await fixtures.remove(
    ...retirements.map(({ id }) => ({ collection: COLLECTIONS.productRetirements, id })),
    ...products.map((id) => ({ collection: COLLECTIONS.transferProducts, id })),
    ...users.map(({ id }) => ({ collection: COLLECTIONS.users, id })),
    { collection: COLLECTIONS.media, id: heroImage.id },
    { collection: COLLECTIONS.sectors, id: sector.id },
  )
})

const PRODUCTS_ADMIN = `/admin/collections/${COLLECTIONS.transferProducts}`
const editUrl = (id: number) => siteUrl(`${PRODUCTS_ADMIN}/${id}`)

/** The newest state of a product (its draft), as stored. */
const stored = (id: number) =>
  payload.findByID({ collection: COLLECTIONS.transferProducts, id, draft: true, ...SYSTEM })

const expectReviewStatus = (id: number, status: ReviewStatus) =>
  expect.poll(async () => (await stored(id)).reviewStatus, { timeout: 20_000 }).toBe(status)

/** A page in a browser context of its own, logged into the admin. */
const signedIn = async (email: string, locale = 'de-DE'): Promise<Page> => {
  const context = await session.browser.newContext({ locale })
  const page = await context.newPage()
  await logInToAdmin(page, email)
  return page
}

const openEdit = async (page: Page, id: number) => {
  await page.goto(editUrl(id))
  await page.locator('.product-checklist').waitFor({ timeout: 30_000 })
}

/** What the review added to Payload's edit view. */
const EDIT_VIEW: AxeScope = {
  include: [
    '.product-checklist',
    '.product-review-actions',
    '.product-review-history',
    '.product-offer',
  ],
}

const itemState = (page: Page, key: string) =>
  page.locator(`.product-checklist__item:has([data-item="${key}"])`)
// The checklist reads the saved draft and the chosen image over the API: on a loaded machine that
// takes longer than expect.poll's one-second default (CI runs failed at a different item each time).
const expectItemDone = (page: Page, key: string) =>
  expect
    .poll(() => itemState(page, key).getAttribute('class'), { timeout: 10_000 })
    .toContain('--done')

/** Picks an option of one of Payload's select or relationship fields (react-select). */
const choose = async (page: Page, field: string, option: string | RegExp) => {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option', { hasText: option }).first().click()
}

const openTab = (page: Page, name: string) =>
  page.locator('.tabs-field__tab-button', { hasText: name }).click()

/** The dialog of the review (request changes) or the offer (retire), with its one text field. */
const dialogWithText = (page: Page, label: string) => {
  const dialog = page.locator('.product-edit-dialog')
  return {
    dialog,
    text: dialog.getByLabel(label),
    error: dialog.locator('.product-edit-dialog__error'),
  }
}

/** Polls a public page like a visitor reloading it. */
const pollPublic = (page: Page, path: string, read: () => Promise<string>, timeout = 15_000) =>
  expect.poll(
    async () => {
      await page.goto(siteUrl(path))
      return read().catch(() => '')
    },
    { timeout, interval: 250 },
  )

/** 1. Project staff write a new product, watch the checklist fill and submit it. */
const writeAndSubmit = async (page: Page, title: string): Promise<number> => {
  await page.goto(siteUrl(`${PRODUCTS_ADMIN}/create`))
  // With autosave, Payload creates the draft at once and opens it under its id.
  await page.waitForURL(/\/transfer-products\/\d+$/, { timeout: 30_000 })
  const id = Number(new URL(page.url()).pathname.split('/').at(-1))
  products.push(id)
  await page.locator('.product-checklist').waitFor({ timeout: 30_000 })
  await expect
    .poll(() => page.locator('.product-checklist__summary').innerText())
    .toMatch(/Es fehlen noch \d+ erforderliche Angaben/)
  expect(await page.locator('.product-checklist__flag').innerText()).toContain('Englisch fehlt')
  const submit = page.locator('#action-submit-review')
  expect(await submit.innerText()).toBe('Zur Prüfung einreichen')
  expect(await submit.isDisabled()).toBe(true)

  await page.locator('#field-title').fill(title)
  await page.locator('#field-pitch').fill('Eine Lernwerkstatt, in der Azubis CNC-Fräsen üben.')
  await expectItemDone(page, 'pitch')
  await page.locator('[data-field-path="description"] [contenteditable="true"]').click()
  await page.keyboard.type('Drei Tage Werkstatt mit Aufgaben aus echten Betrieben.')
  await expectItemDone(page, 'description')
  await page
    .locator('#field-heroImage')
    .getByRole('button', { name: /vorhandene/i })
    .click()
  await page
    .locator('.list-drawer')
    .getByText(heroImage.filename as string)
    .click()
  await expectItemDone(page, 'heroImage')

  await openTab(page, 'Zielgruppen')
  await choose(page, 'kind', /./)
  await choose(page, 'targetGroups', /Unternehmen|Betriebe/)
  await expectItemDone(page, 'targetGroups')
  await choose(page, 'sectors', sector.name)
  await expectItemDone(page, 'sectors')

  await openTab(page, 'Übernahme-Paket')
  await page.locator('#field-adoptionKit__effortDays').fill('3')
  await expectItemDone(page, 'effortDays')
  await choose(page, 'adoptionKit__costModel', /kostenlos|kostenfrei/i)
  await expectItemDone(page, 'costModel')
  await page.locator('#field-adoptionKit__licence').fill('CC BY 4.0')
  await expectItemDone(page, 'licence')
  await page.locator('#field-contact__role').fill('Projektleitung')
  await page.locator('#field-contact__email').fill('lernwerkstatt@example.org')
  await expectItemDone(page, 'contact')

  await expect
    .poll(() => page.locator('.product-checklist__summary').innerText(), { timeout: 10_000 })
    .toBe('Alles Erforderliche ist ausgefüllt.')
  // English is recommended, never required: still flagged, and the submission is open.
  expect(await page.locator('.product-checklist__flag').innerText()).toContain('Englisch fehlt')
  await expect.poll(() => submit.isDisabled()).toBe(false)
  await expectNoAxeViolations(page, EDIT_VIEW)
  await submit.click()
  await expectReviewStatus(id, 'submitted')
  await openEdit(page, id)
  expect(await page.locator('.product-review-actions__reason').innerText()).toBe(
    'Eingereicht: Das Regionalbüro prüft.',
  )
  return id
}

/** 2. The office hears of it: a mail to its address, with the product's admin page. */
const officeGetsTheSubmission = async (id: number, title: string) => {
  const address = office.contact?.email as string
  await expect
    .poll(async () => (await waitForMails(address)).find((mail) => mail.subject.includes(title)))
    .toBeTruthy()
  const mail = (await waitForMails(address)).find((one) => one.subject.includes(title))!
  expect(mail.subject).toContain(`Zur Prüfung eingereicht: ${title}`)
  expect(mail.text).toContain(`${PRODUCTS_ADMIN}/${id}`)
}

/** The part of the admin home the review added ("Meine Produkte", the review queue). */
const HOME: AxeScope = { include: ['.pd-dash'] }

/** 3a. Office staff find the submitted product in the review queue on their admin home. */
const officeFindsTheProduct = async (page: Page, id: number, title: string) => {
  await page.goto(siteUrl('/admin'))
  await page.getByRole('heading', { name: /Zur Prüfung eingereicht/ }).waitFor({ timeout: 30_000 })
  const row = page.locator(`tr[data-product="${id}"]`)
  await row.waitFor()
  // Never published: nothing to compare with.
  expect(await row.getByRole('link', { name: /Änderungen vergleichen/ }).count()).toBe(0)
  expect((await row.locator('td').allInnerTexts())[1].trim()).toMatch(/^0\b/)
  await expectNoAxeViolations(page, HOME)
  await row.getByRole('link', { name: title }).click()
  await page.waitForURL(new RegExp(`/transfer-products/${id}$`))
  await page.locator('.product-checklist').waitFor({ timeout: 30_000 })
  await page.locator('#action-request-changes').waitFor()
  expect(await page.locator('#product-compare-versions').count()).toBe(0)
}

/** 3b. A published product with a submitted draft: one click in the queue shows both pitches. */
const officeComparesVersions = async (page: Page) => {
  const marker = uid()
  const product = await fixtures.product({ isPublished: true })
  products.push(product.id)
  await payload.update({
    collection: COLLECTIONS.transferProducts,
    id: product.id,
    draft: true,
    data: {
      pitch: `Neue Fassung ${marker}`,
      heroImage: heroImage.id,
      targetGroups: ['companies'],
      sectors: [sector.id],
      adoptionKit: { effortDays: 2, costModel: 'free', licence: 'CC BY 4.0' },
      reviewStatus: 'submitted',
    },
    ...SYSTEM,
  })
  await page.goto(siteUrl('/admin'))
  const row = page.locator(`tr[data-product="${product.id}"]`)
  await row.waitFor({ timeout: 30_000 })
  await row.getByRole('link', { name: /Änderungen vergleichen/ }).click()
  await page.waitForURL(/\/versions\/[^/?]+\?versionFrom=/)
  const body = page.locator('body')
  await expect.poll(() => body.innerText(), { timeout: 30_000 }).toContain(`Neue Fassung ${marker}`)
  expect(await body.innerText()).toContain(product.pitch)
}

/** 3c. Changes requested: an empty comment is refused at the field, then one is sent. */
const officeRequestsChanges = async (page: Page, id: number, comment: string) => {
  await openEdit(page, id)
  await page.locator('#action-request-changes').click()
  const { dialog, text, error } = dialogWithText(page, 'Was soll geändert werden?')
  await dialog.getByRole('heading', { name: 'Änderungen anfordern' }).waitFor()
  await dialog.getByRole('button', { name: 'Senden' }).click()
  expect(await error.innerText()).toBe('Bitte schreiben Sie, was geändert werden soll.')
  expect(await text.getAttribute('aria-invalid')).toBe('true')
  await expectNoAxeViolations(page, { include: ['.product-edit-dialog'] })
  expect((await stored(id)).reviewStatus).toBe('submitted')
  await text.fill(comment)
  await dialog.getByRole('button', { name: 'Senden' }).click()
  await dialog.waitFor({ state: 'detached' })
  await expectReviewStatus(id, 'changes-requested')
}

/** 4a. The project hears of it by mail, sees the comment on "Meine Produkte" and the product. */
const projectReadsTheComment = async (page: Page, id: number, title: string, comment: string) => {
  const mails = await waitForMails(projectStaff.email)
  const mail = mails.find((one) => one.subject.includes(`Änderungen erbeten: ${title}`))
  expect(mail?.text).toContain(comment)
  expect(mail?.text).toContain(`${PRODUCTS_ADMIN}/${id}`)
  await page.goto(siteUrl('/admin'))
  await page.getByRole('heading', { name: 'Meine Produkte' }).waitFor({ timeout: 30_000 })
  const row = page.locator(`tr[data-product="${id}"]`)
  await expect.poll(() => row.innerText()).toContain(comment)
  expect(await row.locator('.pd-badge').innerText()).toBe('Änderungen erbeten')
  await expectNoAxeViolations(page, HOME)
  await row.getByRole('link', { name: title }).click()
  await page.waitForURL(new RegExp(`/transfer-products/${id}$`))
  await page.locator('.product-checklist').waitFor({ timeout: 30_000 })
  await expect.poll(() => page.locator('.product-review-history').innerText()).toContain(comment)
  await expect
    .poll(() => page.locator('.product-review-actions').innerText())
    .toContain('Zur Prüfung einreichen')
}

/** 4b/6. The fix, typed with the live preview open, shows in the preview; then resubmitted. */
const fixInLivePreviewAndResubmit = async (page: Page, id: number, title: string) => {
  // The view opens on the tab last used; the title is on the first.
  await openTab(page, 'Beschreibung')
  await page.locator('#live-preview-toggler').click()
  const frame = page.frameLocator('#live-preview-iframe')
  await frame.locator('h1').first().waitFor({ timeout: 30_000 })
  await page.locator('#field-title').fill(title)
  await expect.poll(() => frame.locator('h1').first().innerText(), { timeout: 15_000 }).toBe(title)
  await page.locator('#live-preview-toggler').click()
  const submit = page.locator('#action-submit-review')
  await expect.poll(() => submit.isDisabled()).toBe(false)
  await submit.click()
  await expectReviewStatus(id, 'submitted')
  expect((await stored(id)).title).toBe(title)
}

/**
 * 5. Office staff publish; a visitor sees the page within seconds, in German and English (how many
 * is measured by bench/pages.mjs, not asserted here: a loaded CI machine is no stopwatch).
 */
const officePublishes = async (page: Page, visitor: Page, id: number, title: string) => {
  await openEdit(page, id)
  const publish = page.locator('.product-review-actions #action-save')
  expect(await publish.innerText()).toBe('Veröffentlichen')
  await publish.click()
  await expect.poll(async () => (await stored(id))._status, { timeout: 20_000 }).toBe('published')
  const { slug, reviewStatus } = await stored(id)
  expect(reviewStatus).toBe('published')
  await pollPublic(
    visitor,
    `/produkte/${slug}`,
    () => visitor.locator('h1').innerText(),
    10_000,
  ).toBe(title)
  await pollPublic(
    visitor,
    `/en/produkte/${slug}`,
    () => visitor.locator('html').getAttribute('lang').then(String),
    5_000,
  ).toBe('en')
  expect(await visitor.locator('h1').innerText()).toBe(title)
  const mails = await waitForMails(projectStaff.email, { count: 2 })
  expect(mails.some((mail) => mail.subject.includes(`Veröffentlicht: ${title}`))).toBe(true)
  return slug as string
}

/** 7. Retired (refused without a reason first) and restored, seen on the public side. */
const retireAndRestore = async (
  page: Page,
  visitor: Page,
  id: number,
  slug: string,
  title: string,
) => {
  await openEdit(page, id)
  await page.locator('#action-retire').click()
  const { dialog, text, error } = dialogWithText(page, 'Grund (öffentlich sichtbar)')
  await dialog.getByRole('heading', { name: 'Nicht mehr anbieten' }).waitFor()
  await text.fill('  ')
  await dialog.getByRole('button', { name: 'Nicht mehr anbieten' }).click()
  expect(await error.innerText()).toBe('Bitte geben Sie einen Grund an.')
  expect(await text.getAttribute('aria-invalid')).toBe('true')
  await expectNoAxeViolations(page, { include: ['.product-edit-dialog'] })
  const reason = 'Die Werkstatt ist 2027 ausgebucht.'
  await text.fill(reason)
  await dialog.getByRole('button', { name: 'Nicht mehr anbieten' }).click()
  await dialog.waitFor({ state: 'detached' })
  await expect.poll(() => page.locator('#product-offer-state').innerText()).toContain(reason)
  await expectNoAxeViolations(page, EDIT_VIEW)

  await pollPublic(visitor, `/produkte/${slug}`, () =>
    visitor.getByTestId('retired').innerText(),
  ).toContain(reason)
  expect(await visitor.getByTestId('retired').innerText()).toContain('Nicht mehr angeboten')
  const search = `/produkte?q=${encodeURIComponent(title)}`
  await pollPublic(visitor, search, async () =>
    (await visitor.locator('.card__title').allInnerTexts()).join('|'),
  ).not.toContain(title)

  await page.locator('#action-restore-offer').click()
  await expect.poll(() => page.locator('#product-offer-state').innerText()).toBe('Wird angeboten.')
  await pollPublic(visitor, search, async () =>
    (await visitor.locator('.card__title').allInnerTexts()).join('|'),
  ).toContain(title)
  await visitor.goto(siteUrl(`/produkte/${slug}`))
  expect(await visitor.getByTestId('retired').count()).toBe(0)
}

/** 9. Switches a logged-in user's admin to English in the account view. */
const switchAdminToEnglish = async (page: Page) => {
  await page.goto(siteUrl('/admin/account'))
  await page.locator('.payload-settings__language .rs__control').click()
  await page.locator('.rs__option', { hasText: 'English' }).click()
  await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 15_000 }).toBe('en')
}

describe('a product, from the project’s first draft to the public page', () => {
  it('is written, reviewed, published, retired and restored', { timeout: 300_000 }, async () => {
    const marker = uid()
    const title = `Lernwerkstatt Fräsen ${marker}`
    const fixedTitle = `Lernwerkstatt CNC-Fräsen ${marker}`
    const comment = `Bitte den Titel genauer fassen (${marker}).`
    const author = await signedIn(projectStaff.email)
    const id = await writeAndSubmit(author, title)
    await officeGetsTheSubmission(id, title)

    const reviewer = await signedIn(officeStaff.email)
    await officeFindsTheProduct(reviewer, id, title)
    await officeComparesVersions(reviewer)
    await officeRequestsChanges(reviewer, id, comment)
    await expectNoAxeViolations(reviewer, EDIT_VIEW)

    await projectReadsTheComment(author, id, title, comment)
    await fixInLivePreviewAndResubmit(author, id, fixedTitle)

    const visitor = await session.context.newPage()
    const slug = await officePublishes(reviewer, visitor, id, fixedTitle)
    await retireAndRestore(reviewer, visitor, id, slug, fixedTitle)
    await Promise.all([author.context().close(), reviewer.context().close(), visitor.close()])
  })

  it('reads in English for staff who chose English', { timeout: 180_000 }, async () => {
    const product = await fixtures.product()
    products.push(product.id)
    await payload.update({
      collection: COLLECTIONS.transferProducts,
      id: product.id,
      draft: true,
      data: {
        heroImage: heroImage.id,
        targetGroups: ['companies'],
        sectors: [sector.id],
        adoptionKit: { effortDays: 1, costModel: 'free' },
      },
      ...SYSTEM,
    })
    const author = await signedIn(projectStaff.email)
    await switchAdminToEnglish(author)
    await openEdit(author, product.id)
    expect(await author.locator('.product-checklist__title').innerText()).toBe('Completeness')
    expect(await author.locator('.product-checklist__flag').innerText()).toContain(
      'English missing',
    )
    await expect
      .poll(() => itemState(author, 'licence').getAttribute('class'))
      .toContain('--missing')
    const submit = author.locator('#action-submit-review')
    expect(await submit.innerText()).toBe('Submit for review')
    expect(await submit.isDisabled()).toBe(true)
    await openTab(author, 'Adoption kit')
    await author.locator('#field-adoptionKit__licence').fill('CC BY 4.0')
    await expectItemDone(author, 'licence')
    await expect.poll(() => submit.isDisabled()).toBe(false)
    await submit.click()
    await expectReviewStatus(product.id, 'submitted')

    const reviewer = await signedIn(officeStaff.email)
    await switchAdminToEnglish(reviewer)
    await openEdit(reviewer, product.id)
    await reviewer.locator('#action-request-changes').click()
    const { dialog, error } = dialogWithText(reviewer, 'What should be changed?')
    await dialog.getByRole('button', { name: 'Send' }).click()
    expect(await error.innerText()).toBe('Please write what should be changed.')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    const publish = reviewer.locator('.product-review-actions #action-save')
    expect(await publish.innerText()).toBe('Publish')
    expect(await reviewer.locator('#action-retire').innerText()).toBe('No longer offer')
    await publish.click()
    await expectReviewStatus(product.id, 'published')
    await expectNoAxeViolations(reviewer, EDIT_VIEW)
    await Promise.all([author.context().close(), reviewer.context().close()])
  })
})
