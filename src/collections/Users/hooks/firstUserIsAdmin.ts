import type { CollectionBeforeChangeHook } from 'payload'

import { COLLECTIONS } from '@/constants'

/** The account made on /admin/create-first-user runs the programme office: it becomes admin. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({
    collection: COLLECTIONS.users,
    overrideAccess: true,
    req,
  })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
