import type { PayloadRequest } from 'payload'

import { isAdminUser, staffOfficeId } from '@/access/roles'
import { REVIEW_STATUSES, type ReviewStatus } from '@/constants'
import { projectOfficeId } from '@/hooks/lookupOffice'
import { type ID, sameId } from '@/lib/ids'
import type { ReviewActor } from '@/lib/products/review'

export const isReviewStatus = (value: unknown): value is ReviewStatus =>
  typeof value === 'string' && (REVIEW_STATUSES as readonly string[]).includes(value)

/**
 * The review status of a stored state (a product or one of its versions). States saved before
 * the review existed carry none: a published one counts as `published`, anything else as `draft`.
 */
export const storedReviewStatus = (
  doc: { reviewStatus?: unknown; _status?: unknown } | null | undefined,
): ReviewStatus =>
  isReviewStatus(doc?.reviewStatus)
    ? doc.reviewStatus
    : doc?._status === 'published'
      ? 'published'
      : 'draft'

/**
 * Who saves, for the review: without a user the system itself (seed, scheduled publishing);
 * admins and the staff of the product's office review; everybody else who got this far (access
 * let them edit) is one of the product's editors.
 */
export const reviewActor = async ({
  req,
  projectId,
}: {
  req: PayloadRequest
  projectId: ID | undefined
}): Promise<ReviewActor> => {
  const { user } = req
  if (!user) return 'system'
  if (isAdminUser(user)) return 'reviewer'
  const officeId = staffOfficeId(user)
  if (officeId !== undefined && sameId(await projectOfficeId({ projectId, req }), officeId))
    return 'reviewer'
  return 'editor'
}
