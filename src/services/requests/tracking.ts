import type { Payload } from 'payload'

import { COLLECTIONS } from '@/constants'
import type { AdoptionRequest } from '@/payload-types'

const TOKEN = /^[A-Za-z0-9_-]{32}$/

/**
 * The request behind a tracking token, or null (unknown, malformed or anonymised). Read with the
 * server's rights: the token is the requester's key; what the page shows is chosen by the page.
 */
export const findByTrackingToken = async (
  payload: Payload,
  token: string,
): Promise<AdoptionRequest | null> => {
  if (!TOKEN.test(token)) return null
  const { docs } = await payload.find({
    collection: COLLECTIONS.adoptionRequests,
    where: { trackingToken: { equals: token } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const request = docs[0]
  return request && !request.anonymisedAt ? request : null
}
