import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isStaffField } from '@/access/isStaff'
import { nobody } from '@/access/nobody'
import { ADOPTION_STATUSES, COLLECTIONS } from '@/constants'
import { federalStateField } from '@/fields/federalState'
import { geoPointField } from '@/fields/geoPoint'
import { collectionLabels, label, options } from '@/i18n'

import {
  canCreateAdoptions,
  canReadAdoptions,
  canSeeSourceRequest,
  canUpdateAdoptions,
} from './access'
import { contactConsentField, postcodeAreaField, stampContactConsent } from './contactConsent'
import { enforceOwnership } from './hooks/enforceOwnership'

/** Set by the server (hooks/enforceOwnership), shown to staff only. */
const serverSet = { read: isStaffField, create: nobody, update: nobody }

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
  hooks: { beforeChange: [enforceOwnership, stampContactConsent] },
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
      // Named only with the adopter's consent; an adoption from a request without it stays
      // anonymous (and is not public).
      admin: { description: label('descriptions.adoptingOrganisation') },
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
        postcodeAreaField,
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
      // Decided by the server (hooks/enforceOwnership): the requester's consent, or for an
      // adoption without a request an admin's record of the organisation's consent.
      name: 'publicConsent',
      type: 'checkbox',
      label: label('fields.publicConsent'),
      defaultValue: false,
      index: true,
      access: { create: isAdminField, update: isAdminField },
      admin: { description: label('descriptions.publicConsent') },
    },
    {
      name: 'consentRecord',
      type: 'textarea',
      label: label('fields.consentRecord'),
      maxLength: 500,
      access: { read: isStaffField, create: isAdminField, update: isAdminField },
      admin: { description: label('descriptions.consentRecord') },
    },
    {
      // Linked once, when the adoption is recorded: the requester's consent travels with it.
      name: 'sourceRequest',
      type: 'relationship',
      relationTo: COLLECTIONS.adoptionRequests,
      label: label('fields.sourceRequest'),
      access: { read: canSeeSourceRequest, update: nobody },
      admin: { position: 'sidebar' },
    },
    {
      name: 'confirmedBy',
      type: 'relationship',
      relationTo: COLLECTIONS.users,
      label: label('fields.confirmedBy'),
      access: serverSet,
      admin: { position: 'sidebar', readOnly: true },
    },
    contactConsentField,
  ],
}
