import { COLLECTIONS } from '@/constants'
import { label } from '@/i18n'

import { taxonomyCollection } from '../taxonomyCollection'

export const Occupations = taxonomyCollection({
  slug: COLLECTIONS.occupations,
  labels: 'occupations',
  group: 'adminGroups.taxonomies',
  defaultColumns: ['name', 'sector'],
  fields: [
    {
      name: 'sector',
      type: 'relationship',
      relationTo: COLLECTIONS.sectors,
      label: label('fields.sector'),
      required: true,
    },
  ],
})
