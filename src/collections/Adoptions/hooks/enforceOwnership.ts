import type { CollectionBeforeChangeHook } from 'payload'

import { isAdminUser, relationId, relationIds, sameId, staffOfficeId } from '@/access/roles'
import { COLLECTIONS } from '@/constants'
import { fieldError } from '@/hooks/fieldError'
import { projectOfficeId } from '@/hooks/lookupOffice'

/**
 * Office staff record adoptions of their own office's products, or ones that came from a request
 * routed to their office; an adoption's source request must be a request for that product. On create it records who confirmed it.
 */
export const enforceOwnership: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const productId = relationId(data.product ?? originalDoc?.product)
  const requestId = relationId(data.sourceRequest ?? originalDoc?.sourceRequest)
  const lookup = { depth: 0, disableErrors: true, overrideAccess: true, req } as const
  const request =
    requestId !== undefined && productId !== undefined
      ? await req.payload.findByID({
          collection: COLLECTIONS.adoptionRequests,
          id: requestId,
          select: { products: true, office: true, status: true, publicListingConsent: true },
          ...lookup,
        })
      : undefined
  if (request !== undefined) {
    if (!relationIds(request?.products).some((id) => sameId(id, productId))) {
      throw fieldError({
        collection: COLLECTIONS.adoptions,
        path: 'sourceRequest',
        key: 'errors.requestForOtherProduct',
        req,
      })
    }
  }
  const { user } = req
  // The office a request was routed to records the adoption it led to, whoever made the product.
  // Only once that request is "übernommen", and public only if its requester agreed.
  const fromOwnRequest =
    Boolean(request) &&
    request?.status === 'adopted' &&
    sameId(request?.office, staffOfficeId(user))
  if (user && !isAdminUser(user) && !fromOwnRequest) {
    const product = productId
      ? await req.payload.findByID({
          collection: COLLECTIONS.transferProducts,
          id: productId,
          select: { originProject: true },
          draft: true,
          ...lookup,
        })
      : null
    const officeId = await projectOfficeId({ projectId: relationId(product?.originProject), req })
    if (!sameId(officeId, staffOfficeId(user))) {
      throw fieldError({
        collection: COLLECTIONS.adoptions,
        path: 'product',
        key: 'errors.notOwnOffice',
        req,
      })
    }
  }
  const consented = fromOwnRequest ? { publicConsent: request?.publicListingConsent === true } : {}
  return operation === 'create' && user
    ? { ...data, ...consented, confirmedBy: user.id }
    : { ...data, ...consented }
}
