import { COLLECTIONS } from '@/constants'
import type { AdoptionRequest } from '@/payload-types'

import { REQUESTS, SITE } from '../content'
import type { ID, SeedContext } from '../context'

const DAY_MS = 24 * 60 * 60 * 1000

/** Demo requests, found by the requester's email, each walked through its statuses. */
export const seedAdoptionRequests = async ({
  context,
  products,
}: {
  context: SeedContext
  products: Map<string, ID>
}): Promise<Map<string, ID>> => {
  const { payload, local } = context
  const requests = new Map<string, ID>()
  for (const request of REQUESTS) {
    requests.set(
      request.email,
      await context.ensure(
        COLLECTIONS.adoptionRequests,
        { 'requester.email': { equals: request.email } },
        async () => {
          const [first, ...later] = request.status
          const doc = await payload.create({
            collection: COLLECTIONS.adoptionRequests,
            data: {
              products: request.products.map((slug) => products.get(slug)!),
              requester: {
                name: request.name,
                organisation: request.organisation,
                organisationType: request.organisationType,
                role: request.role,
                email: request.email,
                postcode: request.postcode,
                state: request.state,
              },
              message: request.message,
              consent: {
                given: true,
                givenAt: new Date().toISOString(),
                privacyPolicyVersion: SITE.privacyPolicyVersion,
              },
              publicListingConsent: false,
              status: first,
            },
            ...local,
          })
          // Walk the request through its statuses so that its history is recorded as staff would.
          for (const status of later) {
            await payload.update({
              collection: COLLECTIONS.adoptionRequests,
              id: doc.id,
              data: { status },
              ...local,
            })
          }
          // The hook dates every step "now"; the demo's steps happened over months (Demo), so the
          // dates are set afterwards on the stored record, below the hooks that would refuse them.
          // The adapter's update writes the whole row: it gets the stored record, hidden fields too.
          const stored = await payload.db.findOne<AdoptionRequest>({
            collection: COLLECTIONS.adoptionRequests,
            where: { id: { equals: doc.id } },
            req: local.req,
          })
          if (!stored) throw new Error(`Seeded request ${request.email} vanished`)
          const daysAgo = (step: number): string =>
            new Date(Date.now() - request.daysAgo[step] * DAY_MS).toISOString()
          const last = daysAgo(request.daysAgo.length - 1)
          await payload.db.updateOne({
            collection: COLLECTIONS.adoptionRequests,
            id: doc.id,
            data: {
              ...stored,
              createdAt: daysAgo(0),
              updatedAt: last,
              statusChangedAt: last,
              consent: { ...stored.consent, givenAt: daysAgo(0) },
              statusHistory: (stored.statusHistory ?? []).map((entry, step) => ({
                ...entry,
                at: daysAgo(step),
              })),
            },
            req: local.req,
          })
          return doc
        },
      ),
    )
  }
  return requests
}
