import type { Role } from '@/constants'
import { relationId, relationIds, type ID } from '@/lib/ids'
import type { User } from '@/payload-types'

export const hasRole = (user: User | null | undefined, role: Role): boolean =>
  Boolean(user?.roles?.includes(role))

export const isAdminUser = (user: User | null | undefined): boolean => hasRole(user, 'admin')

/** The office an office-staff user belongs to, or undefined for everybody else. */
export const staffOfficeId = (user: User | null | undefined): ID | undefined =>
  hasRole(user, 'office-staff') ? relationId(user?.office) : undefined

/** The projects a project-staff user works for (empty for everybody else). */
export const staffProjectIds = (user: User | null | undefined): ID[] =>
  hasRole(user, 'project-staff') ? relationIds(user?.projects) : []

/** Admins and office staff: those who work with offices' products, projects and requests. */
export const isAdminOrOfficeStaffUser = (user: User | null | undefined): user is User =>
  isAdminUser(user) || staffOfficeId(user) !== undefined
