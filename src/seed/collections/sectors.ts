import { COLLECTIONS } from '@/constants'

import { SECTORS } from '../content'
import { ensureAllBySlug, type ID, type SeedContext } from '../context'

export const seedSectors = ({ context }: { context: SeedContext }): Promise<Map<string, ID>> =>
  ensureAllBySlug({
    context,
    collection: COLLECTIONS.sectors,
    items: SECTORS,
    create: (sector) =>
      context.createBilingual({
        collection: COLLECTIONS.sectors,
        de: { slug: sector.slug, name: sector.name.de },
        en: { name: sector.name.en },
      }),
  })
