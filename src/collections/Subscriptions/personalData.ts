import type { Payload, PayloadRequest } from 'payload'

import { COLLECTIONS } from '@/constants'
import { normaliseEmail } from '@/lib/validators'

/**
 * An address's subscriptions as personal data: what the per-email export of the request workflow
 * includes (src/collections/AdoptionRequests/endpoints/dataExport.ts) and what the admins'
 * per-email erasure deletes (…/endpoints/dataErase.ts).
 */

/** The rows of one address (normalised or as typed), for the data export and deletion. */
const ofAddress = (email: string) => {
  const address = normaliseEmail(email)
  return { or: [{ email: { equals: address } }, { email: { like: email.trim() } }] }
}

/** Everything stored about an address's subscriptions, without the keys (they are credentials). */
export const subscriptionsOf = async ({
  payload,
  email,
  req,
}: {
  payload: Payload
  email: string
  req?: PayloadRequest
}) => {
  const { docs } = await payload.find({
    collection: COLLECTIONS.subscriptions,
    where: ofAddress(email),
    pagination: false,
    depth: 0,
    sort: 'createdAt',
    overrideAccess: true,
    req,
  })
  const address = normaliseEmail(email)
  return docs
    .filter((doc) => normaliseEmail(doc.email) === address)
    .map((doc) => {
      const rest: Record<string, unknown> = { ...doc }
      delete rest.confirmTokenHash
      delete rest.unsubscribeTokenHash
      delete rest.unsubscribeSalt
      return rest
    })
}

/** Deletes every subscription of an address (the admins' per-email erasure). */
export const deleteSubscriptionsOf = async ({
  payload,
  email,
  req,
}: {
  payload: Payload
  email: string
  req?: PayloadRequest
}): Promise<number> => {
  const ids = (await subscriptionsOf({ payload, email, req })).map((doc) => doc.id as number)
  if (ids.length === 0) return 0
  const { docs } = await payload.delete({
    collection: COLLECTIONS.subscriptions,
    where: { id: { in: ids } },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return docs.length
}
