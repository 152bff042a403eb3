import type { CollectionBeforeChangeHook } from 'payload'

import { isAdminUser, relationId, sameId, staffOfficeId } from '@/access/roles'
import { COLLECTIONS } from '@/constants'
import { fieldError } from '@/hooks/fieldError'

/**
 * An adoption inherits project and office from its product (for access rules and counting), and
 * office staff may only record adoptions of their own office's products. On create it also
 * records who confirmed it.
 */
export const deriveOwnership: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const productId = relationId(data.product ?? originalDoc?.product)
  const product = productId
    ? await req.payload.findByID({
        collection: COLLECTIONS.transferProducts,
        id: productId,
        depth: 0,
        select: { office: true, originProject: true },
        disableErrors: true,
        overrideAccess: true,
        draft: true,
        req,
      })
    : null
  const office = relationId(product?.office) ?? null
  const { user } = req
  if (user && !isAdminUser(user) && !sameId(office, staffOfficeId(user))) {
    throw fieldError({
      collection: COLLECTIONS.adoptions,
      path: 'product',
      key: 'errors.notOwnOffice',
      req,
    })
  }
  return {
    ...data,
    office,
    project: relationId(product?.originProject) ?? null,
    ...(operation === 'create' && user ? { confirmedBy: user.id } : {}),
  }
}
