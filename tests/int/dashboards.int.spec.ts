/**
 * The admin home's product reads: "Meine Produkte" for project staff and the review queue for
 * office staff and admins. Two offices (West, Süd) with a project each, a project staff member
 * per project: each sees only their own, the queue is ordered by submission, and the request and
 * adoption counts are numbers for the user's own products only.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COLLECTIONS, GLOBALS } from '@/constants'
import type { ID } from '@/lib/ids'
import type { Project, TransferProduct, User } from '@/payload-types'
import { gatherReviewQueue, listMyProducts } from '@/services/admin/productDashboards'

import type { Actor, ActorKey } from '../helpers/actors'
import { testContext } from '../helpers/context'
import { type Fixtures } from '../helpers/fixtures'
import { TEST_PASSWORD } from '../helpers/env'
import { api, login } from '../helpers/http'
import { makeReviewState } from '../helpers/reviewState'

let payload: Payload
let fixtures: Fixtures
let actors: Record<ActorKey, Actor>

const DAY_MS = 24 * 60 * 60 * 1000

const ago = (ms: number) => new Date(Date.now() - ms).toISOString()

let overdueDays: number
let projectWest: Project
let projectSued: Project
let staffWest: User
let staffSued: User
/** West: never published, submitted an hour ago. */
let freshWest: TransferProduct
/** West: published, then a draft submitted overdueDays + 2 days ago. */
let overdueWest: TransferProduct
/** West: changes requested by the office, with a comment. */
let returnedWest: TransferProduct
/** Süd: never published, submitted overdueDays + 5 days ago. */
let oldestSued: TransferProduct
const made: { collection: (typeof COLLECTIONS)[keyof typeof COLLECTIONS]; id: ID }[] = []

let states: ReturnType<typeof makeReviewState>

const projectStaff = async (project: Project) => {
  const user = await fixtures.user({ project: project.id })
  made.push({ collection: COLLECTIONS.users, id: user.id })
  return { ...user, collection: COLLECTIONS.users } as User
}

/** A product of the project; complete (so it may be submitted) unless `isComplete` is false. */
const product = async (project: Project, { isPublished = false, isComplete = true } = {}) => {
  const options = { project: project.slug as string, isPublished }
  const doc = isComplete ? await states.completeProduct(options) : await fixtures.product(options)
  made.unshift({ collection: COLLECTIONS.transferProducts, id: doc.id })
  return doc
}

beforeAll(async () => {
  ;({ payload, fixtures, actors } = await testContext())
  states = makeReviewState({ payload, fixtures })
  const settings = await payload.findGlobal({ slug: GLOBALS.siteSettings, depth: 0 })
  overdueDays = settings.reviewOverdueDays ?? 5
  projectWest = await fixtures.project({ office: 'rb-west' })
  projectSued = await fixtures.project({ office: 'rb-sued' })
  made.push(
    { collection: COLLECTIONS.projects, id: projectWest.id },
    { collection: COLLECTIONS.projects, id: projectSued.id },
  )
  staffWest = await projectStaff(projectWest)
  staffSued = await projectStaff(projectSued)

  freshWest = await product(projectWest)
  await states.review({
    id: freshWest.id,
    status: 'submitted',
    history: [{ at: ago(60 * 60 * 1000), byName: 'Projekt West', from: 'draft', to: 'submitted' }],
  })
  overdueWest = await product(projectWest, { isPublished: true })
  await states.review({
    id: overdueWest.id,
    status: 'submitted',
    history: [
      { at: ago(40 * DAY_MS), byName: 'Büro West', from: 'submitted', to: 'published' },
      {
        at: ago((overdueDays + 2) * DAY_MS),
        byName: 'Projekt West',
        from: 'draft',
        to: 'submitted',
      },
    ],
  })
  returnedWest = await product(projectWest, { isComplete: false })
  await states.review({
    id: returnedWest.id,
    status: 'changes-requested',
    history: [
      { at: ago(3 * DAY_MS), byName: 'Projekt West', from: 'draft', to: 'submitted' },
      {
        at: ago(2 * DAY_MS),
        byName: 'Regionalbüro West',
        from: 'submitted',
        to: 'changes-requested',
        comment: 'Bitte das Titelbild ergänzen.',
      },
    ],
  })
  oldestSued = await product(projectSued)
  await states.review({
    id: oldestSued.id,
    status: 'submitted',
    history: [
      {
        at: ago((overdueDays + 5) * DAY_MS),
        byName: 'Projekt Süd',
        from: 'draft',
        to: 'submitted',
      },
    ],
  })

  // Two requests and one adoption of the overdue product, one request of the Süd product.
  for (const [target, requests, adoptions] of [
    [overdueWest, 2, 1],
    [oldestSued, 1, 0],
  ] as const) {
    for (let i = 0; i < requests; i++) {
      const request = await fixtures.request({ product: target.slug as string })
      made.unshift({ collection: COLLECTIONS.adoptionRequests, id: request.id })
    }
    for (let i = 0; i < adoptions; i++) {
      const adoption = await fixtures.adoption({ product: target.slug as string })
      made.unshift({ collection: COLLECTIONS.adoptions, id: adoption.id })
    }
  }
})

afterAll(async () => {
  await fixtures?.remove(...made)
  await states?.cleanUp()
})

const ids = (items: { id: ID }[]) => items.map((item) => String(item.id))

describe('Meine Produkte', () => {
  it('lists every product of the own project in its newest state, and nothing else', async () => {
    const west = await listMyProducts({ payload, user: staffWest, locale: 'de' })
    expect(ids(west).sort()).toEqual(ids([freshWest, overdueWest, returnedWest]).sort())
    const sued = await listMyProducts({ payload, user: staffSued, locale: 'de' })
    expect(ids(sued)).toEqual([String(oldestSued.id)])
  })

  it('shows the review status and the newest comment with who wrote it and when', async () => {
    const west = await listMyProducts({ payload, user: staffWest, locale: 'de' })
    const byId = new Map(west.map((item) => [String(item.id), item]))
    expect(byId.get(String(freshWest.id))?.status).toBe('submitted')
    expect(byId.get(String(freshWest.id))?.lastComment).toBeUndefined()
    const returned = byId.get(String(returnedWest.id))
    expect(returned?.status).toBe('changes-requested')
    expect(returned?.lastComment).toMatchObject({
      comment: 'Bitte das Titelbild ergänzen.',
      byName: 'Regionalbüro West',
    })
  })

  it('names the required items still missing and flags missing English', async () => {
    const west = await listMyProducts({ payload, user: staffWest, locale: 'de' })
    const byId = new Map(west.map((item) => [String(item.id), item]))
    expect(byId.get(String(freshWest.id))).toMatchObject({ missing: [], isEnglishMissing: true })
    const item = byId.get(String(returnedWest.id))!
    // The plain fixture has a pitch, a description and a contact, but no image, kit or taxonomy.
    expect(item.missing).toEqual([
      'heroImage',
      'heroImageAlt',
      'effortDays',
      'costModel',
      'licence',
      'targetGroups',
      'sectors',
    ])
    expect(item.isEnglishMissing).toBe(true)
  })

  it('counts requests and adoptions per product, as numbers only', async () => {
    const west = await listMyProducts({ payload, user: staffWest, locale: 'de' })
    const counts = Object.fromEntries(
      west.map((item) => [String(item.id), [item.requests, item.adoptions]]),
    )
    expect(counts[String(overdueWest.id)]).toEqual([2, 1])
    expect(counts[String(freshWest.id)]).toEqual([0, 0])
    expect(Object.keys(west[0]).sort()).toEqual(
      [
        'adoptions',
        'id',
        'isEnglishMissing',
        'lastComment',
        'missing',
        'project',
        'requests',
        'status',
        'title',
      ].sort(),
    )
    const sued = await listMyProducts({ payload, user: staffSued, locale: 'de' })
    expect(sued.map((item) => [item.requests, item.adoptions])).toEqual([[1, 0]])
  })
})

describe('review queue', () => {
  const queueOf = (key: ActorKey) =>
    gatherReviewQueue({ payload, user: actors[key].user as User, locale: 'de' })
  const ours = (items: { id: ID }[]) =>
    ids(items).filter((id) => ids([freshWest, overdueWest, returnedWest, oldestSued]).includes(id))

  it('holds the office’s submitted products, oldest submission first', async () => {
    expect(ours((await queueOf('officeWest')).items)).toEqual(ids([overdueWest, freshWest]))
    expect(ours((await queueOf('officeSued')).items)).toEqual(ids([oldestSued]))
  })

  it('holds every office’s submitted products for admins, oldest first', async () => {
    expect(ours((await queueOf('admin')).items)).toEqual(ids([oldestSued, overdueWest, freshWest]))
  })

  it('gives the days waited and marks overdue after the configured days', async () => {
    const { items, overdueDays: days } = await queueOf('officeWest')
    expect(days).toBe(overdueDays)
    const byId = new Map(items.map((item) => [String(item.id), item]))
    expect(byId.get(String(overdueWest.id))).toMatchObject({
      daysWaited: overdueDays + 2,
      isOverdue: true,
    })
    expect(byId.get(String(freshWest.id))).toMatchObject({ daysWaited: 0, isOverdue: false })
  })

  it('compares the published version with the submitted draft, and nothing when never published', async () => {
    const { items } = await queueOf('officeWest')
    const byId = new Map(items.map((item) => [String(item.id), item]))
    expect(byId.get(String(freshWest.id))?.compare).toBeUndefined()
    const compare = byId.get(String(overdueWest.id))?.compare
    expect(compare).toBeDefined()
    const version = (id: ID) =>
      payload.findVersions({
        collection: COLLECTIONS.transferProducts,
        where: { id: { equals: id } },
        depth: 0,
        overrideAccess: true,
      })
    const [from] = (await version(compare!.from)).docs
    const [to] = (await version(compare!.to)).docs
    expect(String(from.parent)).toBe(String(overdueWest.id))
    expect(from.version._status).toBe('published')
    expect(to.latest).toBe(true)
    expect(to.version.reviewStatus).toBe('submitted')
  })

  it('counts the products waiting on project staff per office', async () => {
    const count = async (office: string) =>
      (
        await payload.find({
          collection: COLLECTIONS.transferProducts,
          where: {
            and: [
              { reviewStatus: { equals: 'changes-requested' } },
              { 'originProject.office.slug': { equals: office } },
            ],
          },
          draft: true,
          limit: 1,
          overrideAccess: true,
        })
      ).totalDocs
    const west = await queueOf('officeWest')
    expect(west.changesRequested).toBe(await count('rb-west'))
    expect(west.changesRequested).toBeGreaterThanOrEqual(1)
    expect((await queueOf('officeSued')).changesRequested).toBe(await count('rb-sued'))
  })
})

describe('the admin home page', () => {
  /** The home page's HTML as the user gets it over HTTP. */
  const home = async (token: string, language = 'de') => {
    const response = await api({
      path: '/admin',
      token,
      headers: { Cookie: `payload-lng=${language}`, 'Accept-Language': language },
    })
    expect(response.status).toBe(200)
    return response.text
  }
  const tokenOf = async (user: User) => login({ email: user.email, password: TEST_PASSWORD })

  it('shows project staff their own products and none of another project', async () => {
    const west = await home(await tokenOf(staffWest))
    for (const product of [freshWest, overdueWest, returnedWest])
      expect(west).toContain(product.title)
    expect(west).not.toContain(oldestSued.title)
    const sued = await home(await tokenOf(staffSued))
    expect(sued).toContain(oldestSued.title)
    for (const product of [freshWest, overdueWest, returnedWest])
      expect(sued).not.toContain(product.title)
  })

  it('shows office staff their own office’s queue and none of another office', async () => {
    const west = await home(actors.officeWest.token as string)
    expect(west).toContain(freshWest.title)
    expect(west).not.toContain(oldestSued.title)
    const sued = await home(actors.officeSued.token as string)
    expect(sued).toContain(oldestSued.title)
    expect(sued).not.toContain(freshWest.title)
  })

  it('speaks the admin language', async () => {
    const staff = await tokenOf(staffWest)
    expect(await home(staff)).toContain('Meine Produkte')
    expect(await home(staff, 'en')).toContain('My products')
    const office = actors.officeWest.token as string
    expect(await home(office)).toContain('Zur Prüfung eingereicht')
    const english = await home(office, 'en')
    expect(english).toContain('Submitted for review')
    expect(english).toContain('Changes requested:')
  })
})
