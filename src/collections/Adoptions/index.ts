import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isStaffField } from '@/access/isStaff'
import { ADOPTION_STATUSES, COLLECTIONS } from '@/constants'
import { federalStateField } from '@/fields/federalState'
import { geoPointField } from '@/fields/geoPoint'
import { collectionLabels, label, options } from '@/i18n'

import { canCreateAdoptions, canReadAdoptions, canUpdateAdoptions } from './access'
import { deriveOwnership } from './hooks/deriveOwnership'

const nobody = () => false
const derived = { read: isStaffField, create: nobody, update: nobody }

/**
 * A verified record that an organisation in a place took a product up. "Adopted N times" is
 * always counted from these (public ones only), never typed in.
 */
export const Adoptions: CollectionConfig = {
  slug: COLLECTIONS.adoptions,
  labels: collectionLabels('adoptions'),
  admin: {
    useAsTitle: 'id',
    group: label('adminGroups.requests'),
    defaultColumns: ['product', 'organisation', 'status', 'since', 'publicConsent'],
  },
  access: {
    read: canReadAdoptions,
    create: canCreateAdoptions,
    update: canUpdateAdoptions,
    delete: isAdmin,
  },
  defaultSort: '-since',
  hooks: { beforeChange: [deriveOwnership] },
  fields: [
    {
      name: 'product',
      type: 'relationship',
      relationTo: COLLECTIONS.transferProducts,
      label: label('fields.product'),
      required: true,
      index: true,
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: COLLECTIONS.organisations,
      label: label('fields.adoptingOrganisation'),
      required: true,
    },
    {
      name: 'place',
      type: 'group',
      label: label('fields.place'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'city', type: 'text', label: label('fields.city'), required: true },
            federalStateField(),
          ],
        },
        geoPointField(),
      ],
    },
    {
      name: 'since',
      type: 'date',
      label: label('fields.since'),
      admin: { date: { pickerAppearance: 'monthOnly' } },
    },
    {
      name: 'status',
      type: 'select',
      label: label('fields.status'),
      options: options('adoptionStatuses', ADOPTION_STATUSES),
      required: true,
      defaultValue: 'pilot',
      index: true,
    },
    {
      name: 'publicConsent',
      type: 'checkbox',
      label: label('fields.publicConsent'),
      defaultValue: false,
      index: true,
      admin: { description: label('descriptions.publicConsent') },
    },
    {
      name: 'sourceRequest',
      type: 'relationship',
      relationTo: COLLECTIONS.adoptionRequests,
      label: label('fields.sourceRequest'),
      access: { read: isStaffField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'confirmedBy',
      type: 'relationship',
      relationTo: COLLECTIONS.users,
      label: label('fields.confirmedBy'),
      access: derived,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'office',
      type: 'relationship',
      relationTo: COLLECTIONS.regionalOffices,
      label: label('fields.office'),
      index: true,
      access: derived,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'project',
      type: 'relationship',
      relationTo: COLLECTIONS.projects,
      label: label('fields.project'),
      index: true,
      access: derived,
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
