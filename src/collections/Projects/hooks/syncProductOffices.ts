import type { CollectionAfterChangeHook } from 'payload'

import type { TransferProduct } from '@/payload-types'

import { relationId, sameId } from '@/access/roles'
import { COLLECTIONS } from '@/constants'

/**
 * Products carry their project's office (for access rules and facets). When a project moves to
 * another office, its products follow, inside the same transaction.
 */
export const syncProductOffices: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || sameId(doc.office, previousDoc?.office)) return doc
  await req.payload.update({
    collection: COLLECTIONS.transferProducts,
    where: { originProject: { equals: doc.id } },
    data: { office: (relationId(doc.office) ?? null) as TransferProduct['office'] },
    overrideAccess: true,
    req,
  })
  return doc
}
