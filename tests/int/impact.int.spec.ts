/**
 * The programme's impact: the pure computation on hand-made records (every figure, the Berlin
 * quarter boundaries, several products, declined and withdrawn requests, adoptions without a
 * request), then the same figures read from the database for two offices of their own (A and B,
 * made here, so the demo data shared with other test files cannot disturb the counts), through
 * the Local API, the CSV export and the admin view, with each role's exact answer.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'

import { COLLECTIONS, CONTEXT, type FederalState, type RequestStatus } from '@/constants'
import {
  computeImpact,
  type Funnel,
  type ImpactAdoption,
  type ImpactFigures,
  type ImpactRequest,
  median,
} from '@/lib/impact/figures'
import { quarterKey } from '@/lib/impact/quarters'
import { IMPACT_COLUMNS, impactRows } from '@/lib/impact/table'
import type { ID } from '@/lib/ids'
import type { RegionalOffice, TransferProduct, User } from '@/payload-types'
import { canSeeImpact, gatherImpact } from '@/services/admin/impact'

import type { Actor, ActorKey } from '../helpers/actors'
import { testContext } from '../helpers/context'
import { TEST_PASSWORD } from '../helpers/env'
import type { Fixtures } from '../helpers/fixtures'
import { login } from '../helpers/http'

/** A funnel row written as [requests, consultation, trial, adopted, declined, withdrawn, open, median]. */
type Expected = [number, number, number, number, number, number, number, number | null]
const funnel = ([
  requests,
  consultation,
  trial,
  adopted,
  declined,
  withdrawn,
  open,
  medianDaysToAdoption,
]: Expected): Funnel => ({
  requests,
  consultation,
  trial,
  adopted,
  declined,
  withdrawn,
  open,
  medianDaysToAdoption,
})

type Step = [RequestStatus, string]

/** Paths through the workflow at known moments (UTC); the last step is the current status. */
const PATHS = {
  /** Adopted after a trial, 50 days after arrival, in the first quarter. */
  adoptedAfterTrial: [
    ['new', '2026-01-10T10:00:00.000Z'],
    ['in-review', '2026-01-12T10:00:00.000Z'],
    ['in-consultation', '2026-01-15T10:00:00.000Z'],
    ['trial', '2026-02-01T10:00:00.000Z'],
    ['adopted', '2026-03-01T10:00:00.000Z'],
  ],
  /** Arrived at 00:30 on 1 April in Berlin (still 31 March in UTC): second quarter; 20 days. */
  adoptedAfterConsultation: [
    ['new', '2026-03-31T22:30:00.000Z'],
    ['in-review', '2026-04-02T08:00:00.000Z'],
    ['in-consultation', '2026-04-10T08:00:00.000Z'],
    ['adopted', '2026-04-20T22:30:00.000Z'],
  ],
  /** Arrived at 23:30 on 31 March in Berlin: first quarter; declined after a trial. */
  declinedAfterTrial: [
    ['new', '2026-03-31T21:30:00.000Z'],
    ['in-review', '2026-04-01T08:00:00.000Z'],
    ['in-consultation', '2026-04-03T08:00:00.000Z'],
    ['trial', '2026-04-15T08:00:00.000Z'],
    ['declined', '2026-06-15T08:00:00.000Z'],
  ],
  /** Arrived at 00:30 on 1 January 2026 in Berlin (31 December in UTC), withdrawn at once. */
  withdrawnAtOnce: [
    ['new', '2025-12-31T23:30:00.000Z'],
    ['withdrawn', '2026-01-02T09:00:00.000Z'],
  ],
  /** Fourth quarter of 2025, adopted after 10 days. */
  adoptedQuickly: [
    ['new', '2025-11-01T09:00:00.000Z'],
    ['in-review', '2025-11-02T09:00:00.000Z'],
    ['in-consultation', '2025-11-05T09:00:00.000Z'],
    ['adopted', '2025-11-11T09:00:00.000Z'],
  ],
  /** Second quarter of 2026, adopted after 3 days. */
  adoptedInThreeDays: [
    ['new', '2026-05-01T08:00:00.000Z'],
    ['in-review', '2026-05-01T12:00:00.000Z'],
    ['in-consultation', '2026-05-02T08:00:00.000Z'],
    ['adopted', '2026-05-04T08:00:00.000Z'],
  ],
  /** Still new. */
  open: [['new', '2026-05-01T08:00:00.000Z']],
} satisfies Record<string, Step[]>

const record = (
  id: number,
  officeId: string | null,
  productIds: string[],
  path: readonly Step[],
): ImpactRequest => ({
  id,
  officeId,
  productIds,
  createdAt: '2026-12-01T00:00:00.000Z',
  status: path.at(-1)![0],
  history: path.map(([to, at]) => ({ to, at })),
})

describe('the computation (records in, figures out)', () => {
  // Office a: three requests, one of them for two products; office b: two; one without office.
  const requests: ImpactRequest[] = [
    record(1, 'a', ['p1'], PATHS.adoptedAfterTrial),
    record(2, 'a', ['p1', 'p2'], PATHS.adoptedAfterConsultation),
    record(3, 'a', ['p2'], PATHS.declinedAfterTrial),
    record(4, 'b', ['p3'], PATHS.withdrawnAtOnce),
    record(5, 'b', ['p3', 'p3'], PATHS.adoptedQuickly),
    record(6, null, ['p1'], PATHS.open),
  ]
  const adoptions: ImpactAdoption[] = [
    { id: 1, state: 'NW', date: '2026-01-01T00:00:00.000Z', hasRequest: true },
    // 00:30 on 1 January 2026 in Berlin.
    { id: 2, state: 'NW', date: '2025-12-31T23:30:00.000Z', hasRequest: true },
    // Midnight of 1 October in Berlin, as the admin's month picker stores it.
    { id: 3, state: 'NW', date: '2025-09-30T22:00:00.000Z', hasRequest: false },
    { id: 4, state: 'BY', date: '2024-08-01T00:00:00.000Z', hasRequest: false },
    { id: 5, state: null, date: null, hasRequest: false },
  ]
  const figures = computeImpact({ requests, adoptions })

  it('counts every request at each stage it ever reached, with the median days to adoption', () => {
    expect(figures.total).toEqual(funnel([6, 4, 2, 3, 1, 1, 1, 20]))
  })

  it('counts per office, a request for two products once, and keeps requests without an office apart', () => {
    expect(figures.byOffice).toEqual([
      { officeId: 'a', funnel: funnel([3, 3, 2, 2, 1, 0, 0, 35]) },
      { officeId: 'b', funnel: funnel([2, 1, 0, 1, 0, 1, 0, 10]) },
      { officeId: null, funnel: funnel([1, 0, 0, 0, 0, 0, 1, null]) },
    ])
  })

  it('counts a request for several products once for each product (and a product named twice once)', () => {
    expect(figures.byProduct).toEqual([
      { productId: 'p1', funnel: funnel([3, 2, 1, 2, 0, 0, 1, 35]) },
      { productId: 'p2', funnel: funnel([2, 2, 1, 1, 1, 0, 0, 20]) },
      { productId: 'p3', funnel: funnel([2, 1, 0, 1, 0, 1, 0, 10]) },
    ])
  })

  it('puts each request in the Berlin quarter it arrived in, whenever it moved on', () => {
    expect(figures.byQuarter).toEqual([
      { quarter: '2025-Q4', funnel: funnel([1, 1, 0, 1, 0, 0, 0, 10]) },
      { quarter: '2026-Q1', funnel: funnel([3, 2, 2, 1, 1, 1, 0, 50]) },
      { quarter: '2026-Q2', funnel: funnel([2, 1, 0, 1, 0, 0, 1, 20]) },
    ])
  })

  it('breaks the funnel down by office, product and quarter together', () => {
    const detail = figures.detail.map((row) => [
      row.officeId,
      row.productId,
      row.quarter,
      row.funnel.requests,
      row.funnel.adopted,
    ])
    expect(detail).toEqual([
      ['a', 'p1', '2026-Q1', 1, 1],
      ['a', 'p1', '2026-Q2', 1, 1],
      ['a', 'p2', '2026-Q1', 1, 0],
      ['a', 'p2', '2026-Q2', 1, 1],
      ['b', 'p3', '2025-Q4', 1, 1],
      ['b', 'p3', '2026-Q1', 1, 0],
      [null, 'p1', '2026-Q2', 1, 0],
    ])
  })

  it('counts adoptions per state, quarter and year, those without a request included', () => {
    expect(figures.adoptions).toEqual({
      total: 5,
      withoutRequest: 3,
      byState: [
        {
          state: 'NW',
          total: 3,
          byQuarter: { '2026-Q1': 2, '2025-Q4': 1 },
          byYear: { '2026': 2, '2025': 1 },
        },
        { state: 'BY', total: 1, byQuarter: { '2024-Q3': 1 }, byYear: { '2024': 1 } },
        { state: null, total: 1, byQuarter: { unknown: 1 }, byYear: { unknown: 1 } },
      ],
      quarters: ['2024-Q3', '2025-Q4', '2026-Q1', 'unknown'],
      years: ['2024', '2025', '2026', 'unknown'],
    })
  })

  it('reads the history in time order and falls back to the current status and the creation time', () => {
    const unordered: ImpactRequest = {
      id: 7,
      officeId: 'a',
      productIds: ['p1'],
      createdAt: '2026-07-01T08:00:00.000Z',
      status: 'adopted',
      history: [
        { to: 'adopted', at: '2026-07-05T08:00:00.000Z' },
        { to: 'new', at: '2026-07-01T08:00:00.000Z' },
        { to: 'in-consultation', at: '2026-07-02T08:00:00.000Z' },
      ],
    }
    const withoutHistory: ImpactRequest = {
      id: 8,
      officeId: 'a',
      productIds: ['p1'],
      createdAt: '2026-09-30T22:30:00.000Z',
      status: 'in-consultation',
      history: [],
    }
    const result = computeImpact({ requests: [unordered, withoutHistory], adoptions: [] })
    expect(result.total).toEqual(funnel([2, 2, 0, 1, 0, 0, 1, 4]))
    // No history: the creation time (00:30 on 1 October in Berlin) decides the quarter.
    expect(result.byQuarter.map((row) => row.quarter)).toEqual(['2026-Q3', '2026-Q4'])
  })

  it('gives empty figures for no records', () => {
    expect(computeImpact({ requests: [], adoptions: [] })).toEqual({
      total: funnel([0, 0, 0, 0, 0, 0, 0, null]),
      byOffice: [],
      byProduct: [],
      byQuarter: [],
      detail: [],
      adoptions: { total: 0, withoutRequest: 0, byState: [], quarters: [], years: [] },
    })
  })

  it.each([
    [[], null],
    [[4], 4],
    [[10, 2, 7], 7],
    [[1, 2, 3, 10], 2.5],
    [[0.04, 0.06], 0.1],
  ])('takes the median of %j as %s', (values, expected) => {
    expect(median(values)).toBe(expected)
  })

  it.each([
    ['2026-03-31T21:59:59.000Z', '2026-Q1'],
    ['2026-03-31T22:00:00.000Z', '2026-Q2'],
    ['2025-12-31T22:59:59.000Z', '2025-Q4'],
    ['2025-12-31T23:00:00.000Z', '2026-Q1'],
    ['2026-09-30T22:00:00.000Z', '2026-Q4'],
    ['not a date', undefined],
  ])('puts %s in quarter %s (Berlin time)', (moment, quarter) => {
    expect(quarterKey(moment)).toBe(quarter)
  })

  it('writes one table row per figure, with the labels given', () => {
    const rows = impactRows(figures, {
      office: (id) => (id === null ? 'ohne' : `Büro ${id}`),
      product: (id) => `Produkt ${id}`,
    })
    const byColumn = rows.map((row) =>
      Object.fromEntries(IMPACT_COLUMNS.map((column, index) => [column, row[index]])),
    )
    expect(byColumn[0]).toMatchObject({ section: 'total', requests: 6, adopted: 3 })
    expect(byColumn[0].medianDaysToAdoption).toBe(20)
    expect(byColumn.filter((row) => row.section === 'office')).toHaveLength(3)
    expect(byColumn.find((row) => row.section === 'office' && row.officeId === 'b')).toMatchObject({
      office: 'Büro b',
      requests: 2,
      withdrawn: 1,
      medianDaysToAdoption: 10,
    })
    expect(
      byColumn.find((row) => row.section === 'product' && row.productId === 'p2'),
    ).toMatchObject({ product: 'Produkt p2', requests: 2, declined: 1 })
    expect(byColumn.filter((row) => row.section === 'office-product-quarter')).toHaveLength(7)
    expect(
      byColumn
        .filter((row) => String(row.section).startsWith('adoptions'))
        .map((row) => [row.section, row.state, row.quarter, row.adoptions]),
    ).toEqual([
      ['adoptions-total', null, null, 5],
      ['adoptions-without-request', null, null, 3],
      ['adoptions-state', 'NW', null, 3],
      ['adoptions-state', 'BY', null, 1],
      ['adoptions-state', null, null, 1],
      ['adoptions-state-quarter', 'NW', '2025-Q4', 1],
      ['adoptions-state-quarter', 'NW', '2026-Q1', 2],
      ['adoptions-state-quarter', 'BY', '2024-Q3', 1],
      ['adoptions-state-quarter', null, 'unknown', 1],
    ])
  })
})

// ---------------------------------------------------------------------------------------------
// From the database, per role

let payload: Payload
let fixtures: Fixtures
let actors: Record<ActorKey, Actor>
const made: { collection: (typeof COLLECTIONS)[keyof typeof COLLECTIONS]; id: ID }[] = []

/** How the seed and the system write: no user, no mails, no automatic adoptions. */
const SYSTEM = { overrideAccess: true, depth: 0, context: { [CONTEXT.skipSideEffects]: true } }

let officeA: RegionalOffice
let officeB: RegionalOffice
let productA1: TransferProduct
let productA2: TransferProduct
let productB: TransferProduct
let staffA: { user: User; token: string }
let staffB: { user: User; token: string }
let baseline: ImpactFigures

let requestCount = 0

/** A title a spreadsheet would run as a formula: the CSV must defuse it. */
const FORMULA_TITLE = '=HYPERLINK("http://example.com","Wirkungsprodukt")'

const makeRequest = async ({
  office,
  products,
  path,
  state = 'HB',
}: {
  office: RegionalOffice
  products: TransferProduct[]
  path: readonly Step[]
  state?: FederalState
}) => {
  const doc = await payload.create({
    collection: COLLECTIONS.adoptionRequests,
    data: {
      products: products.map((product) => product.id),
      office: office.id,
      requester: {
        name: 'Erika Mustermann',
        organisation: 'Wirkungstest (Beispiel)',
        organisationType: 'company',
        email: `wirkung-${(requestCount += 1)}@example.com`,
        state,
      },
      consent: { given: true, givenAt: new Date().toISOString(), privacyPolicyVersion: '1' },
      status: 'new',
    },
    ...SYSTEM,
  })
  made.unshift({ collection: COLLECTIONS.adoptionRequests, id: doc.id })
  // Walked through the workflow as staff would, then the history dated as the test needs: a save
  // that keeps the status is no transition, so the hook keeps the history it is given.
  for (const [status] of path.slice(1)) {
    await payload.update({
      collection: COLLECTIONS.adoptionRequests,
      id: doc.id,
      data: { status },
      ...SYSTEM,
    })
  }
  await payload.update({
    collection: COLLECTIONS.adoptionRequests,
    id: doc.id,
    data: {
      statusHistory: path.map(([to, at], index) => ({
        at,
        to,
        from: index === 0 ? null : path[index - 1][0],
      })),
    },
    ...SYSTEM,
  })
  return doc
}

const makeAdoption = async ({
  product,
  state,
  since,
  request,
}: {
  product: TransferProduct
  state: FederalState
  since: string
  request?: { id: ID }
}) => {
  const doc = await payload.create({
    collection: COLLECTIONS.adoptions,
    data: {
      product: product.id,
      place: { city: 'Wirkungsstadt', state },
      since,
      status: 'established',
      sourceRequest: request ? (request.id as number) : undefined,
    },
    ...SYSTEM,
  })
  made.unshift({ collection: COLLECTIONS.adoptions, id: doc.id })
  return doc
}

const staffOf = async (office: RegionalOffice) => {
  const user = await fixtures.user({ office: office.slug as string })
  made.push({ collection: COLLECTIONS.users, id: user.id })
  return {
    user: { ...user, collection: COLLECTIONS.users } as User,
    token: await login({ email: user.email, password: TEST_PASSWORD }),
  }
}

const impactOf = (user: User | null) => gatherImpact({ payload, user: user as User, locale: 'de' })

beforeAll(async () => {
  ;({ payload, fixtures, actors } = await testContext())
  baseline = (await impactOf(actors.admin.user)).figures
  officeA = await fixtures.office()
  officeB = await fixtures.office()
  const projectA = await fixtures.project({ office: officeA.slug as string })
  const projectB = await fixtures.project({ office: officeB.slug as string })
  productA1 = await fixtures.product({ project: projectA.slug as string, isPublished: true })
  productA2 = await fixtures.product({ project: projectA.slug as string, isPublished: true })
  productA2 = await payload.update({
    collection: COLLECTIONS.transferProducts,
    id: productA2.id,
    data: { title: FORMULA_TITLE },
    locale: 'de',
    ...SYSTEM,
  })
  productB = await fixtures.product({ project: projectB.slug as string, isPublished: true })
  made.push(
    { collection: COLLECTIONS.transferProducts, id: productA1.id },
    { collection: COLLECTIONS.transferProducts, id: productA2.id },
    { collection: COLLECTIONS.transferProducts, id: productB.id },
    { collection: COLLECTIONS.projects, id: projectA.id },
    { collection: COLLECTIONS.projects, id: projectB.id },
  )
  staffA = await staffOf(officeA)
  staffB = await staffOf(officeB)
  made.push(
    { collection: COLLECTIONS.regionalOffices, id: officeA.id },
    { collection: COLLECTIONS.regionalOffices, id: officeB.id },
  )

  // Office A: four requests (one for two products, one for office B's product).
  const a1 = await makeRequest({
    office: officeA,
    products: [productA1],
    path: PATHS.adoptedAfterTrial,
  })
  const a2 = await makeRequest({
    office: officeA,
    products: [productA1, productA2],
    path: PATHS.adoptedAfterConsultation,
  })
  await makeRequest({ office: officeA, products: [productA2], path: PATHS.declinedAfterTrial })
  const a4 = await makeRequest({
    office: officeA,
    products: [productB],
    path: PATHS.adoptedInThreeDays,
  })
  // Office B: two requests.
  await makeRequest({
    office: officeB,
    products: [productB],
    path: PATHS.withdrawnAtOnce,
    state: 'SL',
  })
  const b2 = await makeRequest({
    office: officeB,
    products: [productB],
    path: PATHS.adoptedQuickly,
    state: 'SL',
  })

  await makeAdoption({ product: productA1, state: 'HB', since: '2026-03-01', request: a1 })
  await makeAdoption({ product: productA1, state: 'HB', since: '2026-04-21', request: a2 })
  await makeAdoption({ product: productA2, state: 'HB', since: '2026-04-21', request: a2 })
  // Office B's product, adopted from a request routed to office A: office A's adoption.
  await makeAdoption({ product: productB, state: 'HB', since: '2026-05-04', request: a4 })
  // Without a request: the office of the product.
  await makeAdoption({ product: productA2, state: 'HH', since: '2024-08-01' })
  await makeAdoption({ product: productB, state: 'SL', since: '2025-11-11', request: b2 })
  await makeAdoption({ product: productB, state: 'SL', since: '2025-09-30T22:00:00.000Z' })
})

afterAll(async () => {
  await fixtures?.remove(...made)
})

const expectedA = {
  total: funnel([4, 4, 2, 3, 1, 0, 0, 20]),
  products: () => [
    { productId: String(productA1.id), funnel: funnel([2, 2, 1, 2, 0, 0, 0, 35]) },
    { productId: String(productA2.id), funnel: funnel([2, 2, 1, 1, 1, 0, 0, 20]) },
    { productId: String(productB.id), funnel: funnel([1, 1, 0, 1, 0, 0, 0, 3]) },
  ],
  quarters: [
    { quarter: '2026-Q1', funnel: funnel([2, 2, 2, 1, 1, 0, 0, 50]) },
    { quarter: '2026-Q2', funnel: funnel([2, 2, 0, 2, 0, 0, 0, 11.5]) },
  ],
  adoptions: {
    total: 5,
    withoutRequest: 1,
    byState: [
      {
        state: 'HB',
        total: 4,
        byQuarter: { '2026-Q1': 1, '2026-Q2': 3 },
        byYear: { '2026': 4 },
      },
      { state: 'HH', total: 1, byQuarter: { '2024-Q3': 1 }, byYear: { '2024': 1 } },
    ],
    quarters: ['2024-Q3', '2026-Q1', '2026-Q2'],
    years: ['2024', '2026'],
  },
}

const expectedB = {
  total: funnel([2, 1, 0, 1, 0, 1, 0, 10]),
  quarters: [
    { quarter: '2025-Q4', funnel: funnel([1, 1, 0, 1, 0, 0, 0, 10]) },
    { quarter: '2026-Q1', funnel: funnel([1, 0, 0, 0, 0, 1, 0, null]) },
  ],
  adoptions: {
    total: 2,
    withoutRequest: 1,
    byState: [{ state: 'SL', total: 2, byQuarter: { '2025-Q4': 2 }, byYear: { '2025': 2 } }],
    quarters: ['2025-Q4'],
    years: ['2025'],
  },
}

describe('the figures of an office (Local API)', () => {
  it('gives office A every figure of its own records', async () => {
    const { figures, scope } = await impactOf(staffA.user)
    expect(scope).toEqual({ isAllOffices: false, officeName: officeA.name })
    expect(figures.total).toEqual(expectedA.total)
    expect(figures.byOffice).toEqual([{ officeId: String(officeA.id), funnel: expectedA.total }])
    expect(figures.byProduct).toEqual(expectedA.products())
    expect(figures.byQuarter).toEqual(expectedA.quarters)
    expect(figures.adoptions).toEqual(expectedA.adoptions)
  })

  it('gives office B its own figures and never office A’s records, not even for B’s product', async () => {
    const { figures, scope } = await impactOf(staffB.user)
    expect(scope).toEqual({ isAllOffices: false, officeName: officeB.name })
    expect(figures.total).toEqual(expectedB.total)
    expect(figures.byOffice).toEqual([{ officeId: String(officeB.id), funnel: expectedB.total }])
    expect(figures.byProduct).toEqual([{ productId: String(productB.id), funnel: expectedB.total }])
    expect(figures.byQuarter).toEqual(expectedB.quarters)
    expect(figures.adoptions).toEqual(expectedB.adoptions)
  })

  it('gives admins every office: both test offices exactly, the rest as before', async () => {
    const { figures, scope } = await impactOf(actors.admin.user)
    expect(scope.isAllOffices).toBe(true)
    const office = (id: ID) => figures.byOffice.find((row) => row.officeId === String(id))?.funnel
    expect(office(officeA.id)).toEqual(expectedA.total)
    expect(office(officeB.id)).toEqual(expectedB.total)
    const product = (id: ID) =>
      figures.byProduct.find((row) => row.productId === String(id))?.funnel
    expect(product(productA1.id)).toEqual(expectedA.products()[0].funnel)
    expect(product(productB.id)).toEqual(funnel([3, 2, 0, 2, 0, 1, 0, 6.5]))
    expect(figures.total.requests).toBe(baseline.total.requests + 6)
    expect(figures.total.adopted).toBe(baseline.total.adopted + 4)
    expect(figures.total.withdrawn).toBe(baseline.total.withdrawn + 1)
    expect(figures.adoptions.total).toBe(baseline.adoptions.total + 7)
    expect(figures.adoptions.withoutRequest).toBe(baseline.adoptions.withoutRequest + 2)
    const state = (figuresOf: ImpactFigures, code: string) =>
      figuresOf.adoptions.byState.find((row) => row.state === code)?.total ?? 0
    expect(state(figures, 'HB') - state(baseline, 'HB')).toBe(4)
    expect(state(figures, 'SL') - state(baseline, 'SL')).toBe(2)
    expect(state(figures, 'HH') - state(baseline, 'HH')).toBe(1)
  })

  it.each([['projectStaff'], ['anonymous']] as const)(
    'refuses %s (no figures are read)',
    async (key) => {
      expect(canSeeImpact(actors[key].user)).toBe(false)
      await expect(impactOf(actors[key].user)).rejects.toThrow()
    },
  )
})

// ---------------------------------------------------------------------------------------------
// Over HTTP: the CSV export and the admin view

const CSV_PATH = '/api/impact/export.csv'

const get = async (
  path: string,
  { token, language }: { token?: string; language?: string } = {},
) => {
  const response = await fetch(`${inject('baseURL')}${path}`, {
    redirect: 'manual',
    headers: {
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...(language ? { 'Accept-Language': language } : {}),
    },
  })
  const bytes = new Uint8Array(await response.arrayBuffer())
  return { response, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) }
}

/** The CSV's rows (RFC 4180, CRLF), keyed by column name. */
const parseCsv = (text: string): Record<string, string>[] => {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(cell)
      cell = ''
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += char
  }
  const [header, ...body] = rows
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i]])))
}

const tokenOf = (key: ActorKey | 'staffA' | 'staffB') =>
  key === 'staffA' ? staffA.token : key === 'staffB' ? staffB.token : actors[key].token

describe('the CSV export', () => {
  it.each([
    ['anonymous', 401],
    ['projectStaff', 403],
    ['staffA', 200],
    ['staffB', 200],
    ['admin', 200],
  ] as const)('answers %s with %i', async (key, status) => {
    const { response } = await get(CSV_PATH, { token: tokenOf(key) })
    expect(response.status).toBe(status)
  })

  it('is UTF-8 with a byte order mark, CRLF lines and the stable header', async () => {
    const { response, bytes, text } = await get(CSV_PATH, { token: staffA.token })
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="wirkung-\d{4}-\d{2}-\d{2}\.csv"$/,
    )
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(text.slice(1).split('\r\n')[0]).toBe(IMPACT_COLUMNS.join(','))
    expect(text.endsWith('\r\n')).toBe(true)
  })

  it('holds every figure of office A, the same as the view reads', async () => {
    const rows = parseCsv((await get(CSV_PATH, { token: staffA.token })).text.slice(1))
    const total = rows.find((row) => row.section === 'total')
    expect(total).toMatchObject({
      requests: '4',
      consultation: '4',
      trial: '2',
      adopted: '3',
      declined: '1',
      withdrawn: '0',
      open: '0',
      medianDaysToAdoption: '20',
    })
    expect(rows.filter((row) => row.section === 'office')).toEqual([
      expect.objectContaining({
        officeId: String(officeA.id),
        office: officeA.name,
        requests: '4',
      }),
    ])
    expect(
      rows
        .filter((row) => row.section === 'quarter')
        .map((row) => [row.quarter, row.requests, row.adopted, row.medianDaysToAdoption]),
    ).toEqual([
      ['2026-Q1', '2', '1', '50'],
      ['2026-Q2', '2', '2', '11.5'],
    ])
    expect(
      rows
        .filter((row) => row.section.startsWith('adoptions'))
        .map((row) => [row.section, row.state, row.quarter, row.adoptions]),
    ).toEqual([
      ['adoptions-total', '', '', '5'],
      ['adoptions-without-request', '', '', '1'],
      ['adoptions-state', 'HB', '', '4'],
      ['adoptions-state', 'HH', '', '1'],
      ['adoptions-state-quarter', 'HB', '2026-Q1', '1'],
      ['adoptions-state-quarter', 'HB', '2026-Q2', '3'],
      ['adoptions-state-quarter', 'HH', '2024-Q3', '1'],
    ])
    expect(rows.filter((row) => row.section === 'office-product-quarter')).toHaveLength(5)
  })

  it('defuses a product title a spreadsheet would run as a formula', async () => {
    const { text } = await get(CSV_PATH, { token: staffA.token })
    const product = parseCsv(text.slice(1)).find(
      (row) => row.section === 'product' && row.productId === String(productA2.id),
    )
    expect(product?.product).toBe(`'${FORMULA_TITLE}`)
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m)
  })

  it.each([
    ['office', () => String(officeA.id)],
    ['where[office][equals]', () => String(officeA.id)],
    ['locale', () => 'en'],
  ])('ignores ?%s= for office B: its own figures only', async (name, value) => {
    const { response, text } = await get(
      `${CSV_PATH}?${encodeURIComponent(name)}=${encodeURIComponent(value())}`,
      { token: staffB.token },
    )
    expect(response.status).toBe(200)
    const rows = parseCsv(text.slice(1))
    expect(rows.find((row) => row.section === 'total')).toMatchObject({
      requests: '2',
      adopted: '1',
      withdrawn: '1',
    })
    expect(new Set(rows.map((row) => row.officeId).filter(Boolean))).toEqual(
      new Set([String(officeB.id)]),
    )
    expect(text).not.toContain(officeA.name)
    expect(text).not.toContain(productA1.title)
    expect(text).not.toContain('HB')
  })

  it.each([
    ['locale=xx', 'anonymous'],
    ['locale=xx', 'staffB'],
    ['locale=all', 'staffB'],
    ['locale=de&locale=en', 'admin'],
  ] as const)('refuses ?%s from %s with 400 naming the parameter', async (query, key) => {
    const { response, text } = await get(`${CSV_PATH}?${query}`, { token: tokenOf(key) })
    expect(response.status).toBe(400)
    expect(JSON.parse(text)).toEqual({
      errors: [{ field: 'locale', message: 'locale must be one of de, en' }],
    })
  })

  it('names products in English when asked', async () => {
    await payload.update({
      collection: COLLECTIONS.transferProducts,
      id: productA1.id,
      data: {
        title: 'Impact test product',
        pitch: 'A product that exists for one test only.',
        contact: { role: 'Regional office, transfer advice', email: 'transfer@example.org' },
      },
      locale: 'en',
      ...SYSTEM,
    })
    const { text } = await get(`${CSV_PATH}?locale=en`, { token: staffA.token })
    const row = parseCsv(text.slice(1)).find(
      (entry) => entry.section === 'product' && entry.productId === String(productA1.id),
    )
    expect(row?.product).toBe('Impact test product')
  })

  it('gives admins both test offices', async () => {
    const rows = parseCsv((await get(CSV_PATH, { token: actors.admin.token })).text.slice(1))
    const offices = rows.filter((row) => row.section === 'office')
    expect(offices.find((row) => row.officeId === String(officeA.id))?.requests).toBe('4')
    expect(offices.find((row) => row.officeId === String(officeB.id))?.requests).toBe('2')
  })
})

describe('the admin view', () => {
  const VIEW = '/admin/impact'

  it('sends anonymous visitors to the login, and back afterwards, showing no figures', async () => {
    // Payload renders custom views inside its streamed layout, so the redirect travels in the
    // page's payload (Next's client redirect with its status) rather than as a 307 header.
    const { response, text } = await get(VIEW)
    expect(response.status).toBe(200)
    expect(text).toContain(
      `NEXT_REDIRECT;replace;/admin/login?redirect=${encodeURIComponent(VIEW)};307;`,
    )
    expect(text).not.toContain('Wirkung des Transfers')
    expect(text).not.toContain(officeA.name)
  })

  it('refuses project staff with a message, and shows no figures', async () => {
    const { response, text } = await get(VIEW, { token: actors.projectStaff.token })
    expect(response.status).toBe(200)
    expect(text).toContain('data-refused="true"')
    expect(text).toContain('Kein Zugriff')
    expect(text).not.toContain('Von der Anfrage zur Übernahme')
  })

  it('shows office B its figures and nothing of office A', async () => {
    const { response, text } = await get(VIEW, { token: staffB.token })
    expect(response.status).toBe(200)
    expect(text).toContain('Wirkung des Transfers')
    expect(text).toContain(officeB.name)
    expect(text).not.toContain(officeA.name)
    expect(text).not.toContain(productA1.title)
    expect(text).toContain('Median von der Anfrage bis zur Übernahme: 10 Tage')
    expect(text).toContain('2 Übernahmen, davon 1 ohne Anfrage erfasst.')
    expect(text).toContain('Saarland')
    expect(text).toContain('4. Quartal 2025')
    expect(text).toContain(`href="${CSV_PATH}?locale=de"`)
  })

  it('shows office A its median with a decimal comma, and the link in the navigation', async () => {
    const { text } = await get(VIEW, { token: staffA.token })
    expect(text).toContain('Median von der Anfrage bis zur Übernahme: 20 Tage')
    expect(text).toMatch(/data-key="2026-Q2"[\s\S]*?11,5/)
    expect(text).toContain('class="impact__nav-link"')
  })

  it('shows admins every office, in English when the admin speaks English', async () => {
    const { response, text } = await get(VIEW, { token: actors.admin.token, language: 'en' })
    expect(response.status).toBe(200)
    expect(text).toContain('Programme impact')
    expect(text).toContain('across all regional offices')
    expect(text).toContain(officeA.name)
    expect(text).toContain(officeB.name)
    expect(text).toContain('Q4 2025')
  })

  it('is linked from the admin home for office staff', async () => {
    const { text } = await get('/admin', { token: staffA.token })
    expect(text).toMatch(new RegExp(`<a href="${VIEW}">Wirkung des Transfers: Trichter`))
  })
})
