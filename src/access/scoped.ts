import type { Access, Where } from 'payload'

import { isAdminUser, staffOfficeId, staffProjectIds } from './roles'

type ScopeArgs = {
  /** Field holding the regional office a document belongs to. */
  officePath?: string
  /** Field holding the project a document belongs to (project staff see these). */
  projectPath?: string
  /** Extra condition everybody (also the public) may see, e.g. published or consented. */
  publicWhere?: Where
}

/**
 * Builds an access rule: admins see everything; office staff the documents of their office;
 * project staff those of their projects; everyone the `publicWhere` part. Returns `false` when
 * nothing is left, so the API answers 403 instead of an empty list.
 */
export const scoped =
  ({ officePath, projectPath, publicWhere }: ScopeArgs): Access =>
  ({ req: { user } }) => {
    if (isAdminUser(user)) return true
    const scopes: Where[] = publicWhere ? [publicWhere] : []
    const officeId = staffOfficeId(user)
    if (officePath && officeId !== undefined) scopes.push({ [officePath]: { equals: officeId } })
    const projectIds = staffProjectIds(user)
    if (projectPath && projectIds.length > 0) scopes.push({ [projectPath]: { in: projectIds } })
    if (scopes.length === 0) return false
    return scopes.length === 1 ? scopes[0] : { or: scopes }
  }
