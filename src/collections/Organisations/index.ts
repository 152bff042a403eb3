import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { COLLECTIONS, ORGANISATION_TYPES } from '@/constants'
import { addressField } from '@/fields/address'
import { urlField } from '@/fields/contact'
import { geoPointField } from '@/fields/geoPoint'
import { slugField } from '@/fields/slug'
import { collectionLabels, label, options } from '@/i18n'

export const Organisations: CollectionConfig = {
  slug: COLLECTIONS.organisations,
  labels: collectionLabels('organisations'),
  admin: {
    useAsTitle: 'name',
    group: label('adminGroups.network'),
    defaultColumns: ['name', 'type'],
  },
  // Staff add the organisations their projects and adoptions involve; only admins remove them.
  access: { read: anyone, create: isStaff, update: isStaff, delete: isAdmin },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', label: label('fields.name'), required: true },
    slugField({ from: 'name' }),
    {
      name: 'type',
      type: 'select',
      label: label('fields.organisationType'),
      options: options('organisationTypes', ORGANISATION_TYPES),
      required: true,
    },
    urlField(),
    addressField(),
    geoPointField(),
  ],
}
