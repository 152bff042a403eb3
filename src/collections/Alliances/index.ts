import type { CollectionConfig, NumberFieldSingleValidation } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { COLLECTIONS } from '@/constants'
import { slugField } from '@/fields/slug'
import { collectionLabels, label } from '@/i18n'
import { translateFor } from '@/i18n/request'

const plausibleYear: NumberFieldSingleValidation = (value, { req }) => {
  const max = new Date().getFullYear()
  if (value === null || value === undefined) return true
  return (
    (Number.isInteger(value) && value >= 1990 && value <= max) ||
    translateFor(req, 'errors.yearRange', { max })
  )
}

export const Alliances: CollectionConfig = {
  slug: COLLECTIONS.alliances,
  labels: collectionLabels('alliances'),
  admin: {
    useAsTitle: 'name',
    group: label('adminGroups.network'),
    defaultColumns: ['name', 'sector', 'foundedYear'],
  },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', label: label('fields.name'), required: true, localized: true },
    slugField({ from: 'name' }),
    {
      name: 'sector',
      type: 'relationship',
      relationTo: COLLECTIONS.sectors,
      label: label('fields.sector'),
    },
    {
      name: 'foundedYear',
      type: 'number',
      label: label('fields.foundedYear'),
      validate: plausibleYear,
    },
    { name: 'description', type: 'richText', label: label('fields.description'), localized: true },
    {
      // Membership is stored once, on the project; this lists it.
      name: 'memberProjects',
      type: 'join',
      collection: COLLECTIONS.projects,
      on: 'alliances',
      label: label('fields.memberProjects'),
    },
  ],
}
