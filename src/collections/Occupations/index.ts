import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { COLLECTIONS } from '@/constants'
import { slugField } from '@/fields/slug'
import { collectionLabels, label } from '@/i18n'

export const Occupations: CollectionConfig = {
  slug: COLLECTIONS.occupations,
  labels: collectionLabels('occupations'),
  admin: {
    useAsTitle: 'name',
    group: label('adminGroups.taxonomies'),
    defaultColumns: ['name', 'sector'],
  },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', label: label('fields.name'), required: true, localized: true },
    slugField({ from: 'name' }),
    {
      name: 'sector',
      type: 'relationship',
      relationTo: COLLECTIONS.sectors,
      label: label('fields.sector'),
      required: true,
    },
  ],
}
