import type { Access, FieldAccess } from 'payload'

/** Every account belongs to staff (admins, office staff, project staff): the public has none. */
export const isStaff: Access = ({ req }) => Boolean(req.user)

export const isStaffField: FieldAccess = ({ req }) => Boolean(req.user)
