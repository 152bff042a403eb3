import type { ReviewStatus } from '@/constants'

/**
 * Who saves: the product's reviewers (admins and the staff of the product's office), its editors
 * (the staff of its project), or the system itself (seed, scheduled publishing, jobs).
 */
export type ReviewActor = 'reviewer' | 'editor' | 'system'

/**
 * The review workflow. A save that leaves the status as it was is no transition (an edit); every
 * change of status must be listed here for the actor who saves. `published → draft` is what an
 * edit of a published product becomes (a pending draft beside the published version) and what
 * unpublishing does; `published → submitted` is such an edit submitted in the same save.
 */
export const REVIEW_TRANSITIONS: Record<
  ReviewStatus,
  Partial<Record<ReviewStatus, readonly ReviewActor[]>>
> = {
  draft: { submitted: ['editor', 'reviewer'], published: ['reviewer'] },
  'changes-requested': { submitted: ['editor', 'reviewer'], published: ['reviewer'] },
  submitted: { published: ['reviewer'], 'changes-requested': ['reviewer'] },
  published: { draft: ['editor', 'reviewer'], submitted: ['editor', 'reviewer'] },
}

/** Statuses that need the completeness check to pass before they are entered. */
export const NEEDS_COMPLETE: readonly ReviewStatus[] = ['submitted']

export type ReviewDecision =
  | { ok: true; to: ReviewStatus; transition: boolean }
  | { ok: false; field: 'reviewStatus' | 'reviewComment'; reason: 'notAllowed' | 'commentRequired' }

/**
 * What a save does to the review status. `requested` is the status the save asks for (undefined
 * when it asks for none or for the current one), `publishing` whether it publishes (`_status`).
 */
export const decideReview = ({
  from,
  requested,
  publishing,
  actor,
  comment,
}: {
  from: ReviewStatus
  requested?: ReviewStatus
  publishing: boolean
  actor: ReviewActor
  comment?: string | null
}): ReviewDecision => {
  if (publishing && requested !== undefined && requested !== 'published') {
    return { ok: false, field: 'reviewStatus', reason: 'notAllowed' }
  }
  const to: ReviewStatus = publishing
    ? 'published'
    : (requested ?? (from === 'published' ? 'draft' : from))
  if (to === from) return { ok: true, to, transition: false }
  if (actor !== 'system' && !REVIEW_TRANSITIONS[from][to]?.includes(actor)) {
    return { ok: false, field: 'reviewStatus', reason: 'notAllowed' }
  }
  if (to === 'changes-requested' && !comment?.trim()) {
    return { ok: false, field: 'reviewComment', reason: 'commentRequired' }
  }
  return { ok: true, to, transition: true }
}

/** The transitions an actor may start from a status (for the admin's buttons). */
export const nextReviewStatuses = (from: ReviewStatus, actor: ReviewActor): ReviewStatus[] =>
  (Object.entries(REVIEW_TRANSITIONS[from]) as [ReviewStatus, readonly ReviewActor[]][])
    .filter(([, actors]) => actor === 'system' || actors.includes(actor))
    .map(([to]) => to)
