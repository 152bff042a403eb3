import type { Payload } from 'payload'

import { COLLECTIONS } from '@/constants'

/**
 * Whether the adopter behind a request agreed to be asked, for its tracking page: undefined while
 * the request led to no adoption; otherwise true only when every adoption it led to carries the
 * consent (the page sets them together).
 */
export const getRequestContactConsent = async ({
  payload,
  requestId,
}: {
  payload: Payload
  requestId: number | string
}): Promise<boolean | undefined> => {
  const { docs } = await payload.find({
    collection: COLLECTIONS.adoptions,
    where: { sourceRequest: { equals: requestId } },
    depth: 0,
    pagination: false,
    select: { contactConsent: true },
    overrideAccess: true,
  })
  if (docs.length === 0) return undefined
  return docs.every((adoption) => adoption.contactConsent?.given === true)
}
