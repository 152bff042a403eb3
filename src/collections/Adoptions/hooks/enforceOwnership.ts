import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { isAdminUser, staffOfficeId } from '@/access/roles'
import { relationId, relationIds, sameId, type ID } from '@/lib/ids'
import { COLLECTIONS } from '@/constants'
import { fieldError } from '@/hooks/fieldError'
import { projectOfficeId } from '@/hooks/lookupOffice'
import type { Adoption } from '@/payload-types'

const fail = (req: PayloadRequest, path: string, key: Parameters<typeof fieldError>[0]['key']) =>
  fieldError({ collection: COLLECTIONS.adoptions, path, key, req })

/** Whether the user may read the request (asked with their own access, as a query would be). */
const canReadRequest = async (req: PayloadRequest, id: ID) =>
  (
    await req.payload.count({
      collection: COLLECTIONS.adoptionRequests,
      where: { id: { equals: id } },
      overrideAccess: false,
      req,
    })
  ).totalDocs === 1

/**
 * Where an adoption may come from and whether it is public.
 *
 * - Office staff record adoptions of their own office's products, or ones that came from a request
 *   routed to their office and "übernommen"; the source request must be for that product.
 * - A request the user may not read answers exactly like one that does not exist, before any
 *   other check, so that no answer depends on another office's requests.
 * - The link to a request is made when the adoption is recorded and never changes.
 * - Public consent is the requester's: an adoption from a request is public exactly when its
 *   requester agreed. An adoption that never had a request is public only when an admin records
 *   where the organisation's consent is on record (`consentRecord`); nobody else can change it.
 */
export const enforceOwnership: CollectionBeforeChangeHook<Adoption> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const { user } = req
  const isAdmin = isAdminUser(user)
  const requestId =
    operation === 'create' ? relationId(data.sourceRequest) : relationId(originalDoc?.sourceRequest)
  if (operation === 'create' && user && requestId !== undefined) {
    if (!(await canReadRequest(req, requestId)))
      throw fail(req, 'sourceRequest', 'errors.requestNotFound')
  }
  const productId = relationId(data.product ?? originalDoc?.product)
  const lookup = { depth: 0, disableErrors: true, overrideAccess: true, req } as const
  const request =
    requestId !== undefined
      ? await req.payload.findByID({
          collection: COLLECTIONS.adoptionRequests,
          id: requestId,
          select: { products: true, office: true, status: true, publicListingConsent: true },
          ...lookup,
        })
      : null
  if (request && !relationIds(request.products).some((id) => sameId(id, productId))) {
    throw fail(req, 'sourceRequest', 'errors.requestForOtherProduct')
  }
  // The office a request was routed to records the adoption it led to, whoever made the product.
  const fromOwnRequest =
    request?.status === 'adopted' && sameId(request.office, staffOfficeId(user))
  if (user && !isAdmin && !fromOwnRequest) {
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
    if (!sameId(officeId, staffOfficeId(user))) throw fail(req, 'product', 'errors.notOwnOffice')
  }
  const publicConsent = await decideConsent({ data, originalDoc, operation, req, request })
  return {
    ...data,
    sourceRequest: requestId ?? null,
    publicConsent,
    ...(operation === 'create' && user ? { confirmedBy: user.id } : {}),
  }
}

const decideConsent = async ({
  data,
  originalDoc,
  operation,
  req,
  request,
}: {
  data: Partial<Adoption>
  originalDoc?: Adoption
  operation: 'create' | 'update'
  req: PayloadRequest
  request: { publicListingConsent?: boolean | null } | null
}): Promise<boolean> => {
  if (request) return request.publicListingConsent === true
  const { user } = req
  const stored = operation === 'update' && originalDoc?.publicConsent === true
  // Seeds and jobs (no user) write what they were given.
  if (!user) return data.publicConsent ?? stored
  if (!isAdminUser(user)) return stored
  const wanted = data.publicConsent ?? stored
  const record = data.consentRecord !== undefined ? data.consentRecord : originalDoc?.consentRecord
  if (wanted && !record?.trim()) throw fail(req, 'consentRecord', 'errors.consentRecordRequired')
  return wanted
}
