import { isStaff } from '@/access/isStaff'
import { COLLECTIONS, ORGANISATION_TYPES } from '@/constants'
import { addressField } from '@/fields/address'
import { urlField } from '@/fields/contact'
import { geoPointField } from '@/fields/geoPoint'
import { label, options } from '@/i18n'

import { taxonomyCollection } from '../taxonomyCollection'

export const Organisations = taxonomyCollection({
  slug: COLLECTIONS.organisations,
  labels: 'organisations',
  group: 'adminGroups.network',
  defaultColumns: ['name', 'type'],
  // An organisation's name is its own, in every language.
  isNameLocalized: false,
  // Staff add the organisations their projects and adoptions involve; only admins remove them.
  access: { create: isStaff, update: isStaff },
  fields: [
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
})
