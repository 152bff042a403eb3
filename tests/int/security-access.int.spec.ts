/**
 * Attack corpus, family "access" (issue 9, findings 2, 4 and 5): staff-side holes. An adoption
 * is public only with its requester's consent (or, without a request, an admin's record of the
 * organisation's consent); a relation id the user may not read answers exactly like one that
 * does not exist; the admin's schedule-publish function, Payload's job statistics and document
 * locks follow the rules of the documents they touch; versions follow their documents.
 */
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { COLLECTIONS } from '@/constants'

import { ACTOR_KEYS, type ActorKey, idOf } from '../helpers/actors'
import { actionDate, adminActionHeaders, serverFunctionBody } from '../helpers/adminAction'
import { type AttackCase, type AttackContext, describeCorpus } from '../helpers/attack'
import { testContext } from '../helpers/context'
import { uid } from '../helpers/fixtures'
import { api, type ApiResponse } from '../helpers/http'

const NONEXISTENT = 999_999_999
/** The global setup builds the app before this file is loaded, so the action id is known. */
const ADMIN_ACTION = adminActionHeaders()
const LOCKS = 'payload-locked-documents'
const JOBS = 'payload-jobs'
const JOB_STATS = 'payload-jobs-stats'
const WEST_PRODUCT = 'zusatzqualifizierung-digitale-fertigungstechnik'
const STAFF: ActorKey[] = ['officeWest', 'officeSued', 'projectStaff']
const NOT_ADMIN: ActorKey[] = ['anonymous', ...STAFF]

type Office = 'west' | 'sued'
const OFFICE_OF: Partial<Record<ActorKey, Office>> = { officeWest: 'west', officeSued: 'sued' }
const other = (office: Office): Office => (office === 'west' ? 'sued' : 'west')
const STATE: Record<Office, 'NW' | 'BY'> = { west: 'NW', sued: 'BY' }

// ---------------------------------------------------------------------------------------------
// Fixtures: every case makes its own documents.

/** A fresh published product of an office (West: the project staff's project; Süd: kukudi). */
const productOf = async ({ fixtures }: AttackContext, office: Office) =>
  fixtures.product({
    project: office === 'west' ? 'digitale-fertigungstechnik' : 'kukudi',
    isPublished: true,
  })

/** A request routed to `office` (by the requester's state) for the given product. */
const requestTo = async (
  { fixtures, payload }: AttackContext,
  {
    office,
    productSlug,
    hasConsent = false,
  }: { office: Office; productSlug: string; hasConsent?: boolean },
) => {
  const request = await fixtures.request({ state: STATE[office], product: productSlug })
  if (!hasConsent) return request
  return payload.update({
    collection: COLLECTIONS.adoptionRequests,
    id: request.id,
    data: { publicListingConsent: true },
    overrideAccess: true,
    depth: 0,
  })
}

/** An adoption recorded from a request, stored as the workflow stores it (system write). */
const adoptionFromRequest = async (
  context: AttackContext,
  { office = 'west', hasConsent = false }: { office?: Office; hasConsent?: boolean } = {},
) => {
  const product = await productOf(context, office)
  const request = await requestTo(context, { office, productSlug: product.slug!, hasConsent })
  const adoption = await context.payload.create({
    collection: COLLECTIONS.adoptions,
    data: {
      product: product.id,
      place: { city: `Ort-${uid()}`, state: STATE[office] },
      status: 'established',
      publicConsent: hasConsent,
      sourceRequest: request.id,
    },
    overrideAccess: true,
    depth: 0,
  })
  return { product, request, adoption }
}

const storedAdoption = (payload: Payload, id: number) =>
  payload.findByID({ collection: COLLECTIONS.adoptions, id, depth: 0, overrideAccess: true })

const expectStaysPrivate = async (context: AttackContext, id: number, requestId: number) => {
  const stored = await storedAdoption(context.payload, id)
  expect(stored.publicConsent).toBe(false)
  expect(stored.sourceRequest).toBe(requestId)
}

// The adoption a case works on, remembered per case run (the path makes it, body and check use it).
let current: Awaited<ReturnType<typeof adoptionFromRequest>> | undefined
const made = () => {
  if (!current) throw new Error('the case made no adoption')
  return current
}

// ---------------------------------------------------------------------------------------------
// Finding 2: public consent comes from the requester only.

const consentCases: AttackCase[] = [
  ...(['officeWest', 'admin'] as const).flatMap((actor): AttackCase[] => [
    {
      name: 'unlink an unconsented request and set publicConsent in one PATCH',
      actor,
      method: 'PATCH',
      path: async (context: AttackContext) => {
        current = await adoptionFromRequest(context)
        return `/api/adoptions/${current.adoption.id}?depth=0`
      },
      body: { sourceRequest: null, publicConsent: true },
      status: 200,
      check: (_, context) => expectStaysPrivate(context, made().adoption.id, made().request.id),
    },
    {
      name: 'set publicConsent on an adoption from an unconsented request',
      actor,
      method: 'PATCH',
      path: async (context: AttackContext) => {
        current = await adoptionFromRequest(context)
        return `/api/adoptions/${current.adoption.id}?depth=0`
      },
      body: { publicConsent: true },
      status: 200,
      check: (_, context) => expectStaysPrivate(context, made().adoption.id, made().request.id),
    },
    {
      name: 'unlink first, then set publicConsent in a second PATCH',
      actor,
      method: 'PATCH',
      path: async (context: AttackContext) => {
        current = await adoptionFromRequest(context)
        const first = await api({
          path: `/api/adoptions/${current.adoption.id}?depth=0`,
          method: 'PATCH',
          token: context.actors[actor].token,
          body: { sourceRequest: null },
        })
        expect(first.status).toBe(200)
        return `/api/adoptions/${current.adoption.id}?depth=0`
      },
      body: { publicConsent: true },
      status: 200,
      check: (_, context) => expectStaysPrivate(context, made().adoption.id, made().request.id),
    },
    {
      name: 'swap the source request for a consented one',
      actor,
      method: 'PATCH',
      path: async (context: AttackContext) => {
        current = await adoptionFromRequest(context)
        return `/api/adoptions/${current.adoption.id}?depth=0`
      },
      body: async (context: AttackContext) => {
        const consented = await requestTo(context, {
          office: 'west',
          productSlug: WEST_PRODUCT,
          hasConsent: true,
        })
        return { sourceRequest: consented.id }
      },
      status: 200,
      check: (_, context) => expectStaysPrivate(context, made().adoption.id, made().request.id),
    },
  ]),
  {
    name: 'record an adoption from an unconsented request as public',
    actor: 'officeWest',
    method: 'POST',
    path: '/api/adoptions?depth=0',
    body: async (context: AttackContext) => {
      const product = await productOf(context, 'west')
      const request = await requestTo(context, { office: 'west', productSlug: product.slug! })
      return {
        product: product.id,
        place: { city: `Ort-${uid()}` },
        status: 'pilot',
        publicConsent: true,
        sourceRequest: request.id,
      }
    },
    status: 201,
    check: async (response, context) => {
      const { doc } = response.body as { doc: { id: number } }
      expect((await storedAdoption(context.payload, doc.id)).publicConsent).toBe(false)
    },
  },
  {
    name: 'record an adoption without a request as public',
    actor: 'officeWest',
    method: 'POST',
    path: '/api/adoptions?depth=0',
    body: async (context: AttackContext) => ({
      product: (await productOf(context, 'west')).id,
      place: { city: `Ort-${uid()}` },
      status: 'pilot',
      publicConsent: true,
      consentRecord: 'Zusage liegt vor',
    }),
    status: 201,
    check: async (response, context) => {
      const { doc } = response.body as { doc: { id: number } }
      const stored = await storedAdoption(context.payload, doc.id)
      expect(stored.publicConsent).toBe(false)
      expect((stored as { consentRecord?: string | null }).consentRecord ?? null).toBe(null)
    },
  },
  {
    name: 'make a request-less adoption public with a PATCH',
    actor: 'officeWest',
    method: 'PATCH',
    path: async ({ fixtures }) =>
      `/api/adoptions/${(await fixtures.adoption({ isPublic: false })).id}?depth=0`,
    body: { publicConsent: true, consentRecord: 'Zusage liegt vor' },
    status: 200,
    check: (response) =>
      expect((response.body as { doc: { publicConsent: boolean } }).doc.publicConsent).toBe(false),
  },
  {
    name: 'record public consent without saying where it is on record',
    actor: 'admin',
    method: 'POST',
    path: '/api/adoptions?depth=0',
    body: async (context: AttackContext) => ({
      product: (await productOf(context, 'west')).id,
      place: { city: `Ort-${uid()}` },
      status: 'pilot',
      publicConsent: true,
    }),
    status: 400,
    check: (response) => expect(response.text).toContain('consentRecord'),
  },
  {
    name: 'record the organisation’s consent on record for a request-less adoption',
    actor: 'admin',
    method: 'POST',
    path: '/api/adoptions?depth=0',
    body: async (context: AttackContext) => ({
      product: (await productOf(context, 'west')).id,
      place: { city: `Ort-${uid()}` },
      status: 'pilot',
      publicConsent: true,
      consentRecord: 'E-Mail der Geschäftsführung vom 3. März, Akte 12',
    }),
    status: 201,
    check: (response) =>
      expect((response.body as { doc: { publicConsent: boolean } }).doc.publicConsent).toBe(true),
  },
  ...(['projectStaff', 'anonymous'] as const).map((actor): AttackCase => ({
    name: 'set publicConsent on an adoption',
    actor,
    method: 'PATCH',
    path: async (context: AttackContext) => {
      current = await adoptionFromRequest(context)
      return `/api/adoptions/${current.adoption.id}?depth=0`
    },
    body: { sourceRequest: null, publicConsent: true },
    status: 403,
    check: (_, context) => expectStaysPrivate(context, made().adoption.id, made().request.id),
  })),
  {
    name: 'set publicConsent on another office’s adoption',
    actor: 'officeSued',
    method: 'PATCH',
    path: async (context: AttackContext) => {
      current = await adoptionFromRequest(context)
      return `/api/adoptions/${current.adoption.id}?depth=0`
    },
    body: { sourceRequest: null, publicConsent: true },
    status: 403,
    check: (_, context) => expectStaysPrivate(context, made().adoption.id, made().request.id),
  },
]

// ---------------------------------------------------------------------------------------------
// Finding 4: a relation id the user may not read answers like one that does not exist.

type Variant = 'otherOfficeSameProduct' | 'otherOfficeOtherProduct' | 'nonexistent'
const VARIANTS: Variant[] = ['otherOfficeSameProduct', 'otherOfficeOtherProduct', 'nonexistent']

/** An answer with the ids it echoes replaced, so two answers about different ids compare. */
const normalised = (response: ApiResponse, ids: (number | string)[]) => {
  let text = response.text
  for (const id of ids)
    text = text.replace(new RegExp(`(?<![\\w-])${String(id)}(?![\\w-])`, 'g'), '<id>')
  return { status: response.status, text }
}

const sourceRequestFor = async (context: AttackContext, office: Office, variant: Variant) => {
  if (variant === 'nonexistent') return NONEXISTENT
  const foreign = other(office)
  const product =
    variant === 'otherOfficeSameProduct'
      ? await productOf(context, office)
      : await productOf(context, foreign)
  return (await requestTo(context, { office: foreign, productSlug: product.slug! })).id
}

/** Records an adoption of the actor's own product linked to `sourceRequest`. */
const recordLinked = async (
  context: AttackContext,
  { actor, office, sourceRequest }: { actor: ActorKey; office: Office; sourceRequest: number },
) =>
  api({
    path: '/api/adoptions?depth=0',
    method: 'POST',
    token: context.actors[actor].token,
    body: {
      product: (await productOf(context, office)).id,
      place: { city: 'Essen' },
      status: 'pilot',
      sourceRequest,
    },
  })

let linkedRequest = 0
const inferenceCases: AttackCase[] = [
  ...(['officeWest', 'officeSued'] as const).flatMap((actor) =>
    VARIANTS.map((variant): AttackCase => ({
      name: `link an adoption to a request: ${variant}`,
      actor,
      method: 'POST',
      path: '/api/adoptions?depth=0',
      body: async (context: AttackContext) => {
        const office = OFFICE_OF[actor]!
        // The user's own product, so that only the request can make a difference.
        const product = await productOf(context, office)
        linkedRequest = await sourceRequestFor(context, office, variant)
        return {
          product: product.id,
          place: { city: 'Essen' },
          status: 'pilot',
          sourceRequest: linkedRequest,
        }
      },
      status: 400,
      check: async (response, context) => {
        const office = OFFICE_OF[actor]!
        const missing = await recordLinked(context, { actor, office, sourceRequest: NONEXISTENT })
        expect(normalised(response, [linkedRequest])).toEqual(normalised(missing, [NONEXISTENT]))
        expect(response.text).not.toContain('anderen Produkt')
      },
    })),
  ),
  ...(['projectStaff', 'anonymous'] as const).flatMap((actor) =>
    VARIANTS.map((variant): AttackCase => ({
      name: `link an adoption to a request: ${variant}`,
      actor,
      method: 'POST',
      path: '/api/adoptions?depth=0',
      body: async (context: AttackContext) => ({
        product: (await productOf(context, 'west')).id,
        place: { city: 'Essen' },
        status: 'pilot',
        sourceRequest: await sourceRequestFor(context, 'west', variant),
      }),
      status: 403,
    })),
  ),
  {
    name: 'link an adoption to an own request for another product (readable: the reason is told)',
    actor: 'officeWest',
    method: 'POST',
    path: '/api/adoptions?depth=0',
    body: async (context: AttackContext) => ({
      product: (await productOf(context, 'west')).id,
      place: { city: 'Essen' },
      status: 'pilot',
      sourceRequest: (await requestTo(context, { office: 'west', productSlug: WEST_PRODUCT })).id,
    }),
    status: 400,
    check: (response) => expect(response.text).toContain('sourceRequest'),
  },
  {
    name: 'link an adoption to an own request for the same product',
    actor: 'officeWest',
    method: 'POST',
    path: '/api/adoptions?depth=0',
    body: async (context: AttackContext) => {
      const product = await productOf(context, 'west')
      const request = await requestTo(context, { office: 'west', productSlug: product.slug! })
      return {
        product: product.id,
        place: { city: 'Essen' },
        status: 'pilot',
        sourceRequest: request.id,
      }
    },
    status: 201,
  },
]

/** One relation id of another office against a nonexistent one: same status, same body. */
const sameAsMissing = ({
  name,
  actor,
  method,
  path,
  body,
  foreignId,
  status,
}: {
  name: string
  actor: ActorKey
  method: string
  path: (context: AttackContext, id: number) => Promise<string> | string
  body?: (context: AttackContext, id: number) => Promise<unknown> | unknown
  foreignId: (context: AttackContext) => Promise<number>
  status: number
}): AttackCase => {
  let id = 0
  return {
    name: `${name}: another office's answers like a nonexistent one`,
    actor,
    method,
    path: async (context: AttackContext) => {
      id = await foreignId(context)
      return path(context, id)
    },
    body: body ? (context: AttackContext) => body(context, id) : undefined,
    status,
    check: async (response, context) => {
      const missing = await api({
        path: await path(context, NONEXISTENT),
        method,
        token: context.actors[actor].token,
        body: body ? await body(context, NONEXISTENT) : undefined,
      })
      expect(normalised(response, [id])).toEqual(normalised(missing, [NONEXISTENT]))
    },
  }
}

const suedRequestId = async (context: AttackContext) =>
  (
    await requestTo(context, {
      office: 'sued',
      productSlug: (await productOf(context, 'sued')).slug!,
    })
  ).id
const westRequestId = async (context: AttackContext) =>
  (await requestTo(context, { office: 'west', productSlug: WEST_PRODUCT })).id

/** The request the assignment case changes, made once so both of its answers are about it. */
let ownRequest: number | undefined
const relationCases: AttackCase[] = [
  sameAsMissing({
    name: 'read a request',
    actor: 'officeWest',
    method: 'GET',
    path: (_, id) => `/api/adoption-requests/${id}?depth=0`,
    foreignId: suedRequestId,
    status: 404,
  }),
  sameAsMissing({
    name: 'change a request’s status',
    actor: 'officeWest',
    method: 'PATCH',
    path: (_, id) => `/api/adoption-requests/${id}?depth=0`,
    body: () => ({ status: 'in-review' }),
    foreignId: suedRequestId,
    status: 403,
  }),
  sameAsMissing({
    name: 'read a request',
    actor: 'officeSued',
    method: 'GET',
    path: (_, id) => `/api/adoption-requests/${id}?depth=0`,
    foreignId: westRequestId,
    status: 404,
  }),
  sameAsMissing({
    name: 'read an unconsented adoption',
    actor: 'officeSued',
    method: 'GET',
    path: (_, id) => `/api/adoptions/${id}?depth=0`,
    foreignId: async (context: AttackContext) => (await adoptionFromRequest(context)).adoption.id,
    status: 404,
  }),
  sameAsMissing({
    name: 'read a draft product',
    actor: 'officeSued',
    method: 'GET',
    path: (_, id) => `/api/transfer-products/${id}?depth=0`,
    foreignId: async ({ fixtures }) => (await fixtures.product()).id,
    status: 404,
  }),
  sameAsMissing({
    name: 'assign a request to a user of another office',
    actor: 'officeWest',
    method: 'PATCH',
    path: async (context: AttackContext) =>
      `/api/adoption-requests/${(ownRequest ??= await westRequestId(context))}?depth=0`,
    body: (_, id) => ({ assignee: id }),
    foreignId: async (context: AttackContext) => context.actors.officeSued.user!.id,
    status: 400,
  }),
  sameAsMissing({
    name: 'create a product in another office’s project',
    actor: 'officeWest',
    method: 'POST',
    path: () => '/api/transfer-products?depth=0',
    body: (_, id) => ({ title: `Fremd ${uid()}`, kind: 'sonstiges', originProject: id }),
    foreignId: (context: AttackContext) => idOf(context.payload, COLLECTIONS.projects, 'kukudi'),
    status: 400,
  }),
  sameAsMissing({
    name: 'create a product in another project',
    actor: 'projectStaff',
    method: 'POST',
    path: () => '/api/transfer-products?depth=0',
    body: (_, id) => ({ title: `Fremd ${uid()}`, kind: 'sonstiges', originProject: id }),
    foreignId: (context: AttackContext) => idOf(context.payload, COLLECTIONS.projects, 'kukudi'),
    status: 400,
  }),
  sameAsMissing({
    name: 'create a project for another office',
    actor: 'officeWest',
    method: 'POST',
    path: () => '/api/projects?depth=0',
    body: (_, id) => ({ name: `Fremd ${uid()}`, slug: `fremd-${uid()}`, office: id }),
    foreignId: (context: AttackContext) =>
      idOf(context.payload, COLLECTIONS.regionalOffices, 'rb-sued'),
    status: 400,
  }),
  sameAsMissing({
    name: 'record an adoption of another office’s draft product',
    actor: 'officeWest',
    method: 'POST',
    path: () => '/api/adoptions?depth=0',
    body: (_, id) => ({ product: id, place: { city: 'Essen' }, status: 'pilot' }),
    foreignId: async ({ fixtures }) => (await fixtures.product({ project: 'kukudi' })).id,
    status: 400,
  }),
]

// ---------------------------------------------------------------------------------------------
// Finding 5a: Payload's job statistics (the schedule of the nightly anonymisation).

const farFuture = {
  stats: {
    scheduledRuns: {
      queues: {
        maintenance: { anonymiseRequests: { lastScheduledRun: '2999-01-01T00:00:00.000Z' } },
      },
    },
  },
}
const storedStats = async (payload: Payload) =>
  JSON.stringify(await payload.db.findGlobal({ slug: JOB_STATS }).then((doc) => doc?.stats ?? null))

let statsBefore = ''
const jobStatsCases: AttackCase[] = [
  ...NOT_ADMIN.map((actor): AttackCase => ({
    name: 'read the job statistics',
    actor,
    path: `/api/globals/${JOB_STATS}`,
    status: 403,
  })),
  ...NOT_ADMIN.map((actor): AttackCase => ({
    name: 'push the next nightly anonymisation into the far future',
    actor,
    method: 'POST',
    path: async ({ payload }) => {
      statsBefore = await storedStats(payload)
      return `/api/globals/${JOB_STATS}`
    },
    body: farFuture,
    status: 403,
    check: async (_, { payload }) => expect(await storedStats(payload)).toBe(statsBefore),
  })),
  {
    name: 'read the job statistics',
    actor: 'admin',
    path: `/api/globals/${JOB_STATS}`,
    status: 200,
  },
  {
    name: 'write the job statistics (unchanged)',
    actor: 'admin',
    method: 'POST',
    path: `/api/globals/${JOB_STATS}`,
    body: async ({ payload }: AttackContext) => ({
      stats: (await payload.db.findGlobal({ slug: JOB_STATS }))?.stats ?? null,
    }),
    status: 200,
  },
  // The global keeps no versions: the route is switched off for everyone (src/endpoints).
  ...[...NOT_ADMIN, 'admin' as const].map((actor): AttackCase => ({
    name: 'read the job statistics’ versions',
    actor,
    path: `/api/globals/${JOB_STATS}/versions`,
    status: 404,
  })),
]

// ---------------------------------------------------------------------------------------------
// Finding 5b: document locks follow the locked document.

type Lockable = 'suedRequest' | 'westRequest' | 'westProduct' | 'suedProduct' | 'siteSettings'

/** A lock held by `holder` on a fresh document, made as the admin would make it. */
const lockOn = async (context: AttackContext, target: Lockable, holder: ActorKey) => {
  const { payload } = context
  const document = await lockTarget(context, target)
  return payload.create({
    collection: LOCKS,
    data: {
      ...document,
      user: { relationTo: COLLECTIONS.users, value: context.actors[holder].user!.id },
    },
    overrideAccess: true,
    depth: 0,
  })
}

const lockTarget = async (context: AttackContext, target: Lockable) => {
  switch (target) {
    case 'suedRequest':
      return {
        document: { relationTo: COLLECTIONS.adoptionRequests, value: await suedRequestId(context) },
      }
    case 'westRequest':
      return {
        document: { relationTo: COLLECTIONS.adoptionRequests, value: await westRequestId(context) },
      }
    case 'westProduct':
      return {
        document: {
          relationTo: COLLECTIONS.transferProducts,
          value: (await productOf(context, 'west')).id,
        },
      }
    case 'suedProduct':
      return {
        document: {
          relationTo: COLLECTIONS.transferProducts,
          value: (await productOf(context, 'sued')).id,
        },
      }
    case 'siteSettings':
      return { globalSlug: 'site-settings' }
  }
}

/** Who may update each target (and so see, take and release its lock). */
const MAY_UPDATE: Record<Lockable, ActorKey[]> = {
  suedRequest: ['admin', 'officeSued'],
  westRequest: ['admin', 'officeWest'],
  westProduct: ['admin', 'officeWest', 'projectStaff'],
  suedProduct: ['admin', 'officeSued'],
  siteSettings: ['admin'],
}
const HOLDER: Record<Lockable, ActorKey> = {
  suedRequest: 'officeSued',
  westRequest: 'officeWest',
  westProduct: 'officeWest',
  suedProduct: 'officeSued',
  siteSettings: 'admin',
}
const TARGETS = Object.keys(MAY_UPDATE) as Lockable[]

let lockId = 0
const lockExists = async (payload: Payload, id: number) =>
  (
    await payload.find({
      collection: LOCKS,
      where: { id: { equals: id } },
      overrideAccess: true,
      depth: 0,
    })
  ).totalDocs === 1

const lockCases: AttackCase[] = [
  // Listing: everybody signed in gets an answer, but only with the locks they may see.
  ...ACTOR_KEYS.flatMap((actor) =>
    (['suedRequest', 'westProduct'] as const).map((target): AttackCase => ({
      name: `list document locks (one on ${target})`,
      actor,
      path: async (context: AttackContext) => {
        lockId = (await lockOn(context, target, HOLDER[target])).id
        return `/api/${LOCKS}?limit=0&depth=0`
      },
      status: actor === 'anonymous' ? 403 : 200,
      check: (response) => {
        if (actor === 'anonymous') return
        const ids = (response.body as { docs: { id: number }[] }).docs.map((doc) => doc.id)
        expect(ids.includes(lockId)).toBe(MAY_UPDATE[target].includes(actor))
      },
    })),
  ),
  // Taking a lock: only on a document the user may update, and only in their own name.
  ...ACTOR_KEYS.flatMap((actor) =>
    TARGETS.map((target): AttackCase => ({
      name: `lock ${target}`,
      actor,
      method: 'POST',
      path: `/api/${LOCKS}?depth=0`,
      body: async (context: AttackContext) => ({
        ...(await lockTarget(context, target)),
        user: {
          relationTo: COLLECTIONS.users,
          value: context.actors[actor].user?.id ?? context.actors.officeWest.user!.id,
        },
      }),
      status: MAY_UPDATE[target].includes(actor) ? 201 : 403,
    })),
  ),
  {
    name: 'lock a document that does not exist',
    actor: 'officeWest',
    method: 'POST',
    path: `/api/${LOCKS}?depth=0`,
    body: (context: AttackContext) => ({
      document: { relationTo: COLLECTIONS.adoptionRequests, value: NONEXISTENT },
      user: { relationTo: COLLECTIONS.users, value: context.actors.officeWest.user!.id },
    }),
    status: 403,
  },
  {
    name: 'lock an own document in a colleague’s name',
    actor: 'officeSued',
    method: 'POST',
    path: `/api/${LOCKS}?depth=0`,
    body: async (context: AttackContext) => ({
      ...(await lockTarget(context, 'suedRequest')),
      user: { relationTo: COLLECTIONS.users, value: context.actors.admin.user!.id },
    }),
    status: 403,
  },
  // Reading, changing and releasing one lock.
  ...ACTOR_KEYS.flatMap((actor) => {
    const target: Lockable = 'suedRequest'
    const mayUpdate = MAY_UPDATE[target].includes(actor)
    // Payload answers a findByID under a Where rule with 404, an update or delete with 403, for
    // existing and missing documents alike.
    const readRefused = actor === 'anonymous' ? 403 : 404
    const make = async (context: AttackContext) => {
      lockId = (await lockOn(context, target, HOLDER[target])).id
      return `/api/${LOCKS}/${lockId}?depth=0`
    }
    return [
      {
        name: `read a lock on ${target}`,
        actor,
        path: make,
        status: mayUpdate ? 200 : readRefused,
      },
      {
        name: `release a lock on ${target}`,
        actor,
        method: 'DELETE',
        path: make,
        status: mayUpdate ? 200 : 403,
        check: async (_, { payload }) => expect(await lockExists(payload, lockId)).toBe(!mayUpdate),
      },
      {
        name: `take over a lock on ${target}`,
        actor,
        method: 'PATCH',
        path: make,
        body: (context: AttackContext) => ({
          user: { relationTo: COLLECTIONS.users, value: context.actors[actor].user?.id ?? 1 },
        }),
        status: mayUpdate ? 200 : 403,
      },
    ] satisfies AttackCase[]
  }),
]

// ---------------------------------------------------------------------------------------------
// Versions follow their documents.

let versionId = 0
const productVersionOf = async (context: AttackContext, office: Office) => {
  const product = await productOf(context, office)
  const { docs } = await context.payload.findVersions({
    collection: COLLECTIONS.transferProducts,
    where: { parent: { equals: product.id } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  versionId = Number(docs[0]!.id)
  return product.id
}
const MAY_READ_VERSIONS: Record<Office, ActorKey[]> = {
  west: ['admin', 'officeWest', 'projectStaff'],
  sued: ['admin', 'officeSued'],
}

const versionCases: AttackCase[] = [
  ...ACTOR_KEYS.flatMap((actor) =>
    (['west', 'sued'] as const).flatMap((office): AttackCase[] => [
      {
        name: `list a ${office} product’s versions`,
        actor,
        path: async (context: AttackContext) =>
          `/api/transfer-products/versions?depth=0&where[parent][equals]=${await productVersionOf(context, office)}`,
        status: actor === 'anonymous' ? 403 : 200,
        check: (response) => {
          if (actor === 'anonymous') return
          const { totalDocs } = response.body as { totalDocs: number }
          expect(totalDocs > 0).toBe(MAY_READ_VERSIONS[office].includes(actor))
        },
      },
      {
        name: `read a ${office} product’s version`,
        actor,
        path: async (context: AttackContext) => {
          await productVersionOf(context, office)
          return `/api/transfer-products/versions/${versionId}?depth=0`
        },
        status: MAY_READ_VERSIONS[office].includes(actor) ? 200 : 403,
      },
    ]),
  ),
  sameAsMissing({
    name: 'read a product version',
    actor: 'officeSued',
    method: 'GET',
    path: (_, id) => `/api/transfer-products/versions/${id}?depth=0`,
    foreignId: async (context: AttackContext) => {
      await productVersionOf(context, 'west')
      return versionId
    },
    status: 403,
  }),
]

// ---------------------------------------------------------------------------------------------
// Finding 5c: the admin's schedule-publish server function.

const inAWeek = () => new Date(Date.now() + 7 * 24 * 3600 * 1000)
let scheduledJob: number | string = 0

/** A publication of a fresh draft of `office`, scheduled by that office's staff. */
const scheduledBy = async (context: AttackContext, office: Office) => {
  const product = await context.fixtures.product({
    project: office === 'west' ? 'digitale-fertigungstechnik' : 'kukudi',
  })
  const job = await context.payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: COLLECTIONS.transferProducts, value: product.id },
      user: {
        relationTo: COLLECTIONS.users,
        value: context.actors[office === 'west' ? 'officeWest' : 'officeSued'].user!.id,
      },
    },
    waitUntil: inAWeek(),
  })
  scheduledJob = job.id
  return job.id
}
const jobExists = async (payload: Payload, id: number | string) =>
  (await payload.find({ collection: JOBS, where: { id: { equals: id } }, overrideAccess: true }))
    .totalDocs === 1

let scheduledProduct = 0
const scheduledJobsOf = async (payload: Payload, productId: number) => {
  const { docs } = await payload.find({
    collection: JOBS,
    where: { taskSlug: { equals: 'schedulePublish' } },
    pagination: false,
    overrideAccess: true,
  })
  return docs.filter(
    (job) =>
      String((job.input as { doc?: { value?: unknown } } | null)?.doc?.value) === String(productId),
  ).length
}

/** May publish: office staff their office's products, admins all. */
const MAY_PUBLISH: Record<Office, ActorKey[]> = {
  west: ['admin', 'officeWest'],
  sued: ['admin', 'officeSued'],
}

const schedulePublishCases: AttackCase[] = ACTOR_KEYS.flatMap((actor) =>
  (['west', 'sued'] as const).flatMap((office): AttackCase[] => {
    const allowed = MAY_PUBLISH[office].includes(actor)
    return [
      {
        name: `schedule the publication of a ${office} draft`,
        actor,
        method: 'POST',
        path: '/admin',
        asCookie: true,
        headers: ADMIN_ACTION,
        body: async (context: AttackContext) => {
          scheduledProduct = (
            await context.fixtures.product({
              project: office === 'west' ? 'digitale-fertigungstechnik' : 'kukudi',
            })
          ).id
          return serverFunctionBody('schedule-publish', {
            type: 'publish',
            date: actionDate(inAWeek()),
            doc: { relationTo: COLLECTIONS.transferProducts, value: String(scheduledProduct) },
          })
        },
        status: allowed ? 200 : 403,
        check: async (_, { payload }) =>
          expect(await scheduledJobsOf(payload, scheduledProduct)).toBe(allowed ? 1 : 0),
      },
      {
        name: `delete a scheduled publication of a ${office} draft`,
        actor,
        method: 'POST',
        path: '/admin',
        asCookie: true,
        headers: ADMIN_ACTION,
        body: async (context: AttackContext) =>
          serverFunctionBody('schedule-publish', { deleteID: await scheduledBy(context, office) }),
        status: allowed ? 200 : 403,
        check: async (_, { payload }) =>
          expect(await jobExists(payload, scheduledJob)).toBe(!allowed),
      },
    ]
  }),
)
schedulePublishCases.push({
  name: 'delete a scheduled publication that does not exist',
  actor: 'officeWest',
  method: 'POST',
  path: '/admin',
  asCookie: true,
  headers: ADMIN_ACTION,
  body: serverFunctionBody('schedule-publish', { deleteID: NONEXISTENT }),
  status: 403,
})

describeCorpus('access', [
  ...consentCases,
  ...inferenceCases,
  ...relationCases,
  ...jobStatsCases,
  ...lockCases,
  ...versionCases,
  ...schedulePublishCases,
])

// ---------------------------------------------------------------------------------------------
// Flows.

/** The public product page, once its snapshot shows `marker` (a change made for this purpose). */
const productPageShowing = async ({ slug, marker }: { slug: string; marker: string }) => {
  let page = ''
  await expect
    .poll(
      async () => {
        page = (await api({ path: `/produkte/${slug}` })).text
        return page.includes(marker)
      },
      { timeout: 20_000 },
    )
    .toBe(true)
  return page
}

describe('public consent of adoptions', () => {
  it('office staff cannot make an unconsented adoption public by unlinking its request', async () => {
    const context = await testContext()
    const { product, request, adoption } = await adoptionFromRequest(context)
    const city = (adoption.place as { city: string }).city
    for (const body of [{ sourceRequest: null, publicConsent: true }, { publicConsent: true }]) {
      const response = await api({
        path: `/api/adoptions/${adoption.id}?depth=0`,
        method: 'PATCH',
        token: context.actors.officeWest.token,
        body,
      })
      expect(response.status).toBe(200)
    }
    await expectStaysPrivate(context, adoption.id, request.id)
    // A consented adoption of the same product, made afterwards, shows the page is up to date.
    const consented = await requestTo(context, {
      office: 'west',
      productSlug: product.slug!,
      hasConsent: true,
    })
    const marker = `Kontrollort-${uid()}`
    await context.payload.create({
      collection: COLLECTIONS.adoptions,
      data: {
        product: product.id,
        place: { city: marker, state: 'NW' },
        status: 'established',
        publicConsent: true,
        sourceRequest: consented.id,
      },
      overrideAccess: true,
      depth: 0,
    })
    const page = await productPageShowing({ slug: product.slug!, marker })
    expect(page).not.toContain(city)
  })

  it('the Local API with overrideAccess: false keeps the requester’s choice as well', async () => {
    const context = await testContext()
    const { request, adoption } = await adoptionFromRequest(context)
    for (const data of [{ sourceRequest: null, publicConsent: true }, { publicConsent: true }]) {
      await context.payload.update({
        collection: COLLECTIONS.adoptions,
        id: adoption.id,
        data,
        user: context.actors.officeWest.user,
        overrideAccess: false,
      })
    }
    await expectStaysPrivate(context, adoption.id, request.id)
  })

  it('an adoption follows its requester’s consent, whatever the office sends', async () => {
    const context = await testContext()
    const product = await productOf(context, 'west')
    const record = async ({
      hasConsent,
      publicConsent,
    }: {
      hasConsent: boolean
      publicConsent: boolean
    }) => {
      const request = await requestTo(context, {
        office: 'west',
        productSlug: product.slug!,
        hasConsent,
      })
      const created = await context.payload.create({
        collection: COLLECTIONS.adoptions,
        data: {
          product: product.id,
          place: { city: 'Essen' },
          status: 'pilot',
          publicConsent,
          sourceRequest: request.id,
        },
        user: context.actors.officeWest.user,
        overrideAccess: false,
        depth: 0,
      })
      return created.publicConsent
    }
    expect(await record({ hasConsent: true, publicConsent: false })).toBe(true)
    expect(await record({ hasConsent: false, publicConsent: true })).toBe(false)
  })

  it('even an admin cannot unlink an adoption from its request', async () => {
    const context = await testContext()
    const { request, adoption } = await adoptionFromRequest(context, { hasConsent: true })
    await context.payload.update({
      collection: COLLECTIONS.adoptions,
      id: adoption.id,
      data: { sourceRequest: null, publicConsent: false },
      user: context.actors.admin.user,
      overrideAccess: false,
    })
    const stored = await storedAdoption(context.payload, adoption.id)
    expect(stored.sourceRequest).toBe(request.id)
    expect(stored.publicConsent).toBe(true)
  })
})

describe('scheduled publications', () => {
  it('project staff cannot delete another office’s scheduled publication', async () => {
    const context = await testContext()
    const job = await scheduledBy(context, 'sued')
    const response = await api({
      path: '/admin',
      method: 'POST',
      headers: { ...ADMIN_ACTION, Cookie: `payload-token=${context.actors.projectStaff.token}` },
      body: serverFunctionBody('schedule-publish', { deleteID: job }),
    })
    expect(response.status).toBe(403)
    expect(await jobExists(context.payload, job)).toBe(true)
  })

  it('office staff schedule and cancel their own publications from the admin', async () => {
    const context = await testContext()
    const job = await scheduledBy(context, 'west')
    const response = await api({
      path: '/admin',
      method: 'POST',
      headers: { ...ADMIN_ACTION, Cookie: `payload-token=${context.actors.officeWest.token}` },
      body: serverFunctionBody('schedule-publish', { deleteID: job }),
    })
    expect(response.status).toBe(200)
    expect(await jobExists(context.payload, job)).toBe(false)
  })
})

describe('document locks', () => {
  it('a lock taken by another office does not stop an office from editing its own request', async () => {
    const context = await testContext()
    const request = await westRequestId(context)
    const lock = await api({
      path: `/api/${LOCKS}`,
      method: 'POST',
      token: context.actors.officeSued.token,
      body: {
        document: { relationTo: COLLECTIONS.adoptionRequests, value: request },
        user: { relationTo: COLLECTIONS.users, value: context.actors.officeSued.user!.id },
      },
    })
    expect(lock.status).toBe(403)
    const edit = await api({
      path: `/api/adoption-requests/${request}?depth=0`,
      method: 'PATCH',
      token: context.actors.officeWest.token,
      body: { internalNotes: `Notiz ${uid()}` },
    })
    expect(edit.status).toBe(200)
  })
})

describe('shared query presets', () => {
  it('office staff share a list filter with everyone, and nobody’s writes wait for it', async () => {
    const { actors, fixtures } = await testContext()
    const organisation = await fixtures.organisation()
    const shared = api({
      path: '/api/payload-query-presets?depth=0',
      method: 'POST',
      token: actors.officeWest.token,
      body: {
        title: `Offene Anfragen ${organisation.id}`,
        relatedCollection: COLLECTIONS.adoptionRequests,
        isShared: true,
        access: {
          read: { constraint: 'everyone' },
          update: { constraint: 'onlyMe' },
          delete: { constraint: 'onlyMe' },
        },
      },
    })
    const other = api({
      path: `/api/${COLLECTIONS.organisations}/${organisation.id}`,
      method: 'PATCH',
      token: actors.admin.token,
      body: { name: 'Während einer Filterfreigabe' },
    })
    const [created, renamed] = await Promise.all([shared, other])
    expect(created.status, created.text.slice(0, 300)).toBe(201)
    expect(renamed.status).toBe(200)
    const id = (created.body as { doc: { id: number } }).doc.id
    const asSued = await api({
      path: `/api/payload-query-presets/${id}`,
      token: actors.officeSued.token,
    })
    expect(asSued.status).toBe(200)
    const changedBySued = await api({
      path: `/api/payload-query-presets/${id}`,
      method: 'PATCH',
      token: actors.officeSued.token,
      body: { title: 'Übernommen' },
    })
    expect(changedBySued.status).toBe(403)
  })
})
