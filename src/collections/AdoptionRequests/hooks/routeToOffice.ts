import type { CollectionBeforeChangeHook } from 'payload'

import { COLLECTIONS } from '@/constants'

/** A new request goes to the office covering the requester's state (none: admins handle it). */
export const routeToOffice: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  const state = (data.requester as { state?: string } | undefined)?.state
  if (operation !== 'create' || data.office || !state) return data
  const { docs } = await req.payload.find({
    collection: COLLECTIONS.regionalOffices,
    where: { states: { in: [state] } },
    depth: 0,
    limit: 1,
    select: {},
    overrideAccess: true,
    req,
  })
  return docs[0] ? { ...data, office: docs[0].id } : data
}
