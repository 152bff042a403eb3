import { randomBytes } from 'node:crypto'

import type { AdoptionRequest } from '@/payload-types'

export const DEFAULT_RETENTION_MONTHS = 24
export const DEFAULT_OVERDUE_DAYS = 14

export const monthsBefore = (date: Date, months: number): Date => {
  const result = new Date(date)
  result.setMonth(result.getMonth() - months)
  return result
}

/**
 * What remains of a request once the person behind it is removed: which products, which kind of
 * organisation in which state, and the status path (for the office's statistics). Name, contact
 * details, postcode, messages, notes and comments are gone; the tracking link stops working.
 */
export const anonymisedData = (request: AdoptionRequest, now: Date) => ({
  requester: {
    name: '–',
    role: null,
    organisation: request.requester.organisation,
    organisationType: request.requester.organisationType,
    email: `anonymisiert-${request.id}@example.invalid`,
    phone: null,
    postcode: null,
    city: null,
    state: request.requester.state,
  },
  message: null,
  requesterMessages: [],
  internalNotes: null,
  statusHistory: (request.statusHistory ?? []).map(({ at, from, to }) => ({
    at,
    from,
    to,
    by: null,
    comment: null,
  })),
  trackingToken: randomBytes(24).toString('base64url'),
  anonymisedAt: now.toISOString(),
})
