import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { isAdminUser, staffOfficeId } from '@/access/roles'
import { COLLECTIONS } from '@/constants'
import { fieldError } from '@/hooks/fieldError'
import { projectOfficeId } from '@/hooks/lookupOffice'
import { type ID, relationId, sameId } from '@/lib/ids'

const fail = (
  req: PayloadRequest,
  key: 'review.productUnknown' | 'errors.notOwnOffice' | 'review.alreadyRetired',
) => fieldError({ collection: COLLECTIONS.productRetirements, path: 'product', key, req })

/**
 * A retirement names a product of the user's own office (admins: any). A product the user may
 * not read answers exactly like one that does not exist, before any other check, so that no
 * answer tells about another office's drafts. Who retired it is the server's to say.
 */
export const enforceOffice: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const { user } = req
  const productId = relationId(data.product ?? originalDoc?.product) as ID | undefined
  const changesProduct = operation === 'create' || !sameId(productId, originalDoc?.product)
  if (user && !isAdminUser(user) && changesProduct) {
    const product =
      productId === undefined
        ? null
        : await req.payload.findByID({
            collection: COLLECTIONS.transferProducts,
            id: productId,
            draft: true,
            depth: 0,
            select: { originProject: true },
            disableErrors: true,
            // As the user (req carries them): a product they cannot read stays unknown.
            overrideAccess: false,
            req,
          })
    if (!product) throw fail(req, 'review.productUnknown')
    const officeId = await projectOfficeId({ projectId: relationId(product.originProject), req })
    if (!sameId(officeId, staffOfficeId(user))) throw fail(req, 'errors.notOwnOffice')
  }
  // Checked here rather than left to the unique index, whose error names a database column.
  if (changesProduct && productId !== undefined) {
    const { totalDocs } = await req.payload.count({
      collection: COLLECTIONS.productRetirements,
      where: {
        and: [
          { product: { equals: productId } },
          ...(originalDoc?.id === undefined ? [] : [{ id: { not_equals: originalDoc.id } }]),
        ],
      },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) throw fail(req, 'review.alreadyRetired')
  }
  if (operation !== 'create') return data
  return { ...data, retiredBy: user?.id ?? data.retiredBy ?? null }
}
