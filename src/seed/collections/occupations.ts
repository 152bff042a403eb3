import { COLLECTIONS } from '@/constants'

import { OCCUPATIONS } from '../content'
import { ensureAllBySlug, type ID, type SeedContext } from '../context'

export const seedOccupations = ({
  context,
  sectors,
}: {
  context: SeedContext
  sectors: Map<string, ID>
}): Promise<Map<string, ID>> =>
  ensureAllBySlug({
    context,
    collection: COLLECTIONS.occupations,
    items: OCCUPATIONS,
    create: (occupation) =>
      context.createBilingual({
        collection: COLLECTIONS.occupations,
        de: {
          slug: occupation.slug,
          name: occupation.name.de,
          sector: sectors.get(occupation.sector)!,
        },
        en: { name: occupation.name.en },
      }),
  })
