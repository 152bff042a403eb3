import type { CollectionBeforeOperationHook } from 'payload'

import { isAdminOrOfficeStaffUser } from '@/access/roles'
import { COLLECTIONS } from '@/constants'

import { storedReviewStatus } from './reviewState'

type SaveArgs = {
  id?: number | string
  autosave?: boolean
  draft?: boolean
  data?: Record<string, unknown>
}

/**
 * Two ways into the review, made one before access is checked:
 * - An autosave is typing, never a review decision: whatever status the form still holds is
 *   dropped, so a stale value cannot publish or submit anything.
 * - A save asking for `reviewStatus: 'published'` (when that is not already the newest state's
 *   status) is a publish, so the published version and the status move together. Only for those
 *   who may publish somewhere (admins, office staff, the system): access then decides about this
 *   product as for any publish. Project staff's request stays a draft save, which the review hook
 *   refuses with a 400 on `reviewStatus` once access has let them edit the product.
 */
export const publishOnReviewStatus: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const { id, autosave, data } = args as SaveArgs
  if (!data || typeof data !== 'object' || !('reviewStatus' in data)) return args
  if (autosave) {
    const rest = { ...data }
    delete rest.reviewStatus
    return { ...args, data: rest }
  }
  if (data.reviewStatus !== 'published' || data._status === 'published') return args
  if (req.user && !isAdminOrOfficeStaffUser(req.user)) return args
  if (operation === 'update') {
    // A bulk update has no single product to compare with; the review hook refuses it there.
    if (id === undefined) return args
    const newest = await req.payload.findByID({
      collection: COLLECTIONS.transferProducts,
      id,
      draft: true,
      depth: 0,
      select: { reviewStatus: true, _status: true },
      disableErrors: true,
      overrideAccess: true,
      req,
    })
    // Unknown products go on unchanged: access answers for them as always.
    if (!newest || storedReviewStatus(newest) === 'published') return args
  }
  return { ...args, draft: false, data: { ...data, _status: 'published' } }
}
