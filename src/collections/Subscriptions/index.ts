import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import { isAdminUser } from '@/access/roles'
import {
  COLLECTIONS,
  LOCALES,
  NOTICE_KINDS,
  SUBSCRIPTION_KINDS,
  SUBSCRIPTION_STATUSES,
} from '@/constants'
import { label, type TextKey } from '@/i18n'

import { unsubscribeEndpoint } from './unsubscribe'

const options = (group: string, values: readonly string[]) =>
  values.map((value) => ({ value, label: label(`follow.options.${group}.${value}` as TextKey) }))

/** Keys are read by the server only (overriding access); no one reads them through the API. */
const secret = { read: nobody, create: nobody, update: nobody }

/**
 * Follow (no account): an address that asked to hear of new products matching a saved catalogue
 * search, or of changes to one product. Double opt-in: a subscription counts only once its
 * confirmation link was used; unconfirmed ones are deleted after 48 hours. Admins read them (for
 * a data subject's questions); offices see only counts; every write goes through
 * src/services/follow with the server's rights. Unsubscribing deletes the row.
 */
export const Subscriptions: CollectionConfig = {
  slug: COLLECTIONS.subscriptions,
  labels: { singular: label('follow.admin.singular'), plural: label('follow.admin.plural') },
  admin: {
    hidden: ({ user }) => !isAdminUser(user as never),
    group: label('adminGroups.administration'),
    useAsTitle: 'email',
    defaultColumns: ['email', 'kind', 'status', 'locale', 'createdAt'],
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  endpoints: [unsubscribeEndpoint],
  fields: [
    {
      name: 'email',
      type: 'text',
      label: label('follow.admin.email'),
      required: true,
      index: true,
    },
    {
      name: 'kind',
      type: 'select',
      label: label('follow.admin.kind'),
      required: true,
      options: options('kinds', SUBSCRIPTION_KINDS),
    },
    {
      // The normalised search (src/lib/follow/savedSearch.ts): words and facet filters.
      name: 'search',
      type: 'json',
      label: label('follow.admin.search'),
      admin: { condition: (data) => data?.kind === 'search' },
    },
    { name: 'searchKey', type: 'text', label: label('follow.admin.searchKey'), index: true },
    {
      name: 'product',
      type: 'relationship',
      relationTo: COLLECTIONS.transferProducts,
      label: label('follow.admin.product'),
      index: true,
      admin: { condition: (data) => data?.kind === 'product' },
    },
    {
      name: 'locale',
      type: 'select',
      label: label('follow.admin.locale'),
      required: true,
      options: LOCALES.map((locale) => ({ value: locale, label: locale })),
    },
    {
      name: 'status',
      type: 'select',
      label: label('follow.admin.status'),
      required: true,
      index: true,
      defaultValue: 'pending',
      options: options('statuses', SUBSCRIPTION_STATUSES),
    },
    {
      name: 'confirmTokenHash',
      type: 'text',
      index: true,
      access: secret,
      admin: { hidden: true },
    },
    {
      name: 'unsubscribeTokenHash',
      type: 'text',
      index: true,
      access: secret,
      admin: { hidden: true },
    },
    { name: 'unsubscribeSalt', type: 'text', access: secret, admin: { hidden: true } },
    {
      // As the request form records it: given, when, and which privacy policy was shown.
      name: 'consent',
      type: 'group',
      label: label('follow.admin.consent'),
      fields: [
        {
          name: 'given',
          type: 'checkbox',
          label: label('follow.admin.consentGiven'),
          required: true,
        },
        { name: 'at', type: 'date', label: label('follow.admin.consentAt'), required: true },
        {
          name: 'privacyPolicyVersion',
          type: 'text',
          label: label('follow.admin.privacyPolicyVersion'),
          required: true,
        },
      ],
    },
    { name: 'confirmedAt', type: 'date', label: label('follow.admin.confirmedAt') },
    { name: 'lastSentAt', type: 'date', label: label('follow.admin.lastSentAt') },
    {
      // A saved search has been compared with the products first published up to this time.
      name: 'matchedUntil',
      type: 'date',
      label: label('follow.admin.matchedUntil'),
    },
    {
      // What happened since the last mail; the digest job sends and empties it.
      name: 'notices',
      type: 'array',
      label: label('follow.admin.notices'),
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: label('follow.admin.noticeKind'),
          required: true,
          options: options('notices', NOTICE_KINDS),
        },
        {
          // An id, not a relationship: a notice outlives its product's deletion without
          // making the subscription unsavable; the digest skips what it cannot find.
          name: 'productId',
          type: 'text',
          label: label('follow.admin.product'),
          required: true,
        },
        { name: 'at', type: 'date', label: label('follow.admin.noticeAt'), required: true },
      ],
    },
  ],
}
