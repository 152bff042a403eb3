import type { CollectionConfig, DateFieldValidation } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { COLLECTIONS } from '@/constants'
import { urlField } from '@/fields/contact'
import { geoPointField } from '@/fields/geoPoint'
import { federalStateField } from '@/fields/federalState'
import { slugField } from '@/fields/slug'
import { collectionLabels, label } from '@/i18n'
import { translateFor } from '@/i18n/request'

import { canCreateProject, canSetOfficeOnCreate, canUpdateProject } from './access'
import { enforceOffice } from './hooks/enforceOffice'

const endAfterStart: DateFieldValidation = (value, { req, siblingData }) => {
  const start = (siblingData as { start?: string | null }).start
  if (!value || !start) return true
  return new Date(value) >= new Date(start) || translateFor(req, 'errors.periodOrder')
}

export const Projects: CollectionConfig = {
  slug: COLLECTIONS.projects,
  labels: collectionLabels('projects'),
  admin: {
    useAsTitle: 'name',
    group: label('adminGroups.network'),
    defaultColumns: ['name', 'acronym', 'fundingRound', 'office'],
  },
  access: { read: anyone, create: canCreateProject, update: canUpdateProject, delete: isAdmin },
  defaultSort: 'name',
  hooks: { beforeChange: [enforceOffice] },
  fields: [
    { name: 'name', type: 'text', label: label('fields.name'), required: true, localized: true },
    { name: 'acronym', type: 'text', label: label('fields.acronym') },
    slugField({ from: 'name' }),
    {
      name: 'fundingRound',
      type: 'number',
      label: label('fields.fundingRound'),
      min: 1,
      max: 20,
      admin: { step: 1 },
    },
    {
      name: 'period',
      type: 'group',
      label: label('fields.period'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'start',
              type: 'date',
              label: label('fields.startDate'),
              admin: { date: { pickerAppearance: 'monthOnly' } },
            },
            {
              name: 'end',
              type: 'date',
              label: label('fields.endDate'),
              admin: { date: { pickerAppearance: 'monthOnly' } },
              validate: endAfterStart,
            },
          ],
        },
      ],
    },
    {
      name: 'carryingOrganisation',
      type: 'relationship',
      relationTo: COLLECTIONS.organisations,
      label: label('fields.carryingOrganisation'),
    },
    {
      name: 'partners',
      type: 'relationship',
      relationTo: COLLECTIONS.organisations,
      hasMany: true,
      label: label('fields.partners'),
    },
    {
      name: 'office',
      type: 'relationship',
      relationTo: COLLECTIONS.regionalOffices,
      label: label('fields.office'),
      required: true,
      index: true,
      access: { create: canSetOfficeOnCreate, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'alliances',
      type: 'relationship',
      relationTo: COLLECTIONS.alliances,
      hasMany: true,
      label: label('fields.alliances'),
      admin: { position: 'sidebar' },
    },
    federalStateField({ overrides: { admin: { position: 'sidebar' } } }),
    {
      // Where the project ran: the map draws it here, naming the carrier's seat where it differs.
      name: 'region',
      type: 'group',
      label: label('fields.projectRegion'),
      admin: { description: label('descriptions.projectRegion') },
      fields: [
        { name: 'name', type: 'text', label: label('fields.regionName'), localized: true },
        geoPointField(),
      ],
    },
    urlField(),
    { name: 'summary', type: 'textarea', label: label('fields.summary'), localized: true },
    {
      name: 'transferProducts',
      type: 'join',
      collection: COLLECTIONS.transferProducts,
      on: 'originProject',
      label: label('fields.transferProducts'),
    },
  ],
}
