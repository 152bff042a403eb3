/**
 * The access matrix: every role × every collection × read, create, update, delete, checked twice
 * (Local API with overrideAccess: false, and HTTP against the running app). Each row says who
 * may do it; everybody else must be refused, and a refused write must leave the data as it was.
 */
import { Forbidden, NotFound, ValidationError, type CollectionSlug, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { COLLECTIONS } from '@/constants'

import { ACTOR_KEYS, type Actor, type ActorKey, idOf } from '../helpers/actors'
import { type Fixtures, uid } from '../helpers/fixtures'
import { api } from '../helpers/http'
import { testContext } from '../helpers/context'

type Op = 'read' | 'create' | 'update' | 'delete'
type ID = number | string
type Context = { payload: Payload; fixtures: Fixtures; actor: Actor }

/**
 * How a refusal answers: 403 (Forbidden) where the rule says no; 404 (NotFound) where it
 * returns a query that hides the document; 400 (ValidationError) where the operation is allowed
 * but the data is not (a product or project for another office).
 */
type Refusal = 400 | 403 | 404

type Row = {
  collection: CollectionSlug
  what: string
  op: Op
  allowed: ActorKey[]
  /** How everybody else is refused, the same on both channels: 403 unless said here. */
  refused?: Refusal | Partial<Record<ActorKey, Refusal>>
  /** The existing document the operation targets (made fresh for every attempt). */
  target?: (context: Context) => Promise<{ id: ID }>
  /** The data a create or update sends. */
  data?: (context: Context) => Promise<Record<string, unknown>> | Record<string, unknown>
}

const refusal = (row: Row, actor: ActorKey): Refusal =>
  typeof row.refused === 'number' ? row.refused : (row.refused?.[actor] ?? 403)

const ALL: ActorKey[] = [...ACTOR_KEYS]
const STAFF: ActorKey[] = ['admin', 'officeWest', 'officeSued', 'projectStaff']
const ADMIN: ActorKey[] = ['admin']

const taxonomy = (
  collection: CollectionSlug,
  make: (fixtures: Fixtures) => Promise<{ id: ID }>,
  data: Row['data'],
): Row[] => [
  { collection, what: 'read', op: 'read', allowed: ALL, target: ({ fixtures }) => make(fixtures) },
  { collection, what: 'create', op: 'create', allowed: ADMIN, data },
  {
    collection,
    what: 'update',
    op: 'update',
    allowed: ADMIN,
    target: ({ fixtures }) => make(fixtures),
    data: () => ({ name: `Geändert ${uid()}` }),
  },
  {
    collection,
    what: 'delete',
    op: 'delete',
    allowed: ADMIN,
    target: ({ fixtures }) => make(fixtures),
  },
]

const productData =
  (project: string, status: 'draft' | 'published') =>
  async ({ payload }: Context) => ({
    _status: status,
    title: `Neues Produkt ${uid()}`,
    pitch: 'Kurz und klar.',
    kind: 'app',
    transferStatus: 'tested',
    originProject: await idOf(payload, COLLECTIONS.projects, project),
    contact: { role: 'Regionalbüro, Transferberatung', email: 'transfer@example.org' },
  })

export const MATRIX: Row[] = [
  // Transfer products: published for all; drafts for their office and project; publishing for office staff.
  {
    collection: COLLECTIONS.transferProducts,
    what: 'read a published product',
    op: 'read',
    allowed: ALL,
    target: ({ fixtures }) => fixtures.product({ isPublished: true }),
  },
  {
    collection: COLLECTIONS.transferProducts,
    what: 'read a draft of an own-office project',
    op: 'read',
    allowed: ['admin', 'officeWest', 'projectStaff'],
    refused: 404,
    target: ({ fixtures }) => fixtures.product(),
  },
  {
    collection: COLLECTIONS.transferProducts,
    what: 'read a draft of another office',
    op: 'read',
    allowed: ['admin', 'officeSued'],
    refused: 404,
    target: ({ fixtures }) => fixtures.product({ project: 'kukudi' }),
  },
  {
    collection: COLLECTIONS.transferProducts,
    what: 'create a draft for the DF project (West)',
    op: 'create',
    allowed: ['admin', 'officeWest', 'projectStaff'],
    refused: { officeSued: 400 },
    data: productData('digitale-fertigungstechnik', 'draft'),
  },
  {
    collection: COLLECTIONS.transferProducts,
    what: 'create a published product for the DF project',
    op: 'create',
    allowed: ['admin', 'officeWest'],
    refused: { officeSued: 400 },
    data: productData('digitale-fertigungstechnik', 'published'),
  },
  {
    collection: COLLECTIONS.transferProducts,
    what: 'create a draft for KUKUDI (Süd)',
    op: 'create',
    allowed: ['admin', 'officeSued'],
    refused: { officeWest: 400, projectStaff: 400 },
    data: productData('kukudi', 'draft'),
  },
  {
    collection: COLLECTIONS.transferProducts,
    what: 'save a draft of a DF product',
    op: 'update',
    allowed: ['admin', 'officeWest', 'projectStaff'],
    target: ({ fixtures }) => fixtures.product(),
    data: () => ({ _status: 'draft', pitch: `Überarbeitet ${uid()}` }),
  },
  {
    collection: COLLECTIONS.transferProducts,
    what: 'publish a DF product',
    op: 'update',
    allowed: ['admin', 'officeWest'],
    target: ({ fixtures }) => fixtures.product(),
    data: () => ({ _status: 'published' }),
  },
  {
    collection: COLLECTIONS.transferProducts,
    what: 'update a KUKUDI product',
    op: 'update',
    allowed: ['admin', 'officeSued'],
    target: ({ fixtures }) => fixtures.product({ project: 'kukudi', isPublished: true }),
    data: () => ({ pitch: `Überarbeitet ${uid()}` }),
  },
  {
    collection: COLLECTIONS.transferProducts,
    what: 'move a DF product to KUKUDI',
    op: 'update',
    allowed: ['admin'],
    refused: { officeWest: 400, projectStaff: 400 },
    target: ({ fixtures }) => fixtures.product(),
    data: async ({ payload }) => ({
      originProject: await idOf(payload, COLLECTIONS.projects, 'kukudi'),
    }),
  },
  {
    collection: COLLECTIONS.transferProducts,
    what: 'delete a DF product',
    op: 'delete',
    allowed: ['admin', 'officeWest'],
    target: ({ fixtures }) => fixtures.product({ isPublished: true }),
  },

  // Projects: public; office staff run their office's projects; project staff edit their own.
  {
    collection: COLLECTIONS.projects,
    what: 'read',
    op: 'read',
    allowed: ALL,
    target: ({ fixtures }) => fixtures.project(),
  },
  {
    collection: COLLECTIONS.projects,
    what: 'create in West',
    op: 'create',
    allowed: ['admin', 'officeWest'],
    refused: { officeSued: 400 },
    data: async ({ payload }) => ({
      name: `Projekt ${uid()}`,
      office: await idOf(payload, COLLECTIONS.regionalOffices, 'rb-west'),
    }),
  },
  {
    collection: COLLECTIONS.projects,
    what: 'update a West project',
    op: 'update',
    allowed: ['admin', 'officeWest'],
    target: ({ fixtures }) => fixtures.project(),
    data: () => ({ acronym: uid() }),
  },
  {
    collection: COLLECTIONS.projects,
    what: "update project staff's own project",
    op: 'update',
    allowed: ['admin', 'officeWest', 'projectStaff'],
    // Project staff are assigned to a seeded project: it is saved with the acronym it has, so
    // the seeded data stays as it was.
    target: async ({ payload }) => ({
      id: await idOf(payload, COLLECTIONS.projects, 'digitale-fertigungstechnik'),
    }),
    data: async ({ payload }) => {
      const id = await idOf(payload, COLLECTIONS.projects, 'digitale-fertigungstechnik')
      const project = await payload.findByID({ collection: COLLECTIONS.projects, id, depth: 0 })
      return { acronym: project.acronym ?? null }
    },
  },
  {
    collection: COLLECTIONS.projects,
    what: 'delete',
    op: 'delete',
    allowed: ADMIN,
    target: ({ fixtures }) => fixtures.project(),
  },

  // Organisations: public; any staff adds and edits; admins delete.
  {
    collection: COLLECTIONS.organisations,
    what: 'read',
    op: 'read',
    allowed: ALL,
    target: ({ fixtures }) => fixtures.organisation(),
  },
  {
    collection: COLLECTIONS.organisations,
    what: 'create',
    op: 'create',
    allowed: STAFF,
    data: () => ({ name: `Organisation ${uid()}`, type: 'school' }),
  },
  {
    collection: COLLECTIONS.organisations,
    what: 'update',
    op: 'update',
    allowed: STAFF,
    target: ({ fixtures }) => fixtures.organisation(),
    data: () => ({ website: 'https://example.org' }),
  },
  {
    collection: COLLECTIONS.organisations,
    what: 'delete',
    op: 'delete',
    allowed: ADMIN,
    target: ({ fixtures }) => fixtures.organisation(),
  },

  // Offices and taxonomies: public; admins only write.
  ...taxonomy(
    COLLECTIONS.regionalOffices,
    (f) => f.office(),
    () => ({
      name: `Büro ${uid()}`,
      states: [],
      contact: { role: 'Büro', email: 'b@example.org' },
    }),
  ),
  ...taxonomy(
    COLLECTIONS.alliances,
    (f) => f.alliance(),
    () => ({ name: `Allianz ${uid()}` }),
  ),
  ...taxonomy(
    COLLECTIONS.sectors,
    (f) => f.sector(),
    () => ({ name: `Branche ${uid()}` }),
  ),
  ...taxonomy(
    COLLECTIONS.occupations,
    (f) => f.occupation(),
    async ({ fixtures }) => ({ name: `Beruf ${uid()}`, sector: (await fixtures.sector()).id }),
  ),

  // Adoption requests: only admins and the routed office; nobody creates them through the API but admins.
  {
    collection: COLLECTIONS.adoptionRequests,
    what: 'read a request routed to West',
    op: 'read',
    allowed: ['admin', 'officeWest'],
    refused: { officeSued: 404 },
    target: ({ fixtures }) => fixtures.request({ state: 'NW' }),
  },
  {
    collection: COLLECTIONS.adoptionRequests,
    what: 'read a request routed to Süd',
    op: 'read',
    allowed: ['admin', 'officeSued'],
    refused: { officeWest: 404 },
    target: ({ fixtures }) => fixtures.request({ state: 'BY' }),
  },
  {
    collection: COLLECTIONS.adoptionRequests,
    what: 'create',
    op: 'create',
    allowed: ADMIN,
    data: async ({ payload }) => ({
      products: [
        await idOf(payload, COLLECTIONS.transferProducts, 'planspiel-eurokran-an-schulen'),
      ],
      requester: {
        name: 'Max Mustermann',
        organisation: `Schule ${uid()}`,
        organisationType: 'school',
        email: 'schule@example.com',
        state: 'NW',
      },
      consent: { given: true, givenAt: new Date().toISOString(), privacyPolicyVersion: '1' },
    }),
  },
  {
    collection: COLLECTIONS.adoptionRequests,
    what: 'update a West request',
    op: 'update',
    allowed: ['admin', 'officeWest'],
    target: ({ fixtures }) => fixtures.request({ state: 'NW' }),
    data: () => ({ internalNotes: `Angerufen ${uid()}` }),
  },
  {
    collection: COLLECTIONS.adoptionRequests,
    what: 'update a Süd request',
    op: 'update',
    allowed: ['admin', 'officeSued'],
    target: ({ fixtures }) => fixtures.request({ state: 'BY' }),
    data: () => ({ status: 'in-review' }),
  },
  {
    collection: COLLECTIONS.adoptionRequests,
    what: 'delete',
    op: 'delete',
    allowed: ADMIN,
    target: ({ fixtures }) => fixtures.request(),
  },

  // Adoptions: public with consent; otherwise the office and project; the office records them.
  {
    collection: COLLECTIONS.adoptions,
    what: 'read a public adoption',
    op: 'read',
    allowed: ALL,
    target: ({ fixtures }) => fixtures.adoption({ isPublic: true }),
  },
  {
    collection: COLLECTIONS.adoptions,
    what: 'read an adoption without public consent',
    op: 'read',
    allowed: ['admin', 'officeWest', 'projectStaff'],
    refused: 404,
    target: ({ fixtures }) => fixtures.adoption(),
  },
  {
    collection: COLLECTIONS.adoptions,
    what: 'record an adoption of a West product',
    op: 'create',
    allowed: ['admin', 'officeWest'],
    refused: { officeSued: 400 },
    data: async ({ payload, fixtures }) => ({
      product: await idOf(
        payload,
        COLLECTIONS.transferProducts,
        'zusatzqualifizierung-digitale-fertigungstechnik',
      ),
      organisation: (await fixtures.organisation()).id,
      place: { city: 'Essen', state: 'NW' },
      status: 'pilot',
    }),
  },
  {
    collection: COLLECTIONS.adoptions,
    what: 'update a West adoption',
    op: 'update',
    allowed: ['admin', 'officeWest'],
    target: ({ fixtures }) => fixtures.adoption(),
    data: () => ({ status: 'established' }),
  },
  {
    collection: COLLECTIONS.adoptions,
    what: 'delete',
    op: 'delete',
    allowed: ADMIN,
    target: ({ fixtures }) => fixtures.adoption(),
  },

  // Media: public; staff upload and describe; admins delete.
  {
    collection: COLLECTIONS.media,
    what: 'read',
    op: 'read',
    allowed: ALL,
    target: ({ fixtures }) => fixtures.media(),
  },
  {
    collection: COLLECTIONS.media,
    what: 'upload',
    op: 'create',
    allowed: STAFF,
    data: () => ({ alt: `Bild ${uid()}` }),
  },
  {
    collection: COLLECTIONS.media,
    what: 'update',
    op: 'update',
    allowed: STAFF,
    target: ({ fixtures }) => fixtures.media(),
    data: () => ({ alt: `Neuer Alternativtext ${uid()}` }),
  },
  {
    collection: COLLECTIONS.media,
    what: 'delete',
    op: 'delete',
    allowed: ADMIN,
    target: ({ fixtures }) => fixtures.media(),
  },

  // Users: never public; own account; office colleagues; admins manage.
  {
    collection: COLLECTIONS.users,
    what: 'read own account',
    op: 'read',
    allowed: STAFF,
    target: async ({ actor }) => ({ id: actor.user?.id ?? -1 }),
  },
  {
    collection: COLLECTIONS.users,
    what: 'read a West colleague',
    op: 'read',
    allowed: ['admin', 'officeWest'],
    refused: { officeSued: 404, projectStaff: 404 },
    target: ({ fixtures }) => fixtures.user({ office: 'rb-west' }),
  },
  {
    collection: COLLECTIONS.users,
    what: 'create',
    op: 'create',
    allowed: ADMIN,
    data: () => ({
      email: `neu-${uid()}@example.org`,
      password: 'a-long-test-password',
      name: 'Neu',
      roles: ['admin'],
    }),
  },
  {
    collection: COLLECTIONS.users,
    what: 'update own name',
    op: 'update',
    allowed: STAFF,
    target: async ({ actor }) => ({ id: actor.user?.id ?? -1 }),
    data: ({ actor }) => ({ name: actor.user?.name ?? 'x' }),
  },
  {
    collection: COLLECTIONS.users,
    what: 'update another account',
    op: 'update',
    allowed: ADMIN,
    target: ({ fixtures }) => fixtures.user({ office: 'rb-west' }),
    data: () => ({ name: `Umbenannt ${uid()}` }),
  },
  {
    collection: COLLECTIONS.users,
    what: 'delete',
    op: 'delete',
    allowed: ADMIN,
    target: ({ fixtures }) => fixtures.user(),
  },
]

/**
 * Attempts one operation through the Local API; answers 200 when it went through, else the
 * status of Payload's refusal (Forbidden 403, NotFound 404, ValidationError 400). Any other
 * error fails the test.
 */
const viaLocalApi = async ({
  row,
  context,
  id,
  data,
}: {
  row: Row
  context: Context
  id?: ID
  data?: Record<string, unknown>
}): Promise<number> => {
  const { payload, actor, fixtures } = context
  const options = {
    collection: row.collection,
    user: actor.user,
    overrideAccess: false,
    depth: 0,
  } as const
  try {
    if (row.op === 'read') {
      const doc = await payload.findByID({ ...options, id: id! })
      expect(doc.id).toBe(id)
    } else if (row.op === 'create') {
      const file = row.collection === COLLECTIONS.media ? await fixtures.image() : undefined
      await payload.create({ ...options, data: data as never, file })
    } else if (row.op === 'update') {
      await payload.update({ ...options, id: id!, data: data as never })
    } else await payload.delete({ ...options, id: id! })
    return 200
  } catch (error) {
    if (error instanceof Forbidden || error instanceof NotFound || error instanceof ValidationError)
      return error.status
    throw error
  }
}

/** Attempts one operation through the REST API of the running app; answers its status. */
const viaHttp = async ({
  row,
  context,
  id,
  data,
}: {
  row: Row
  context: Context
  id?: ID
  data?: Record<string, unknown>
}) => {
  const { actor, fixtures } = context
  const path = `/api/${row.collection}${id !== undefined ? `/${id}` : ''}?depth=0`
  const method = { read: 'GET', create: 'POST', update: 'PATCH', delete: 'DELETE' }[row.op]
  let body: unknown = data
  if (row.op === 'create' && row.collection === COLLECTIONS.media) {
    const image = await fixtures.image()
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(image.data)], { type: image.mimetype }),
      image.name,
    )
    form.append('_payload', JSON.stringify(data))
    body = form
  }
  const response = await api({ path, method, token: actor.token, body })
  if (row.op === 'read' && response.status === 200)
    expect((response.body as { id?: ID }).id).toBe(id)
  // A create answers 201; the matrix compares "went through" as 200 on both channels.
  return response.status === 201 ? 200 : response.status
}

let payload: Payload
let fixtures: Fixtures
let actors: Record<ActorKey, Actor>

beforeAll(async () => {
  ;({ payload, fixtures, actors } = await testContext())
})

const snapshot = async (collection: CollectionSlug, id: ID) =>
  payload.findByID({
    collection,
    id,
    depth: 0,
    overrideAccess: true,
    draft: true,
    disableErrors: true,
  })

describe.each([
  ['Local API', viaLocalApi],
  ['HTTP', viaHttp],
] as const)('access matrix through the %s', (_channel, attempt) => {
  describe.each(MATRIX.map((row) => [`${row.collection}: ${row.what}`, row] as const))(
    '%s',
    (_name, row) => {
      it.each(ACTOR_KEYS)('%s', async (actorKey) => {
        const actor = actors[actorKey]
        const context: Context = { payload, fixtures, actor }
        const target = row.target ? await row.target(context) : undefined
        const before = target ? await snapshot(row.collection, target.id) : null
        const data = row.data ? await row.data(context) : undefined

        const status = await attempt({ row, context, id: target?.id, data })
        const isAllowed = row.allowed.includes(actorKey)
        expect(status, `${actorKey} ${row.op} ${row.collection} (${row.what})`).toBe(
          isAllowed ? 200 : refusal(row, actorKey),
        )

        if (!isAllowed && target && (row.op === 'update' || row.op === 'delete')) {
          // A refused write leaves the stored document exactly as it was.
          const after = await snapshot(row.collection, target.id)
          expect(after).toEqual(before)
        }
      })
    },
  )
})

describe('site settings', () => {
  it.each(ACTOR_KEYS)('%s reads them; only admins change them (HTTP)', async (actorKey) => {
    const { token } = actors[actorKey]
    const read = await api({ path: '/api/globals/site-settings', token })
    expect(read.status).toBe(200)
    const write = await api({
      path: '/api/globals/site-settings',
      method: 'POST',
      token,
      body: { privacyPolicyVersion: '2026-11' },
    })
    expect(write.status).toBe(actorKey === 'admin' ? 200 : 403)
  })

  it.each(ACTOR_KEYS)('%s reads them; only admins change them (Local API)', async (actorKey) => {
    const { user } = actors[actorKey]
    await expect(
      payload.findGlobal({ slug: 'site-settings', user, overrideAccess: false }),
    ).resolves.toBeTruthy()
    const update = payload.updateGlobal({
      slug: 'site-settings',
      data: { privacyPolicyVersion: '2026-11' },
      user,
      overrideAccess: false,
    })
    if (actorKey === 'admin') await expect(update).resolves.toBeTruthy()
    else await expect(update).rejects.toBeInstanceOf(Forbidden)
  })
})
