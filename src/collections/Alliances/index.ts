import type { NumberFieldSingleValidation } from 'payload'

import { COLLECTIONS } from '@/constants'
import { label } from '@/i18n'
import { translateFor } from '@/i18n/request'

import { taxonomyCollection } from '../taxonomyCollection'

const plausibleYear: NumberFieldSingleValidation = (value, { req }) => {
  const max = new Date().getFullYear()
  if (value === null || value === undefined) return true
  return (
    (Number.isInteger(value) && value >= 1990 && value <= max) ||
    translateFor(req, 'errors.yearRange', { max })
  )
}

export const Alliances = taxonomyCollection({
  slug: COLLECTIONS.alliances,
  labels: 'alliances',
  group: 'adminGroups.network',
  defaultColumns: ['name', 'sector', 'foundedYear'],
  fields: [
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
})
