import { COLLECTIONS } from '@/constants'

import { taxonomyCollection } from '../taxonomyCollection'

export const Sectors = taxonomyCollection({
  slug: COLLECTIONS.sectors,
  labels: 'sectors',
  group: 'adminGroups.taxonomies',
  defaultColumns: ['name', 'slug'],
})
