import type { GroupField, RowField, SelectField, TextField } from 'payload'

import { label } from '@/i18n'
import { isGermanPostcode } from '@/lib/validators'

import { formatValidator } from './contact'
import { federalStateField } from './federalState'

/** Postcode, city and state in one row: an address without its street. */
export const placeRow = ({
  cityOverrides = {},
  stateOverrides = {},
}: {
  cityOverrides?: Partial<TextField>
  stateOverrides?: Partial<SelectField>
} = {}): RowField => ({
  type: 'row',
  fields: [
    {
      name: 'postcode',
      type: 'text',
      label: label('fields.postcode'),
      validate: formatValidator(isGermanPostcode, 'errors.postcodeInvalid'),
    },
    { name: 'city', type: 'text', label: label('fields.city'), ...cityOverrides } as TextField,
    federalStateField({ overrides: stateOverrides }),
  ],
})

export const addressField = ({
  name = 'address',
}: { name?: 'address' | 'postalAddress' } = {}): GroupField => ({
  name,
  type: 'group',
  label: label(name === 'postalAddress' ? 'fields.postalAddress' : 'fields.address'),
  fields: [{ name: 'street', type: 'text', label: label('fields.street') }, placeRow()],
})
