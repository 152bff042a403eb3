import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { COLLECTIONS } from '@/constants'
import { slugField } from '@/fields/slug'
import { collectionLabels, label } from '@/i18n'

export const Sectors: CollectionConfig = {
  slug: COLLECTIONS.sectors,
  labels: collectionLabels('sectors'),
  admin: {
    useAsTitle: 'name',
    group: label('adminGroups.taxonomies'),
    defaultColumns: ['name', 'slug'],
  },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', label: label('fields.name'), required: true, localized: true },
    slugField({ from: 'name' }),
  ],
}
