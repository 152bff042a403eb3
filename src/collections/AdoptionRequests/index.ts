import type { CollectionConfig, Where } from 'payload'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import { COLLECTIONS, ORGANISATION_TYPES, REQUEST_STATUSES, type RequestStatus } from '@/constants'
import { placeRow } from '@/fields/address'
import { emailField, normaliseEmailHook, phoneField } from '@/fields/contact'
import { collectionLabels, label, options } from '@/i18n'
import { translateFor } from '@/i18n/request'
import { TRANSITIONS } from '@/lib/requests/workflow'

import { canAccessRequests, isRoutedOfficeStaff } from './access'
import { requestEndpoints } from './endpoints'
import { issueTrackingToken } from './hooks/issueTrackingToken'
import { keepTitle } from './hooks/keepTitle'
import { afterStatusChange } from './hooks/afterStatusChange'
import { enforceStatusFlow } from './hooks/enforceStatusFlow'
import { recordStatusChange } from './hooks/recordStatusChange'
import { routeToOffice } from './hooks/routeToOffice'

const staffOnly = {
  read: isRoutedOfficeStaff,
  create: isRoutedOfficeStaff,
  update: isRoutedOfficeStaff,
}
/** Written by the server only (hooks, the public form, the tracking page, scheduled jobs). */
const serverOnly = { read: isRoutedOfficeStaff, create: nobody, update: nobody }

/**
 * Requests to adopt one or more products. The public does not write here directly: the request
 * form (src/lib/requests/submit.ts, behind its own abuse checks) creates them on the visitor's
 * behalf, and the tracking page adds messages, withdrawals and deletions.
 */
export const AdoptionRequests: CollectionConfig = {
  slug: COLLECTIONS.adoptionRequests,
  labels: collectionLabels('adoptionRequests'),
  admin: {
    // "Stadt Musterhausen · 30.11.2026": stored (keepTitle), so it can be searched and sorted.
    useAsTitle: 'title',
    group: label('adminGroups.requests'),
    description: label('requestList.description'),
    defaultColumns: [
      'title',
      'requester.organisation',
      'requester.name',
      'requester.state',
      'products',
      'status',
      'assignee',
      'sinceLastChange',
    ],
    // Who may read these is decided per field (isRoutedOfficeStaff) and per row (the office), so
    // the search finds only what the searcher could read anyway.
    listSearchableFields: ['title', 'requester.organisation', 'requester.email', 'requester.city'],
  },
  access: { read: canAccessRequests, create: isAdmin, update: canAccessRequests, delete: isAdmin },
  defaultSort: '-createdAt',
  enableQueryPresets: true,
  // CSV export for staff, data-subject export for admins (both audit-logged).
  endpoints: requestEndpoints,
  hooks: {
    beforeChange: [
      routeToOffice,
      issueTrackingToken,
      enforceStatusFlow,
      recordStatusChange,
      keepTitle,
    ],
    afterChange: [afterStatusChange],
  },
  fields: [
    {
      // Names the organisation: readable by whoever may read the requester's data, no one else
      // (also where a request is shown as another document's relationship).
      name: 'title',
      type: 'text',
      label: label('requestList.title'),
      index: true,
      access: { read: isRoutedOfficeStaff, create: nobody, update: nobody },
      // A list column and the document's heading; not a form field (not `hidden`: that would
      // drop the column too).
      admin: { readOnly: true, disableBulkEdit: true, condition: () => false },
    },
    {
      name: 'products',
      type: 'relationship',
      relationTo: COLLECTIONS.transferProducts,
      hasMany: true,
      required: true,
      minRows: 1,
      label: label('fields.products'),
      // What was asked for stays as asked: only admins correct it.
      access: { update: isAdminField },
    },
    {
      name: 'requester',
      type: 'group',
      label: label('fields.requester'),
      access: staffOnly,
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'name',
              type: 'text',
              label: label('fields.requesterName'),
              required: true,
              maxLength: 200,
            },
            { name: 'role', type: 'text', label: label('fields.role'), maxLength: 200 },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'organisation',
              type: 'text',
              label: label('fields.requesterOrganisation'),
              required: true,
              maxLength: 200,
            },
            {
              name: 'organisationType',
              type: 'select',
              label: label('fields.organisationType'),
              options: options('organisationTypes', ORGANISATION_TYPES),
              required: true,
            },
          ],
        },
        {
          type: 'row',
          fields: [
            // The per-address cap and the data-subject export compare addresses; they must
            // match however the address was typed.
            emailField({
              required: true,
              index: true,
              hooks: { beforeValidate: [normaliseEmailHook] },
            }),
            phoneField(),
          ],
        },
        placeRow({ cityOverrides: { maxLength: 200 }, stateOverrides: { required: true } }),
      ],
    },
    {
      name: 'message',
      type: 'textarea',
      label: label('fields.message'),
      maxLength: 5000,
      access: staffOnly,
    },
    {
      name: 'requesterMessages',
      type: 'array',
      label: label('fields.requesterMessages'),
      access: serverOnly,
      admin: { readOnly: true },
      fields: [
        { name: 'at', type: 'date', label: label('fields.changedAt'), required: true },
        { name: 'text', type: 'textarea', label: label('fields.message'), required: true },
      ],
    },
    {
      name: 'desiredStart',
      type: 'date',
      label: label('fields.desiredStart'),
      admin: { date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'consent',
      type: 'group',
      label: label('fields.consent'),
      // Evidence of the requester's consent: set once (by the form, or by an admin recording a
      // request made by phone), never edited.
      access: { create: isAdminField, update: nobody },
      fields: [
        {
          name: 'given',
          type: 'checkbox',
          label: label('fields.consentGiven'),
          required: true,
          validate: (value: boolean | null | undefined, { req }) =>
            value === true || translateFor(req, 'errors.consentRequired'),
        },
        { name: 'givenAt', type: 'date', label: label('fields.consentAt'), required: true },
        {
          name: 'privacyPolicyVersion',
          type: 'text',
          label: label('fields.privacyPolicyVersion'),
          required: true,
          admin: { description: label('descriptions.privacyPolicyVersion') },
        },
      ],
    },
    {
      name: 'publicListingConsent',
      type: 'checkbox',
      access: { create: isAdminField, update: nobody },
      label: label('fields.publicListingConsent'),
      defaultValue: false,
    },
    {
      name: 'office',
      type: 'relationship',
      relationTo: COLLECTIONS.regionalOffices,
      label: label('fields.office'),
      index: true,
      access: { update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'status',
      type: 'select',
      label: label('fields.status'),
      options: options('requestStatuses', REQUEST_STATUSES),
      required: true,
      defaultValue: 'new',
      index: true,
      // The admin offers the current status and its next steps only (enforceStatusFlow decides).
      filterOptions: ({ data, options }) => {
        const current = data?.status as RequestStatus | undefined
        const allowed = new Set<string>(current ? [current, ...TRANSITIONS[current]] : ['new'])
        return options.filter((option) =>
          allowed.has(typeof option === 'string' ? option : option.value),
        )
      },
      admin: { position: 'sidebar', description: label('descriptions.status') },
    },
    {
      // Filled in the admin with a status change; the hook moves it into the history and empties it.
      name: 'statusComment',
      type: 'textarea',
      label: label('fields.statusComment'),
      maxLength: 2000,
      admin: { position: 'sidebar', description: label('descriptions.statusComment') },
    },
    {
      name: 'statusChangedAt',
      type: 'date',
      label: label('fields.statusChangedAt'),
      index: true,
      access: { create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'locale',
      type: 'select',
      access: { create: isAdminField, update: nobody },
      label: label('fields.requesterLocale'),
      options: [
        { value: 'de', label: 'Deutsch' },
        { value: 'en', label: 'English' },
      ],
      defaultValue: 'de',
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: COLLECTIONS.users,
      label: label('fields.assignee'),
      admin: {
        position: 'sidebar',
        components: { Cell: '@/components/admin/requests/AssigneeCell.client#AssigneeCell' },
      },
      filterOptions: ({ data }): Where =>
        data?.office ? { office: { equals: data.office } } : { roles: { contains: 'admin' } },
    },
    {
      // A list column only: how long the request has waited since anything happened to it.
      name: 'sinceLastChange',
      type: 'ui',
      label: label('requestList.sinceLastChange'),
      admin: {
        components: {
          Cell: '@/components/admin/requests/SinceLastChangeCell#SinceLastChangeCell',
        },
      },
    },
    {
      name: 'internalNotes',
      type: 'textarea',
      label: label('fields.internalNotes'),
      access: staffOnly,
    },
    {
      name: 'statusHistory',
      type: 'array',
      label: label('fields.statusHistory'),
      access: { create: nobody, update: nobody },
      admin: { readOnly: true },
      fields: [
        {
          name: 'at',
          type: 'date',
          label: label('fields.changedAt'),
          required: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'by',
          type: 'relationship',
          relationTo: COLLECTIONS.users,
          label: label('fields.changedBy'),
        },
        {
          name: 'from',
          type: 'select',
          label: label('fields.fromStatus'),
          options: options('requestStatuses', REQUEST_STATUSES),
        },
        {
          name: 'to',
          type: 'select',
          label: label('fields.toStatus'),
          options: options('requestStatuses', REQUEST_STATUSES),
          required: true,
        },
        { name: 'comment', type: 'textarea', label: label('fields.comment') },
      ],
    },
    {
      name: 'deletionRequestedAt',
      type: 'date',
      label: label('fields.deletionRequestedAt'),
      access: serverOnly,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'anonymisedAt',
      type: 'date',
      label: label('fields.anonymisedAt'),
      index: true,
      access: { create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'outcomeReminderSentAt',
      type: 'date',
      label: label('fields.outcomeReminderSentAt'),
      access: { create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'trackingToken',
      type: 'text',
      label: label('fields.trackingToken'),
      unique: true,
      index: true,
      // The requester's key: whoever holds it can withdraw or delete, so staff do not see it.
      access: { read: isAdminField, create: nobody, update: nobody },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: label('descriptions.trackingToken'),
      },
    },
  ],
}
