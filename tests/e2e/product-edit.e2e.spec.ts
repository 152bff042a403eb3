/**
 * The product edit view in a real Chromium: the completeness checklist beside the form, the
 * review actions by role (submit for review, request changes with a required comment), the live
 * preview following what is typed, and axe-core on the parts this view adds to Payload's admin.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTIONS } from '@/constants'
import type { TransferProduct } from '@/payload-types'
import { SEED_USERS } from '@/seed'

import { browserPerFile, expectNoAxeViolations, logInToAdmin, siteUrl } from '../helpers/browser'
import { testContext, type TestContext } from '../helpers/context'

const session = browserPerFile()
let payload: TestContext['payload']
let fixtures: TestContext['fixtures']
const made: { collection: typeof COLLECTIONS.transferProducts; id: number }[] = []
const extras: { collection: 'media' | 'sectors'; id: number }[] = []

beforeAll(async () => {
  ;({ payload, fixtures } = await testContext())
})

afterAll(async () => {
  await fixtures.remove(...made, ...extras)
})

/** A draft of the project staff's project, with what the fixture gives (pitch, description, contact). */
const draftProduct = async (): Promise<TransferProduct> => {
  const product = await fixtures.product()
  made.push({ collection: COLLECTIONS.transferProducts, id: product.id })
  return product
}

/** A draft with every required item, submitted for review (written as the system, no user). */
const submittedProduct = async (): Promise<TransferProduct> => {
  const product = await draftProduct()
  const image = await fixtures.media()
  const sector = await fixtures.sector()
  extras.push({ collection: 'media', id: image.id }, { collection: 'sectors', id: sector.id })
  return payload.update({
    collection: COLLECTIONS.transferProducts,
    id: product.id,
    draft: true,
    data: {
      heroImage: image.id,
      targetGroups: ['companies'],
      sectors: [sector.id],
      adoptionKit: { effortDays: 3, costModel: 'free', licence: 'CC BY 4.0' },
      reviewStatus: 'submitted',
    },
    overrideAccess: true,
    depth: 0,
  })
}

const editUrl = (id: number) => siteUrl(`/admin/collections/${COLLECTIONS.transferProducts}/${id}`)

/** The edit view in a browser context of its own (its own login). */
const openEdit = async (email: string, id: number): Promise<Page> => {
  const context = await session.browser.newContext({ locale: 'de-DE' })
  const page = await context.newPage()
  await logInToAdmin(page, email)
  await page.goto(editUrl(id))
  await page.locator('.product-checklist').waitFor({ timeout: 30_000 })
  return page
}

/** What this view adds to Payload's edit view. */
const OUR_PARTS = [
  '.product-checklist',
  '.product-review-actions',
  '.product-review-history',
  '.product-offer',
]

const item = (page: Page, key: string) => page.locator(`.product-checklist [data-item="${key}"]`)
const itemState = (page: Page, key: string) =>
  page.locator(`.product-checklist__item:has([data-item="${key}"])`)

describe('product edit view', () => {
  it('project staff see what is missing, reach the field from the list and see it done', async () => {
    const product = await draftProduct()
    const page = await openEdit(SEED_USERS.project, product.id)
    await expect
      .poll(() => page.locator('.product-checklist__summary').innerText())
      .toMatch(/Es fehlen noch \d+ erforderliche Angaben/)
    for (const key of ['licence', 'effortDays', 'heroImage', 'sectors', 'targetGroups']) {
      expect(await itemState(page, key).getAttribute('class')).toContain('--missing')
    }
    for (const key of ['pitch', 'description', 'contact']) {
      expect(await itemState(page, key).getAttribute('class')).toContain('--done')
    }
    expect(await page.locator('.product-checklist__flag').innerText()).toContain('Englisch fehlt')

    // The licence sits in another tab: the list opens it and focuses the field.
    await item(page, 'licence').click()
    const licence = page.locator('#field-adoptionKit__licence')
    await licence.waitFor()
    await expect.poll(() => licence.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.type('CC BY 4.0')
    await expect.poll(() => itemState(page, 'licence').getAttribute('class')).toContain('--done')
    await page.context().close()
  })

  it('project staff cannot submit while required items are missing, and are told why', async () => {
    const product = await draftProduct()
    const page = await openEdit(SEED_USERS.project, product.id)
    const submit = page.locator('#action-submit-review')
    await submit.waitFor()
    expect(await submit.innerText()).toBe('Zur Prüfung einreichen')
    expect(await submit.isDisabled()).toBe(true)
    const reasonId = await submit.getAttribute('aria-describedby')
    expect(await page.locator(`[id="${reasonId}"]`).innerText()).toMatch(
      /erforderliche Angaben fehlen/,
    )
    // Reviewers' actions are not offered to project staff.
    expect(await page.locator('#action-request-changes').count()).toBe(0)
    expect(await page.locator('#action-retire').count()).toBe(0)
    await expectNoAxeViolations(page, { include: OUR_PARTS })
    await page.context().close()
  })

  it('office staff cannot request changes without a comment: the error stands at the field', async () => {
    const product = await submittedProduct()
    const page = await openEdit(SEED_USERS.office, product.id)
    await page.locator('#action-request-changes').click()
    const dialog = page.locator('.product-edit-dialog')
    await dialog.getByRole('heading', { name: 'Änderungen anfordern' }).waitFor()
    const comment = dialog.getByLabel('Was soll geändert werden?')
    await comment.fill('   ')
    await dialog.getByRole('button', { name: 'Senden' }).click()
    const error = dialog.locator('.product-edit-dialog__error')
    expect(await error.innerText()).toBe('Bitte schreiben Sie, was geändert werden soll.')
    expect(await comment.getAttribute('aria-invalid')).toBe('true')
    expect(await comment.getAttribute('aria-describedby')).toBe(await error.getAttribute('id'))
    await expectNoAxeViolations(page, { include: ['.product-edit-dialog'] })
    // Nothing was saved: the product is still waiting for review.
    const stored = await payload.findByID({
      collection: COLLECTIONS.transferProducts,
      id: product.id,
      draft: true,
      overrideAccess: true,
      depth: 0,
    })
    expect(stored.reviewStatus).toBe('submitted')

    await comment.fill('Bitte die Lizenz genauer angeben.')
    await dialog.getByRole('button', { name: 'Senden' }).click()
    await dialog.waitFor({ state: 'detached' })
    await expect
      .poll(
        async () =>
          (
            await payload.findByID({
              collection: COLLECTIONS.transferProducts,
              id: product.id,
              draft: true,
              overrideAccess: true,
              depth: 0,
            })
          ).reviewStatus,
      )
      .toBe('changes-requested')
    // Payload's publish menu button is named by ReviewActions, so it is checked too.
    await expectNoAxeViolations(page, { include: OUR_PARTS })
    await page.context().close()
  })

  it('the live preview offers three widths and shows a typed title within seconds', async () => {
    const product = await draftProduct()
    const page = await openEdit(SEED_USERS.office, product.id)
    await page.locator('#live-preview-toggler').click()
    const frame = page.frameLocator('#live-preview-iframe')
    await frame.locator('h1').first().waitFor({ timeout: 30_000 })
    expect(await frame.locator('h1').first().innerText()).toBe(product.title)

    await page
      .locator('.live-preview-toolbar-controls__breakpoint')
      .locator('button, [role="button"]')
      .first()
      .click()
    expect(await page.locator('.popup-button-list__button').allInnerTexts()).toEqual(
      expect.arrayContaining(['Smartphone', 'Tablet', 'Desktop']),
    )
    await page.locator('.popup-button-list__button', { hasText: 'Smartphone' }).click()
    await expect
      .poll(() => page.locator('#live-preview-iframe').evaluate((el) => el.clientWidth))
      .toBeLessThanOrEqual(375)

    const title = `Live geändert ${product.id}`
    await page.locator('#field-title').fill(title)
    await expect
      .poll(() => frame.locator('h1').first().innerText(), { timeout: 10_000 })
      .toBe(title)
    await page.context().close()
  })
})
