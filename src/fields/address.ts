import type { GroupField } from 'payload'

import { label } from '@/i18n'
import { isGermanPostcode } from '@/lib/validators'

import { formatValidator } from './contact'
import { federalStateField } from './federalState'

export const addressField = ({
  name = 'address',
}: { name?: 'address' | 'postalAddress' } = {}): GroupField => ({
  name,
  type: 'group',
  label: label(name === 'postalAddress' ? 'fields.postalAddress' : 'fields.address'),
  fields: [
    { name: 'street', type: 'text', label: label('fields.street') },
    {
      type: 'row',
      fields: [
        {
          name: 'postcode',
          type: 'text',
          label: label('fields.postcode'),
          validate: formatValidator(isGermanPostcode, 'errors.postcodeInvalid'),
        },
        { name: 'city', type: 'text', label: label('fields.city') },
        federalStateField(),
      ],
    },
  ],
})
