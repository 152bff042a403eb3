import type { CollectionBeforeChangeHook } from 'payload'

import { COLLECTIONS } from '@/constants'
import { lookupOptions, projectOfficeId } from '@/hooks/lookupOffice'
import { relationId } from '@/lib/ids'
import type { AdopterQuestion } from '@/payload-types'

/** A question belongs to the office of the product's project: the office that records its adoptions. */
export const routeToProductOffice: CollectionBeforeChangeHook<AdopterQuestion> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const productId = relationId(data.product)
  const product =
    productId === undefined
      ? null
      : await req.payload.findByID({
          collection: COLLECTIONS.transferProducts,
          id: productId,
          select: { originProject: true },
          ...lookupOptions(req),
        })
  const office = await projectOfficeId({ projectId: relationId(product?.originProject), req })
  return { ...data, office: (office ?? null) as AdopterQuestion['office'] }
}
