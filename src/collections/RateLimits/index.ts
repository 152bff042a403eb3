import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { COLLECTIONS } from '@/constants'
import { collectionLabels } from '@/i18n'

/**
 * Counters of the per-client and per-address limits (./counter.ts), in the database
 * so that every app instance counts against the same number. One row per limit, subject and time
 * window; the key is an HMAC, so no address is stored. Rows are pruned after their window; only
 * the server writes them, and nobody reads them through the API.
 */
export const RateLimits: CollectionConfig = {
  slug: COLLECTIONS.rateLimits,
  labels: collectionLabels('rateLimits'),
  admin: { hidden: true, useAsTitle: 'key' },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'count', type: 'number', required: true, defaultValue: 0 },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
