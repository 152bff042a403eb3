import type { ReviewStatus } from '@/constants'

import type { T } from './types'

/** The review status as a word in a pill: the colour only repeats what the text says. */
export function ReviewBadge({ status, t }: { status: ReviewStatus; t: T }) {
  return (
    <span className={`pd-badge pd-badge--${status}`}>{t(`options.reviewStatuses.${status}`)}</span>
  )
}
