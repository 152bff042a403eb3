import type { Field, FieldHook, GroupField, TextField, TextFieldSingleValidation } from 'payload'

import type { TextKey } from '@/i18n'
import { label } from '@/i18n'
import { translateFor } from '@/i18n/request'
import { isEmail, isHttpUrl, isPhone, normaliseEmail } from '@/lib/validators'

/** A validator for optional text in a given format: empty passes unless the field is required. */
export const formatValidator =
  (isValid: (value: string) => boolean, errorKey: TextKey): TextFieldSingleValidation =>
  (value, { req, required }) => {
    if (!value) return required ? translateFor(req, errorKey) : true
    return isValid(value) || translateFor(req, errorKey)
  }

/** Stores an address in the form it is compared in (see `normaliseEmail`), whoever writes it. */
export const normaliseEmailHook: FieldHook = ({ value }) =>
  typeof value === 'string' ? normaliseEmail(value) : value

export const emailField = (overrides: Partial<TextField> = {}): TextField =>
  ({
    name: 'email',
    type: 'text',
    label: label('fields.email'),
    validate: formatValidator(isEmail, 'errors.emailInvalid'),
    ...overrides,
  }) as TextField

export const phoneField = (overrides: Partial<TextField> = {}): TextField =>
  ({
    name: 'phone',
    type: 'text',
    label: label('fields.phone'),
    validate: formatValidator(isPhone, 'errors.phoneInvalid'),
    ...overrides,
  }) as TextField

export const urlField = (overrides: Partial<TextField> = {}): TextField =>
  ({
    name: 'website',
    type: 'text',
    label: label('fields.website'),
    validate: formatValidator(isHttpUrl, 'errors.urlInvalid'),
    ...overrides,
  }) as TextField

/** A contact that is a role or an office, never a private person. */
export const roleContactField = ({
  name = 'contact',
  isLocalized = true,
  fields = [],
}: { name?: string; isLocalized?: boolean; fields?: Field[] } = {}): GroupField => ({
  name,
  type: 'group',
  label: label('fields.contact'),
  admin: { description: label('descriptions.contact') },
  fields: [
    {
      name: 'role',
      type: 'text',
      label: label('fields.contactRole'),
      localized: isLocalized,
      required: true,
    },
    emailField({ required: true }),
    phoneField(),
    ...fields,
  ],
})
