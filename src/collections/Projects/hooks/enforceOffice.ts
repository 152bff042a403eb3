import type { CollectionBeforeChangeHook } from 'payload'

import { isAdminUser, staffOfficeId } from '@/access/roles'
import { sameId } from '@/lib/ids'
import { COLLECTIONS } from '@/constants'
import { fieldError } from '@/hooks/fieldError'

/** Office staff create projects for their own office only. */
export const enforceOffice: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const { user } = req
  if (!user || isAdminUser(user) || operation !== 'create') return data
  const officeId = staffOfficeId(user)
  if (officeId === undefined) return data
  if (data.office === undefined || data.office === null) return { ...data, office: officeId }
  if (!sameId(data.office, officeId)) {
    throw fieldError({
      collection: COLLECTIONS.projects,
      path: 'office',
      key: 'errors.notOwnOffice',
      req,
    })
  }
  return data
}
