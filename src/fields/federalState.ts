import type { SelectField } from 'payload'

import { FEDERAL_STATES } from '@/constants'
import { label, options } from '@/i18n'

type Args = { name?: string; hasMany?: boolean; overrides?: Partial<SelectField> }

export const federalStateField = ({
  name = 'state',
  hasMany = false,
  overrides = {},
}: Args = {}): SelectField =>
  ({
    name,
    type: 'select',
    label: label(hasMany ? 'fields.states' : 'fields.state'),
    options: options('states', FEDERAL_STATES),
    hasMany,
    ...overrides,
  }) as SelectField
