import type { CollectionBeforeOperationHook } from 'payload'

import { isAdminUser, staffOfficeId } from '@/access/roles'
import { relationId, sameId } from '@/lib/ids'
import { COLLECTIONS } from '@/constants'
import { projectOfficeId } from '@/hooks/lookupOffice'

/**
 * Only admins and the product's own office publish and unpublish. Every other save (project
 * staff's) becomes a draft save, which leaves the published version untouched; without this, a
 * plain save with `_status: 'draft'` would take a published product offline.
 */
export const saveAsDraftUnlessOfficeStaff: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  const { user } = req
  if (!user || isAdminUser(user) || (operation !== 'create' && operation !== 'update')) return args
  // An explicit request to publish goes on unchanged, so that access control refuses it plainly.
  if ((args.data as { _status?: string } | undefined)?._status === 'published') return args
  const officeId = staffOfficeId(user)
  if (officeId !== undefined) {
    // Update-by-id arguments carry the id; create and bulk update do not.
    const { data, id } = args as { data?: { originProject?: unknown }; id?: number | string }
    let projectId = relationId(data?.originProject as never)
    if (projectId === undefined && id !== undefined) {
      const current = await req.payload.findByID({
        collection: COLLECTIONS.transferProducts,
        id,
        depth: 0,
        select: { originProject: true },
        disableErrors: true,
        overrideAccess: true,
        req,
      })
      projectId = relationId(current?.originProject)
    }
    if (projectId !== undefined && sameId(await projectOfficeId({ projectId, req }), officeId))
      return args
  }
  return { ...args, draft: true }
}
