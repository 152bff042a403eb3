import type { Payload, PayloadRequest } from 'payload'

import { COLLECTIONS } from '@/constants'
import { requestTitle } from '@/lib/requests/title'

const BATCH = 200

/**
 * Gives requests stored before titles existed their title (called from a migration). It writes
 * through the adapter, not `payload.update`: no hooks, no mails, and `updatedAt` (what the list's
 * "days since the last change" counts from) stays as it was. Returns how many were filled.
 */
export const backfillRequestTitles = async ({
  payload,
  req,
}: {
  payload: Payload
  req?: Partial<PayloadRequest>
}): Promise<number> => {
  let filled = 0
  for (;;) {
    const { docs } = await payload.db.find<{
      id: number | string
      createdAt: string
      requester?: { organisation?: string | null } | null
    }>({
      collection: COLLECTIONS.adoptionRequests,
      where: { or: [{ title: { exists: false } }, { title: { equals: '' } }] },
      limit: BATCH,
      pagination: false,
      sort: 'createdAt',
      req,
    })
    if (docs.length === 0) return filled
    for (const doc of docs) {
      await payload.db.updateOne({
        collection: COLLECTIONS.adoptionRequests,
        id: doc.id,
        returning: false,
        data: {
          title: requestTitle({
            organisation: doc.requester?.organisation,
            createdAt: doc.createdAt,
          }),
          // null, not left out: both adapters then keep the stored `updatedAt`.
          updatedAt: null,
        },
        req,
      })
      filled++
    }
  }
}
