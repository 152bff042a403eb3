import { COLLECTIONS } from '@/constants'

import { ADOPTIONS, ORGANISATIONS } from '../content'
import type { ID, SeedContext } from '../context'

/** Where products already run: one adoption per product and organisation, at its place. */
export const seedAdoptions = async ({
  context,
  products,
  organisations,
  requests,
}: {
  context: SeedContext
  products: Map<string, ID>
  organisations: Map<string, ID>
  requests: Map<string, ID>
}): Promise<void> => {
  for (const adoption of ADOPTIONS) {
    const product = products.get(adoption.product)!
    const organisation = organisations.get(adoption.organisation)!
    const place = ORGANISATIONS.find(({ slug }) => slug === adoption.organisation)!.place
    await context.ensure(
      COLLECTIONS.adoptions,
      { and: [{ product: { equals: product } }, { organisation: { equals: organisation } }] },
      () =>
        context.payload.create({
          collection: COLLECTIONS.adoptions,
          data: {
            product,
            organisation,
            place: {
              city: place.city,
              state: place.state,
              location: { latitude: place.latitude, longitude: place.longitude },
            },
            since: adoption.since,
            status: adoption.status,
            publicConsent: adoption.isPublic,
            sourceRequest: adoption.fromRequest ? requests.get(adoption.fromRequest) : undefined,
          },
          ...context.local,
        }),
    )
  }
}
