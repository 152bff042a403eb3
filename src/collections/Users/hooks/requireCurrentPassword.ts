import { ValidationError, type CollectionBeforeValidateHook, type PayloadRequest } from 'payload'

import { COLLECTIONS } from '@/constants'
import type { TextKey } from '@/i18n'
import { translateFor } from '@/i18n/request'
import { verifyPassword } from '@/lib/passwordHash'
import { normaliseEmail } from '@/lib/validators'

const refuse = (req: PayloadRequest, key: TextKey): never => {
  throw new ValidationError(
    {
      collection: COLLECTIONS.users,
      errors: [{ path: 'currentPassword', message: translateFor(req, key) }],
    },
    req.t,
  )
}

/**
 * Changing one's own password or email address needs the current password (`currentPassword`,
 * sent with the change, checked here and never stored): a stolen session alone cannot take the
 * account over. Exempt: admins changing someone else's account (they may reset it anyway, and
 * do not know the password), and server code acting without a user (seed, password reset).
 */
export const requireCurrentPassword: CollectionBeforeValidateHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!data) return data
  const currentPassword: unknown = data.currentPassword
  delete data.currentPassword
  if (operation !== 'update' || !originalDoc || !req.user) return data
  if (String(req.user.id) !== String(originalDoc.id)) return data
  const changesPassword = typeof data.password === 'string' && data.password !== ''
  const changesEmail =
    typeof data.email === 'string' && normaliseEmail(data.email) !== originalDoc.email
  if (!changesPassword && !changesEmail) return data
  if (typeof currentPassword !== 'string' || currentPassword === '')
    return refuse(req, 'errors.currentPasswordRequired')
  const stored = await req.payload.db.findOne<{
    id: number | string
    salt?: unknown
    hash?: unknown
  }>({
    collection: COLLECTIONS.users,
    where: { id: { equals: originalDoc.id } },
    req,
  })
  if (
    !(await verifyPassword({ password: currentPassword, salt: stored?.salt, hash: stored?.hash }))
  )
    return refuse(req, 'errors.currentPasswordWrong')
  return data
}
