import type { TextField } from 'payload'

import { label } from '@/i18n'

/**
 * The current password, asked for on one's own account only (see hooks/requireCurrentPassword.ts).
 * Virtual: never stored, never read back.
 */
export const currentPasswordField: TextField = {
  name: 'currentPassword',
  type: 'text',
  virtual: true,
  label: label('fields.currentPassword'),
  admin: {
    description: label('descriptions.currentPassword'),
    condition: (data, _siblingData, { user }) =>
      Boolean(user && data?.id !== undefined && String(user.id) === String(data.id)),
    components: { Field: '@payloadcms/ui#PasswordField' },
  },
}
