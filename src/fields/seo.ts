import type { GroupField } from 'payload'

import { COLLECTIONS } from '@/constants'
import { label } from '@/i18n'

/** Search-engine and social-preview overrides; the page falls back to title and pitch. */
export const seoField = (): GroupField => ({
  name: 'meta',
  type: 'group',
  label: label('fields.meta'),
  fields: [
    {
      name: 'title',
      type: 'text',
      label: label('fields.metaTitle'),
      localized: true,
      maxLength: 70,
    },
    {
      name: 'description',
      type: 'textarea',
      label: label('fields.metaDescription'),
      localized: true,
      maxLength: 160,
    },
    {
      name: 'image',
      type: 'upload',
      relationTo: COLLECTIONS.media,
      label: label('fields.metaImage'),
    },
  ],
})
