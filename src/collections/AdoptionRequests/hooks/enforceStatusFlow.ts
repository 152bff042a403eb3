import type { CollectionBeforeChangeHook } from 'payload'

import { COLLECTIONS, type RequestStatus } from '@/constants'
import { fieldError } from '@/hooks/fieldError'
import { translateFor } from '@/i18n/request'
import type { TextKey } from '@/i18n'
import { canTransition, TRANSITIONS } from '@/lib/requests/workflow'

/**
 * Only the workflow's transitions are accepted, from any API: a new request starts as "neu",
 * a closed one stays closed. The message names the allowed next steps.
 */
export const enforceStatusFlow: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const next = data.status as RequestStatus | undefined
  if (operation === 'create') {
    if (next && next !== 'new')
      throw fieldError({
        collection: COLLECTIONS.adoptionRequests,
        path: 'status',
        key: 'errors.statusMustStartNew',
        req,
      })
    return data
  }
  const previous = originalDoc?.status as RequestStatus | undefined
  if (!next || !previous || canTransition(previous, next)) return data
  const label = (status: RequestStatus) =>
    translateFor(req, `options.requestStatuses.${status}` as TextKey)
  const allowed = TRANSITIONS[previous].map(label).join(', ')
  throw fieldError({
    collection: COLLECTIONS.adoptionRequests,
    path: 'status',
    key: allowed ? 'errors.statusTransition' : 'errors.statusClosed',
    values: { from: label(previous), to: label(next), allowed },
    req,
  })
}
