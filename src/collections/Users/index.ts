import type { CollectionConfig, Validate } from 'payload'
import { relationship } from 'payload/shared'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { COLLECTIONS, ROLES, type Role } from '@/constants'
import type { TextKey } from '@/i18n'
import { collectionLabels, label, options } from '@/i18n'
import { translateFor } from '@/i18n/request'

import { canReadUsers, canUpdateUsers } from './access'
import { forgotPassword } from './endpoints/forgotPassword'
import { login } from './endpoints/login'
import { currentPasswordField } from './fields/currentPassword'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { requireCurrentPassword } from './hooks/requireCurrentPassword'

/** A relationship that the given role cannot do without. */
const requiredForRole =
  (role: Role, errorKey: TextKey): Validate =>
  (value, options) => {
    const { req, siblingData } = options
    const roles = (siblingData as { roles?: Role[] }).roles ?? []
    const isEmpty =
      value === null || value === undefined || (Array.isArray(value) && value.length === 0)
    if (roles.includes(role) && isEmpty) return translateFor(req, errorKey)
    return relationship(value, options as Parameters<typeof relationship>[1])
  }

const isProduction = process.env.NODE_ENV === 'production'

export const Users: CollectionConfig = {
  slug: COLLECTIONS.users,
  labels: collectionLabels('users'),
  auth: {
    // Failed logins are throttled per client and per address instead (endpoints/login.ts).
    maxLoginAttempts: 0,
    // Reset mails are throttled per client and address (endpoints/forgotPassword.ts); Payload's
    // per-account interval wrote to the user row outside the operation's transaction (issue 9.1).
    forgotPassword: { minRequestInterval: 0 },
    tokenExpiration: 8 * 60 * 60,
    cookies: {
      sameSite: 'Lax',
      secure: isProduction && (process.env.NEXT_PUBLIC_SERVER_URL ?? '').startsWith('https://'),
    },
  },
  admin: {
    useAsTitle: 'name',
    group: label('adminGroups.administration'),
    defaultColumns: ['name', 'email', 'roles', 'office'],
  },
  access: {
    admin: ({ req }) => Boolean(req.user),
    read: canReadUsers,
    create: isAdmin,
    update: canUpdateUsers,
    delete: isAdmin,
    unlock: isAdmin,
  },
  endpoints: [login, forgotPassword],
  hooks: { beforeValidate: [requireCurrentPassword], beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text', label: label('fields.name'), required: true },
    currentPasswordField,
    {
      name: 'roles',
      type: 'select',
      label: label('fields.roles'),
      options: options('roles', ROLES),
      hasMany: true,
      required: true,
      defaultValue: ['project-staff'],
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'office',
      type: 'relationship',
      relationTo: COLLECTIONS.regionalOffices,
      label: label('fields.office'),
      access: { create: isAdminField, update: isAdminField },
      validate: requiredForRole('office-staff', 'errors.officeRequired'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'projects',
      type: 'relationship',
      relationTo: COLLECTIONS.projects,
      hasMany: true,
      label: label('fields.projects'),
      access: { create: isAdminField, update: isAdminField },
      validate: requiredForRole('project-staff', 'errors.projectsRequired'),
      admin: { position: 'sidebar' },
    },
  ],
}
