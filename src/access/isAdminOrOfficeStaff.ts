import type { Access, FieldAccess } from 'payload'

import { isAdminOrOfficeStaffUser } from './roles'

/** Admins and office staff (project staff and the public are refused). */
export const isAdminOrOfficeStaff: Access = ({ req }) => isAdminOrOfficeStaffUser(req.user)

export const isAdminOrOfficeStaffField: FieldAccess = ({ req }) =>
  isAdminOrOfficeStaffUser(req.user)
