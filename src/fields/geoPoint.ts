import type { GroupField, NumberFieldSingleValidation } from 'payload'

import type { TextKey } from '@/i18n'
import { label } from '@/i18n'
import { translateFor } from '@/i18n/request'

const coordinate =
  ({ limit, errorKey }: { limit: number; errorKey: TextKey }): NumberFieldSingleValidation =>
  (value, { req, siblingData }) => {
    const sibling = siblingData as { latitude?: unknown; longitude?: unknown }
    const hasBoth = typeof sibling.latitude === 'number' && typeof sibling.longitude === 'number'
    const hasNone = sibling.latitude == null && sibling.longitude == null
    if (!hasBoth && !hasNone) return translateFor(req, 'errors.locationIncomplete')
    if (value === null || value === undefined) return true
    return Math.abs(value) <= limit || translateFor(req, errorKey)
  }

/**
 * A point for maps as two plain numbers. Payload's `point` field is not available on SQLite, and
 * the catalogue must run on both adapters, so distance work happens in code, not in the database.
 */
export const geoPointField = ({ name = 'location' }: { name?: string } = {}): GroupField => ({
  name,
  type: 'group',
  label: label('fields.location'),
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'latitude',
          type: 'number',
          label: label('fields.latitude'),
          validate: coordinate({ limit: 90, errorKey: 'errors.latitudeRange' }),
        },
        {
          name: 'longitude',
          type: 'number',
          label: label('fields.longitude'),
          validate: coordinate({ limit: 180, errorKey: 'errors.longitudeRange' }),
        },
      ],
    },
  ],
})
