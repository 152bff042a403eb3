import type { Where } from 'payload'

import type { RequestStatus } from '@/constants'

/**
 * The request workflow: neu → in Prüfung → in Beratung → Erprobung → übernommen | abgelehnt |
 * zurückgezogen. A trial is optional (consultation can end in an adoption directly); a request can
 * be declined or withdrawn at any open step; closed requests stay closed.
 */
export const TRANSITIONS: Record<RequestStatus, readonly RequestStatus[]> = {
  new: ['in-review', 'declined', 'withdrawn'],
  'in-review': ['in-consultation', 'declined', 'withdrawn'],
  'in-consultation': ['trial', 'adopted', 'declined', 'withdrawn'],
  trial: ['adopted', 'declined', 'withdrawn'],
  adopted: [],
  declined: [],
  withdrawn: [],
}

export const CLOSED_STATUSES: readonly RequestStatus[] = ['adopted', 'declined', 'withdrawn']
export const OPEN_STATUSES: readonly RequestStatus[] = [
  'new',
  'in-review',
  'in-consultation',
  'trial',
]

/** After these the office is reminded to record the outcome (six months later). */
export const OUTCOME_STATUSES: readonly RequestStatus[] = ['trial', 'adopted']

export const canTransition = (from: RequestStatus, to: RequestStatus): boolean =>
  from === to || TRANSITIONS[from].includes(to)

export const isClosed = (status: RequestStatus): boolean => CLOSED_STATUSES.includes(status)

/**
 * Requests whose status last changed before `cutoff`. Requests stored before the field existed
 * have no `statusChangedAt`; their last change is at most their `updatedAt`.
 */
export const statusUnchangedSince = (cutoff: Date): Where => ({
  or: [
    { statusChangedAt: { less_than: cutoff.toISOString() } },
    {
      and: [
        { statusChangedAt: { exists: false } },
        { updatedAt: { less_than: cutoff.toISOString() } },
      ],
    },
  ],
})
