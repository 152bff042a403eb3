import type { Role } from '@/constants'
import type { User } from '@/payload-types'

export type ID = number | string
type Relation = ID | { id: ID } | null | undefined

/** The id of a relationship value, whether it is populated or not. */
export const relationId = (value: Relation): ID | undefined =>
  value === null || value === undefined ? undefined : typeof value === 'object' ? value.id : value

export const relationIds = (values: Relation[] | null | undefined): ID[] =>
  (values ?? []).map(relationId).filter((id): id is ID => id !== undefined)

export const sameId = (a: Relation, b: Relation): boolean => {
  const left = relationId(a)
  const right = relationId(b)
  return left !== undefined && right !== undefined && String(left) === String(right)
}

export const hasRole = (user: User | null | undefined, role: Role): boolean =>
  Boolean(user?.roles?.includes(role))

export const isAdminUser = (user: User | null | undefined): boolean => hasRole(user, 'admin')

/** The office an office-staff user belongs to, or undefined for everybody else. */
export const staffOfficeId = (user: User | null | undefined): ID | undefined =>
  hasRole(user, 'office-staff') ? relationId(user?.office) : undefined

/** The projects a project-staff user works for (empty for everybody else). */
export const staffProjectIds = (user: User | null | undefined): ID[] =>
  hasRole(user, 'project-staff') ? relationIds(user?.projects) : []
