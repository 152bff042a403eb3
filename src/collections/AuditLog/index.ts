import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import { AUDIT_ACTIONS, COLLECTIONS } from '@/constants'
import { collectionLabels, label } from '@/i18n'

/**
 * Who took personal data out of the system, and when: CSV exports and data-subject exports.
 * Written by the server only; admins read it; nobody edits or deletes it.
 */
export const AuditLog: CollectionConfig = {
  slug: COLLECTIONS.auditLog,
  labels: collectionLabels('auditLog'),
  admin: {
    group: label('adminGroups.administration'),
    defaultColumns: ['action', 'user', 'details', 'createdAt'],
    useAsTitle: 'action',
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'action',
      type: 'select',
      label: label('fields.action'),
      options: AUDIT_ACTIONS.map((value) => ({ value, label: value })),
      required: true,
      index: true,
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: COLLECTIONS.users,
      label: label('fields.user'),
    },
    { name: 'details', type: 'textarea', label: label('fields.details') },
  ],
}
