import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import { COLLECTIONS } from '@/constants'
import { collectionLabels, label } from '@/i18n'

/**
 * Which app instance works the job queues (src/jobs/lease.ts): one row per lease, written only by
 * the instances themselves with a conditional update, so that one holder wins on every adapter.
 * Admins may look; nobody edits it by hand.
 */
export const JobLeases: CollectionConfig = {
  slug: COLLECTIONS.jobLeases,
  labels: collectionLabels('jobLeases'),
  admin: { hidden: true, useAsTitle: 'name' },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'name', type: 'text', label: label('fields.name'), required: true, unique: true },
    { name: 'holder', type: 'text', label: label('fields.leaseHolder') },
    { name: 'expiresAt', type: 'date', label: label('fields.leaseExpiresAt'), required: true },
  ],
}
