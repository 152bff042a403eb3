import { COLLECTIONS } from '@/constants'
import { areaOfPoint } from '@/lib/postcodeAreas'

import { ADOPTIONS, ORGANISATIONS } from '../content'
import type { ID, SeedContext } from '../context'

/**
 * Issue 13 ("ask an earlier adopter"): one public adoption whose adopter agreed to be asked, so
 * the forwarding is visible on the demo. Invented, hence marked "Demo"; the address is a
 * placeholder.
 */
const CONTACT_CONSENT_DEMO = {
  organisation: 'berufskolleg-dortmund',
  consent: {
    given: true,
    at: '2026-11-02T09:00:00.000Z',
    source: 'office' as const,
    note: 'Demo: Zustimmung telefonisch beim Regionalbüro West',
    email: 'demo-berufskolleg-dortmund@example.org',
  },
}

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
              postcodeArea: areaOfPoint(place),
            },
            ...(adoption.organisation === CONTACT_CONSENT_DEMO.organisation
              ? { contactConsent: CONTACT_CONSENT_DEMO.consent }
              : {}),
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
