/**
 * The map in a real Chromium, on a phone and a desktop: markers that never overlap, each one
 * reachable by Tab, named with what and where and leading to a page; a legend naming exactly
 * what is drawn; states that lead to the catalogue filtered by them; the same for the small map
 * of a product's adoptions. The places are made here: five entries at one spot (projects with
 * and without a region, adoptions) and a crowd that can only be drawn as a group.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTIONS, type FederalState } from '@/constants'
import type { Adoption, Organisation, Project, TransferProduct } from '@/payload-types'

import { browserPerFile, expectNoAxeViolations, siteUrl as url } from '../helpers/browser'
import { testContext, type TestContext } from '../helpers/context'
import { uid } from '../helpers/fixtures'

const session = browserPerFile()
let payload: TestContext['payload']
let fixtures: TestContext['fixtures']

const COTTBUS = { latitude: 51.7563, longitude: 14.3329 }
const FRANKFURT = { latitude: 50.1109, longitude: 8.6821 }
const STRALSUND = { latitude: 54.3091, longitude: 13.0818 }
const LEIPZIG = { latitude: 51.3397, longitude: 12.3731 }
/** More than the layout spreads (MARKER.maxSpread): drawn as one group. */
const CROWD = 11

const WIDTHS = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
] as const

const marker = uid()
const made: { collection: (typeof COLLECTIONS)[keyof typeof COLLECTIONS]; id: number }[] = []
let product: TransferProduct
/** The project the product comes from: in Thuringia, without a place on the map. */
let origin: Project
let farCarrier: Organisation
let nearCarrier: Organisation
let ranElsewhere: Project
let ranAtSeat: Project
let atSeatOnly: Project
let crowd: Project[]

const projectAt = async ({
  region,
  carrier,
  state,
}: {
  region?: { name: string; location: { latitude: number; longitude: number } }
  carrier?: Organisation
  state?: FederalState
}) => {
  const project = await fixtures.project({ office: 'rb-ost' })
  made.unshift({ collection: COLLECTIONS.projects, id: project.id })
  return payload.update({
    collection: COLLECTIONS.projects,
    id: project.id,
    data: {
      ...(region ? { region } : {}),
      ...(carrier ? { carryingOrganisation: carrier.id } : {}),
      ...(state ? { state } : {}),
    },
    overrideAccess: true,
    depth: 0,
  })
}

const carrierIn = async ({
  city,
  location,
}: {
  city: string
  location: { latitude: number; longitude: number }
}) => {
  const organisation = await fixtures.organisation()
  made.unshift({ collection: COLLECTIONS.organisations, id: organisation.id })
  return payload.update({
    collection: COLLECTIONS.organisations,
    id: organisation.id,
    data: { address: { city }, location },
    overrideAccess: true,
    depth: 0,
  })
}

const adoptionIn = async ({
  city,
  state,
  location,
}: {
  city: string
  state: FederalState
  location: { latitude: number; longitude: number }
}): Promise<Adoption> => {
  const adoption = await fixtures.adoption({ isPublic: true, product: product.slug as string })
  made.unshift(
    { collection: COLLECTIONS.adoptions, id: adoption.id },
    { collection: COLLECTIONS.organisations, id: adoption.organisation as number },
  )
  return payload.update({
    collection: COLLECTIONS.adoptions,
    id: adoption.id,
    data: { place: { city, state, location } },
    overrideAccess: true,
    depth: 0,
  })
}

beforeAll(async () => {
  ;({ payload, fixtures } = await testContext())
  origin = await projectAt({ state: 'TH' })
  product = await fixtures.product({ project: origin.slug as string, isPublished: true })
  made.unshift({ collection: COLLECTIONS.transferProducts, id: product.id })
  farCarrier = await carrierIn({ city: 'Frankfurt am Main', location: FRANKFURT })
  nearCarrier = await carrierIn({ city: 'Cottbus', location: COTTBUS })
  // Five entries at one spot: two projects that ran there, one drawn at its carrier's seat there,
  // two adoptions.
  ranElsewhere = await projectAt({
    region: { name: `Lausitz ${marker}`, location: COTTBUS },
    carrier: farCarrier,
  })
  ranAtSeat = await projectAt({
    region: { name: `Lausitz ${marker}`, location: COTTBUS },
    carrier: nearCarrier,
  })
  atSeatOnly = await projectAt({ carrier: nearCarrier })
  await adoptionIn({ city: 'Cottbus', state: 'BB', location: COTTBUS })
  await adoptionIn({ city: 'Cottbus', state: 'BB', location: COTTBUS })
  await adoptionIn({ city: 'Leipzig', state: 'SN', location: LEIPZIG })
  crowd = []
  for (let index = 0; index < CROWD; index++) {
    crowd.push(await projectAt({ region: { name: `Vorpommern ${marker}`, location: STRALSUND } }))
  }
})

afterAll(async () => {
  await fixtures.remove(...made)
})

type Drawn = {
  type: string
  name: string
  href: string
  box: { left: number; top: number; right: number; bottom: number }
}

/** The markers as drawn: their type, accessible name, link and box on the screen. */
const drawnMarkers = (page: Page, map: string): Promise<Drawn[]> =>
  page.locator(`${map} a.map__marker`).evaluateAll((links) =>
    links.map((link) => {
      const { left, top, right, bottom } = link.getBoundingClientRect()
      return {
        type: link.getAttribute('data-marker-type') ?? '',
        name: link.getAttribute('aria-label') ?? '',
        href: link.getAttribute('href') ?? '',
        box: { left, top, right, bottom },
      }
    }),
  )

const overlapping = (markers: Drawn[]) =>
  markers.flatMap((a, index) =>
    markers
      .slice(index + 1)
      .filter(
        (b) =>
          a.box.left < b.box.right &&
          b.box.left < a.box.right &&
          a.box.top < b.box.bottom &&
          b.box.top < a.box.bottom,
      )
      .map((b) => `${a.name} / ${b.name}`),
  )

/**
 * Presses Tab from the top of the page until focus has gone round once, and returns the focused
 * elements in order: a marker's index among the map's markers, a state's code, or null.
 */
const tabOrder = async (page: Page, map: string) => {
  await page
    .locator(`${map} a.map__marker`)
    .evaluateAll((links) =>
      links.forEach((link, index) => link.setAttribute('data-probe', `marker-${index}`)),
    )
  await page
    .locator(`${map} a.map__state-link`)
    .evaluateAll((links) =>
      links.forEach((link, index) => link.setAttribute('data-probe', `state-${index}`)),
    )
  await page.locator('body').focus()
  const order: (string | null)[] = []
  for (let press = 0; press < 400; press++) {
    await page.keyboard.press('Tab')
    const probe = await page.evaluate(() =>
      document.activeElement === document.body
        ? 'body'
        : (document.activeElement?.getAttribute('data-probe') ?? null),
    )
    if (probe === 'body' || (probe && order.includes(probe))) break
    order.push(probe)
  }
  return order
}

/**
 * Opens a page once it shows what this file made (`count` matches of `selector`): the page cache
 * and the public snapshot follow a change within seconds.
 */
const openWhenShown = async ({
  page,
  path,
  selector,
  count = 1,
}: {
  page: Page
  path: string
  selector: string
  count?: number
}) => {
  await expect
    .poll(
      async () => {
        await page.goto(url(path))
        return page.locator(selector).count()
      },
      { timeout: 20_000, interval: 1_000 },
    )
    .toBe(count)
}

/** The map page, once it shows the places made here. */
const openMap = (page: Page) =>
  openWhenShown({
    page,
    path: '/karte',
    selector: `a.map__marker[aria-label="Projekt ${ranElsewhere.name}, Lausitz ${marker}"]`,
  })

const checkMarkers = async ({
  page,
  context,
  map,
}: {
  page: Page
  context: BrowserContext
  map: string
}) => {
  const markers = await drawnMarkers(page, map)
  expect(markers.length).toBeGreaterThan(0)
  expect(overlapping(markers)).toEqual([])
  for (const drawn of markers) expect(drawn.name.trim()).not.toBe('')

  // Each reached by Tab, once.
  const order = await tabOrder(page, map)
  const reached = order.filter((probe) => probe?.startsWith('marker-'))
  expect(reached).toEqual(markers.map((_, index) => `marker-${index}`))

  // Each leads somewhere: a page that answers 200, or the list entries of a group on this page.
  for (const href of new Set(markers.map((drawn) => drawn.href))) {
    if (href.startsWith('#')) {
      expect(await page.locator(href).count()).toBe(1)
      continue
    }
    const response = await context.request.get(url(href))
    expect(response.status(), href).toBe(200)
  }

  // The legend names exactly the kinds drawn, and the line to a moved marker's place if any.
  const legend = await page
    .locator(`${map} [data-legend]`)
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-legend')))
  const leaders = await page.locator(`${map} .map__markers .map__leader`).count()
  expect(new Set(legend)).toEqual(
    new Set([...markers.map((drawn) => drawn.type), ...(leaders > 0 ? ['offset'] : [])]),
  )
  expect(legend).toHaveLength(new Set(legend).size)
  return { markers, order }
}

describe.each(WIDTHS)('the map page on a $name', ({ viewport }) => {
  it('draws every marker apart, named, reachable by Tab and leading to a page', async () => {
    const context = await session.browser.newContext({ locale: 'de-DE', viewport })
    const page = await context.newPage()
    await openMap(page)
    const { markers, order } = await checkMarkers({ page, context, map: '.map' })

    // The five entries at one spot each keep a marker: no project hidden under an adoption.
    const names = markers.map((drawn) => drawn.name)
    expect(names).toContain(`Projekt ${ranAtSeat.name}, Lausitz ${marker}`)
    expect(names).toContain(`Projekt ${atSeatOnly.name}, Cottbus`)
    const cottbus = names.filter(
      (name) => /^Übernahme von .*Cottbus$/.test(name) && name.includes(product.title),
    )
    expect(cottbus).toHaveLength(2)

    // Focus meets the markers first, then the states.
    const firstState = order.findIndex((probe) => probe?.startsWith('state-'))
    const lastMarker = order.lastIndexOf(`marker-${markers.length - 1}`)
    expect(firstState).toBeGreaterThan(lastMarker)
    await context.close()
  })

  it('groups a crowd at one place under its count, leading to its entries in the list', async () => {
    const context = await session.browser.newContext({ locale: 'de-DE', viewport })
    const page = await context.newPage()
    await openMap(page)
    const group = page.getByRole('link', {
      name: `${CROWD} Einträge bei Vorpommern ${marker}, zur Liste`,
    })
    await group.click()
    const target = page.locator(':target')
    await expect.poll(() => target.locator('tr').count()).toBe(CROWD)
    const rows = await target.locator('tr').allInnerTexts()
    for (const project of crowd) expect(rows.join('\n')).toContain(project.name)
    await context.close()
  })

  it('opens the catalogue filtered by the state clicked', async () => {
    const context = await session.browser.newContext({ locale: 'de-DE', viewport })
    const page = await context.newPage()
    await openWhenShown({ page, path: '/karte', selector: 'a.map__state-link[href*="state=TH"]' })
    const thuringia = page.getByRole('link', { name: /^Thüringen: Produkte im Katalog \(\d+\)$/ })
    const shown = Number((await thuringia.getAttribute('aria-label'))?.match(/\((\d+)\)/)?.[1])
    // A click where no marker lies: the state's own shape takes it.
    await thuringia.click()
    await page.waitForURL(/\/produkte\?state=TH$/)
    await expect
      .poll(async () => (await page.locator('#results-heading').innerText()).match(/\d+/)?.[0])
      .toBe(String(shown))
    await expect.poll(() => page.locator('.card__title').allInnerTexts()).toContain(product.title)
    await context.close()
  })
})

describe('the list under the map', () => {
  it('lists the same points as the map, naming a carrier’s seat where the project ran elsewhere', async () => {
    const page = await session.context.newPage()
    await openMap(page)
    const rows = page.getByTestId('map-list').locator('tbody tr')
    const points = await page.locator('.map a.map__marker').evaluateAll((links) =>
      links.map((link) => {
        const type = link.getAttribute('data-marker-type')
        const count = Number(link.textContent?.match(/\d+/)?.[0])
        return type === 'group' ? count : 1
      }),
    )
    expect(await rows.count()).toBe(points.reduce((sum, count) => sum + count, 0))
    const row = (name: string) => rows.filter({ hasText: name })
    expect(await row(ranElsewhere.name).innerText()).toContain(
      `Träger: ${farCarrier.name}, Frankfurt am Main`,
    )
    const atSeat = await row(ranAtSeat.name).innerText()
    expect(atSeat).toContain(`Träger: ${nearCarrier.name}`)
    expect(atSeat).not.toContain(`${nearCarrier.name}, Cottbus`)
    await page.close()
  })
})

describe.each(WIDTHS)('a product’s small map on a $name', ({ viewport }) => {
  it('draws its adoptions apart, named, reachable and explained by its legend alone', async () => {
    const context = await session.browser.newContext({ locale: 'de-DE', viewport })
    const page = await context.newPage()
    const path = `/produkte/${product.slug}`
    await openWhenShown({ page, path, selector: '.map a.map__marker', count: 3 })
    const { markers } = await checkMarkers({ page, context, map: '.map' })
    expect(markers.map((drawn) => drawn.type)).toEqual(['adoption', 'adoption', 'adoption'])
    // Only adoptions are drawn here: no project in the legend.
    expect(await page.locator('.map [data-legend="project"]').count()).toBe(0)
    await context.close()
  })
})

describe('accessibility of the map pages (axe-core, WCAG 2.1 AA)', () => {
  it.each([
    ['map', '/karte'],
    ['English map', '/en/karte'],
    ['filtered map', '/karte?kind=sonstiges'],
    ['English filtered map', '/en/karte?kind=sonstiges'],
  ])('%s has no violations at either width', async (_name, path) => {
    for (const { viewport } of WIDTHS) {
      const context = await session.browser.newContext({ locale: 'de-DE', viewport })
      const page = await context.newPage()
      await page.goto(url(path))
      await expectNoAxeViolations(page)
      await context.close()
    }
  })

  it('a product page with its small map has no violations, in both languages', async () => {
    for (const path of [`/produkte/${product.slug}`, `/en/produkte/${product.slug}`]) {
      const page = await session.context.newPage()
      await page.goto(url(path))
      await expect.poll(() => page.locator('.map a.map__marker').count()).toBeGreaterThan(0)
      await expectNoAxeViolations(page)
      await page.close()
    }
  })
})
