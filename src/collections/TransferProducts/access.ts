import type { Access, Where } from 'payload'

import { isAdminOrOfficeStaffUser, staffProjectIds } from '@/access/roles'
import { scoped } from '@/access/scoped'

/**
 * A product's office is its project's office, read through the relationship on every query, so
 * that moving a project moves its products without copying anything.
 */
const OFFICE_PATH = 'originProject.office'
const isPublished: Where = { _status: { equals: 'published' } }

/** The public sees published products; staff also the drafts of their office or projects. */
export const canReadProducts = scoped({
  officePath: OFFICE_PATH,
  projectPath: 'originProject',
  publicWhere: isPublished,
})

/**
 * Admins and office staff create products; project staff too, as drafts. Which project and office
 * a new product may belong to is checked in the `enforceOwnership` hook, where the data is final.
 */
export const canCreateProducts: Access = ({ req: { user }, data }) => {
  if (isAdminOrOfficeStaffUser(user)) return true
  return staffProjectIds(user).length > 0 && data?._status !== 'published'
}

/**
 * Office staff edit and publish their office's products. Project staff edit their projects'
 * products but may not publish: a save that asks for `published` is refused for them (and
 * `saveAsDraftUnlessOfficeStaff` turns their other saves into drafts). The admin UI asks the same
 * question, with `_status: 'published'`, to decide whether to show "Publish".
 */
const canEditProducts = scoped({ officePath: OFFICE_PATH, projectPath: 'originProject' })
const canPublishProducts = scoped({ officePath: OFFICE_PATH })

export const canUpdateProducts: Access = (args) =>
  args.data?._status === 'published' ? canPublishProducts(args) : canEditProducts(args)

export const canDeleteProducts = scoped({ officePath: OFFICE_PATH })

/**
 * Version history is staff-only: the public never sees past or unpublished states. The Where
 * applies to version documents, whose fields sit under `version.`.
 */
export const canReadProductVersions = scoped({
  officePath: `version.${OFFICE_PATH}`,
  projectPath: 'version.originProject',
})
