import type { Access } from 'payload'

import { isAdminUser, staffOfficeId } from '@/access/roles'

/** Everyone reads their own account; office staff also their colleagues (to assign requests). */
export const canReadUsers: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdminUser(user)) return true
  const officeId = staffOfficeId(user)
  const self = { id: { equals: user.id } }
  return officeId === undefined ? self : { or: [self, { office: { equals: officeId } }] }
}

export const canUpdateUsers: Access = ({ req: { user } }) => {
  if (!user) return false
  return isAdminUser(user) || { id: { equals: user.id } }
}
