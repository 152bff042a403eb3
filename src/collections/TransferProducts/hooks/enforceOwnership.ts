import type { CollectionBeforeChangeHook } from 'payload'

import { isAdminUser, staffOfficeId, staffProjectIds } from '@/access/roles'
import { relationId, sameId } from '@/lib/ids'
import { COLLECTIONS } from '@/constants'
import { fieldError } from '@/hooks/fieldError'
import { projectOfficeId } from '@/hooks/lookupOffice'

/**
 * Access rules decide which existing products a user may touch; this decides where the saved
 * product ends up: project staff cannot move a product to someone else's project, office staff
 * cannot move it to another office, and project staff cannot publish.
 */
export const enforceOwnership: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const { user } = req
  // Without a user the call is the system's own (seed, jobs); access already stopped the public.
  if (!user || isAdminUser(user)) return data
  const projectId = relationId(data.originProject ?? originalDoc?.originProject)
  const officeId = staffOfficeId(user)
  if (officeId !== undefined && sameId(await projectOfficeId({ projectId, req }), officeId))
    return data
  const isOwnProject = staffProjectIds(user).some((id) => sameId(id, projectId))
  if (!isOwnProject) {
    throw fieldError({
      collection: COLLECTIONS.transferProducts,
      path: 'originProject',
      key: officeId !== undefined ? 'errors.notOwnOffice' : 'errors.notOwnProject',
      req,
    })
  }
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
