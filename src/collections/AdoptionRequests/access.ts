import type { FieldAccess } from 'payload'

import { isAdminUser, staffOfficeId } from '@/access/roles'
import { sameId } from '@/lib/ids'
import { scoped } from '@/access/scoped'

/** Requests are visible to admins and to the staff of the office they were routed to. */
export const canAccessRequests = scoped({ officePath: 'office' })

/**
 * Requester contact data and internal notes: admins and the routed office's staff only. Without a
 * document (when a query's `where` or `sort` is checked) the collection rule has already limited
 * the rows to the user's own office.
 */
export const isRoutedOfficeStaff: FieldAccess = ({ req: { user }, doc }) => {
  if (isAdminUser(user)) return true
  const officeId = staffOfficeId(user)
  if (officeId === undefined) return false
  return !doc || sameId(doc.office, officeId)
}
