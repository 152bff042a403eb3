import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import { canAccessRequests, isRoutedOfficeStaff } from '@/collections/AdoptionRequests/access'
import { COLLECTIONS } from '@/constants'
import { emailField, normaliseEmailHook } from '@/fields/contact'
import { collectionLabels, label } from '@/i18n'

import { forwardQuestion } from './endpoints/forward'
import { notifyOffice } from './hooks/notifyOffice'
import { routeToProductOffice } from './hooks/routeToProductOffice'

/** Written by the server only: the public form, the forwarding action. */
const serverOnly = { read: isRoutedOfficeStaff, create: nobody, update: nobody }

/**
 * A visitor's question to an earlier adopter of a product. It goes to the product's office (the
 * office that records that product's adoptions), never straight to the adopter: the office
 * forwards it only when the adopter agreed to be contacted (Adoptions → contactConsent). The
 * same people read these as the requests of that office: its staff and admins.
 */
export const AdopterQuestions: CollectionConfig = {
  slug: COLLECTIONS.adopterQuestions,
  labels: collectionLabels('adopterQuestions'),
  admin: {
    useAsTitle: 'id',
    group: label('adminGroups.requests'),
    description: label('adopterQuestion.adminDescription'),
    defaultColumns: ['id', 'product', 'adoption', 'createdAt', 'forwardedAt'],
  },
  access: { read: canAccessRequests, create: isAdmin, update: canAccessRequests, delete: isAdmin },
  defaultSort: '-createdAt',
  endpoints: [{ path: '/:id/forward', method: 'post', handler: forwardQuestion }],
  hooks: {
    beforeChange: [routeToProductOffice],
    afterChange: [notifyOffice],
  },
  fields: [
    {
      name: 'product',
      type: 'relationship',
      relationTo: COLLECTIONS.transferProducts,
      label: label('fields.product'),
      required: true,
      access: { update: nobody },
    },
    {
      name: 'adoption',
      type: 'relationship',
      relationTo: COLLECTIONS.adoptions,
      label: label('adopterQuestion.adoption_'),
      required: true,
      access: { update: nobody },
    },
    {
      name: 'asker',
      type: 'group',
      label: label('adopterQuestion.asker'),
      access: serverOnly,
      admin: { readOnly: true },
      fields: [
        { name: 'name', type: 'text', label: label('fields.requesterName'), maxLength: 200 },
        // The per-address cap and the data-subject export compare addresses.
        emailField({
          required: true,
          index: true,
          hooks: { beforeValidate: [normaliseEmailHook] },
        }),
        { name: 'postcode', type: 'text', label: label('fields.postcode'), maxLength: 5 },
      ],
    },
    {
      name: 'message',
      type: 'textarea',
      label: label('fields.message'),
      required: true,
      maxLength: 2000,
      access: serverOnly,
      admin: { readOnly: true },
    },
    {
      name: 'consent',
      type: 'group',
      label: label('fields.consent'),
      access: { read: isRoutedOfficeStaff, create: isAdminField, update: nobody },
      fields: [
        { name: 'given', type: 'checkbox', label: label('fields.consentGiven'), required: true },
        { name: 'givenAt', type: 'date', label: label('fields.consentAt'), required: true },
        {
          name: 'privacyPolicyVersion',
          type: 'text',
          label: label('fields.privacyPolicyVersion'),
          required: true,
        },
      ],
    },
    {
      name: 'locale',
      type: 'select',
      label: label('fields.requesterLocale'),
      options: [
        { value: 'de', label: 'Deutsch' },
        { value: 'en', label: 'English' },
      ],
      defaultValue: 'de',
      access: { create: isAdminField, update: nobody },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'office',
      type: 'relationship',
      relationTo: COLLECTIONS.regionalOffices,
      label: label('fields.office'),
      index: true,
      access: { create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'forwardedAt',
      type: 'date',
      label: label('adopterQuestion.forwardedAt'),
      access: serverOnly,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'forwardedBy',
      type: 'relationship',
      relationTo: COLLECTIONS.users,
      label: label('adopterQuestion.forwardedBy'),
      access: serverOnly,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'forwardAction',
      type: 'ui',
      label: label('adopterQuestion.forward'),
      admin: {
        position: 'sidebar',
        components: {
          Field: '@/components/admin/adopterQuestions/ForwardButton.client#ForwardButton',
        },
      },
    },
  ],
}
