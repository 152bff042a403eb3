import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import {
  COLLECTIONS,
  REVIEW_COMMENT_MAX_LENGTH,
  REVIEW_STATUSES,
  type ReviewStatus,
} from '@/constants'
import { fieldError } from '@/hooks/fieldError'
import type { TextKey } from '@/i18n'
import { translateFor } from '@/i18n/request'
import { relationId } from '@/lib/ids'
import { decideReview, nextReviewStatuses } from '@/lib/products/review'

import { isReviewStatus, reviewActor, storedReviewStatus } from './reviewState'

export type ReviewHistoryEntry = {
  at: string
  by?: number | string | null
  byName?: string | null
  from?: ReviewStatus | null
  to: ReviewStatus
  comment?: string | null
}

const statusLabel = (req: PayloadRequest, status: ReviewStatus) =>
  translateFor(req, `options.reviewStatuses.${status}` as TextKey)

const refuse = ({
  req,
  path,
  key,
  values,
}: {
  req: PayloadRequest
  path: 'reviewStatus' | 'reviewComment'
  key: TextKey
  values?: Record<string, string | number>
}) => fieldError({ collection: COLLECTIONS.transferProducts, path, key, req, values })

/** The comment sent with a save, trimmed; refused when it is not text or too long. */
const sentComment = (req: PayloadRequest, value: unknown): string => {
  if (value === undefined || value === null) return ''
  if (typeof value !== 'string')
    throw refuse({ req, path: 'reviewComment', key: 'review.commentInvalid' })
  const comment = value.trim()
  if (comment.length > REVIEW_COMMENT_MAX_LENGTH)
    throw refuse({
      req,
      path: 'reviewComment',
      key: 'review.commentTooLong',
      values: { max: REVIEW_COMMENT_MAX_LENGTH },
    })
  return comment
}

/**
 * The review workflow on every save, whichever API: the status a save asks for (or implies:
 * publishing, or editing a published product) must be a transition the saver may make
 * (src/lib/products/review.ts), else 400 on `reviewStatus` (or on `reviewComment` when a request
 * for changes has no comment). Each transition is appended to the history; the comment lives on
 * there and is never stored on the product. Runs after `enforceOwnership`, so the project is final.
 * Draft saves skip Payload's field validation, so the values are checked here.
 */
export const enforceReviewFlow: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const { reviewComment, ...rest } = data
  const comment = sentComment(req, reviewComment)
  const sent: unknown = rest.reviewStatus
  if (sent !== undefined && sent !== null && !isReviewStatus(sent)) {
    throw refuse({
      req,
      path: 'reviewStatus',
      key: 'review.statusUnknown',
      values: { allowed: REVIEW_STATUSES.map((status) => statusLabel(req, status)).join(', ') },
    })
  }
  const from: ReviewStatus = operation === 'create' ? 'draft' : storedReviewStatus(originalDoc)
  // A duplicate (a create with the original as `originalDoc`) carries the original's status
  // along; the copy is a new product and starts as a draft.
  const isDuplicate = operation === 'create' && originalDoc?.id !== undefined
  // The admin form sends the status it shows; only a different one is a request.
  const requested = isReviewStatus(sent) && sent !== from && !isDuplicate ? sent : undefined
  const publishing = rest._status === 'published'
  const actor = await reviewActor({
    req,
    projectId: relationId(rest.originProject ?? originalDoc?.originProject),
  })
  const decision = decideReview({ from, requested, publishing, actor, comment })
  if (!decision.ok) {
    if (decision.field === 'reviewComment')
      throw refuse({ req, path: 'reviewComment', key: 'errors.reviewCommentRequired' })
    const allowed = nextReviewStatuses(from, actor).map((status) => statusLabel(req, status))
    throw refuse({
      req,
      path: 'reviewStatus',
      key: 'errors.reviewTransition',
      values: {
        from: statusLabel(req, from),
        to: statusLabel(
          req,
          requested ?? (publishing ? 'published' : from === 'published' ? 'draft' : from),
        ),
        allowed: allowed.join(', ') || translateFor(req, 'review.nobody'),
      },
    })
  }
  // A bulk update or a draft save cannot make a product published; only publishing does.
  if (decision.to === 'published' && !publishing)
    throw refuse({ req, path: 'reviewStatus', key: 'review.publishedNeedsPublish' })
  if (!decision.transition) return { ...rest, reviewStatus: decision.to }
  const history = ((operation === 'update' ? originalDoc?.reviewHistory : undefined) ??
    []) as ReviewHistoryEntry[]
  const entry: ReviewHistoryEntry = {
    at: new Date().toISOString(),
    by: req.user?.id ?? null,
    byName: req.user?.name ?? null,
    from: operation === 'create' ? null : from,
    to: decision.to,
    comment: comment || null,
  }
  return {
    ...rest,
    reviewStatus: decision.to,
    reviewHistory: [
      ...history.map(({ at, by, byName, from: before, to, comment: said }) => ({
        at,
        by: relationId(by),
        byName,
        from: before,
        to,
        comment: said,
      })),
      entry,
    ],
  }
}
