import type { SelectFieldManyValidation, Where } from 'payload'

import { COLLECTIONS, type FederalState } from '@/constants'
import { addressField } from '@/fields/address'
import { roleContactField } from '@/fields/contact'
import { federalStateField } from '@/fields/federalState'
import { label } from '@/i18n'
import { translateFor } from '@/i18n/request'

import { taxonomyCollection } from '../taxonomyCollection'

/** Each state belongs to exactly one office: refuse a state another office already covers. */
const oneOfficePerState: SelectFieldManyValidation = async (value, { req, id }) => {
  const states = (Array.isArray(value) ? value : []) as FederalState[]
  if (states.length === 0 || !req?.payload) return true
  const conditions: Where[] = [{ states: { in: states } }]
  if (id !== undefined) conditions.push({ id: { not_equals: id } })
  const { docs } = await req.payload.find({
    collection: COLLECTIONS.regionalOffices,
    where: { and: conditions },
    depth: 0,
    limit: 16,
    pagination: false,
    select: { name: true, states: true },
    overrideAccess: true,
    req,
  })
  for (const office of docs) {
    const taken = states.find((state) => office.states?.includes(state))
    if (taken) {
      return translateFor(req, 'errors.stateTaken', {
        state: translateFor(req, `options.states.${taken}`),
        office: office.name,
      })
    }
  }
  return true
}

export const RegionalOffices = taxonomyCollection({
  slug: COLLECTIONS.regionalOffices,
  labels: 'regionalOffices',
  group: 'adminGroups.network',
  defaultColumns: ['name', 'states'],
  fields: [
    federalStateField({
      name: 'states',
      hasMany: true,
      overrides: {
        admin: { description: label('descriptions.states') },
        validate: oneOfficePerState,
      },
    }),
    roleContactField(),
    addressField({ name: 'postalAddress' }),
  ],
})
