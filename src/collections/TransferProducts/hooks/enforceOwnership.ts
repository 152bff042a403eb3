import type { CollectionBeforeChangeHook } from 'payload'

import { isAdminUser, relationId, sameId, staffOfficeId, staffProjectIds } from '@/access/roles'
import { COLLECTIONS } from '@/constants'
import { fieldError } from '@/hooks/fieldError'

/**
 * Access rules decide which existing products a user may touch; this decides where the saved
 * product ends up: a project-staff user cannot move a product to someone else's project, and
 * office staff cannot move it to another office. Runs after `deriveOffice`.
 */
export const enforceOwnership: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const { user } = req
  // Without a user the call is the system's own (seed, jobs); access already stopped the public.
  if (!user || isAdminUser(user)) return data
  const projectId = relationId(data.originProject ?? originalDoc?.originProject)
  const officeId = staffOfficeId(user)
  const isOwnOffice = officeId !== undefined && sameId(data.office, officeId)
  const isOwnProject =
    projectId !== undefined && staffProjectIds(user).some((id) => String(id) === String(projectId))
  if (isOwnOffice) return data
  if (isOwnProject) {
    if (data._status === 'published') {
      throw fieldError({
        collection: COLLECTIONS.transferProducts,
        path: '_status',
        key: 'errors.cannotPublish',
        req,
      })
    }
    return data
  }
  throw fieldError({
    collection: COLLECTIONS.transferProducts,
    path: 'originProject',
    key: officeId !== undefined ? 'errors.notOwnOffice' : 'errors.notOwnProject',
    req,
  })
}
