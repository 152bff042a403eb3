import { COLLECTIONS } from '@/constants'
import { richText } from '@/lib/richText'

import { ALLIANCES } from '../content'
import { ensureAllBySlug, type ID, type SeedContext } from '../context'

export const seedAlliances = ({
  context,
  sectors,
}: {
  context: SeedContext
  sectors: Map<string, ID>
}): Promise<Map<string, ID>> =>
  ensureAllBySlug({
    context,
    collection: COLLECTIONS.alliances,
    items: ALLIANCES,
    create: (alliance) =>
      context.createBilingual({
        collection: COLLECTIONS.alliances,
        de: {
          slug: alliance.slug,
          name: alliance.name.de,
          sector: sectors.get(alliance.sector),
          foundedYear: alliance.foundedYear,
          description: richText(alliance.description.de),
        },
        en: { name: alliance.name.en, description: richText(alliance.description.en) },
      }),
  })
