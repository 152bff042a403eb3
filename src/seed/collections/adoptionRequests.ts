import { COLLECTIONS } from '@/constants'

import { REQUESTS, SITE } from '../content'
import type { ID, SeedContext } from '../context'

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
          return doc
        },
      ),
    )
  }
  return requests
}
