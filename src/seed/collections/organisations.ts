import { COLLECTIONS } from '@/constants'

import { ORGANISATIONS } from '../content'
import { ensureAllBySlug, type ID, type SeedContext } from '../context'

/** Organisations have no translated fields: one language is all they need. */
export const seedOrganisations = ({
  context,
}: {
  context: SeedContext
}): Promise<Map<string, ID>> =>
  ensureAllBySlug({
    context,
    collection: COLLECTIONS.organisations,
    items: ORGANISATIONS,
    create: (organisation) => {
      const { city, state, latitude, longitude } = organisation.place
      return context.payload.create({
        collection: COLLECTIONS.organisations,
        data: {
          slug: organisation.slug,
          name: organisation.name,
          type: organisation.type,
          address: { city, state },
          location: { latitude, longitude },
        },
        ...context.local,
      })
    },
  })
