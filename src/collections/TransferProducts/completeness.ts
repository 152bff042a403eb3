import type { Payload, PayloadRequest } from 'payload'

import { COLLECTIONS } from '@/constants'
import type { ID } from '@/lib/ids'
import {
  checkCompleteness,
  type Completeness,
  completenessInput,
  type ProductAllLocales,
} from '@/lib/products/completeness'

/** What the check reads of a product (with `depth: 1`, `locale: 'all'`, `fallbackLocale: false`). */
export const COMPLETENESS_SELECT = {
  title: true,
  pitch: true,
  description: true,
  heroImage: true,
  adoptionKit: true,
  contact: true,
  targetGroups: true,
  sectors: true,
  downloads: true,
} as const
/** Of the hero image, only its alternative text. */
export const COMPLETENESS_POPULATE = { [COLLECTIONS.media]: { alt: true } } as const

/**
 * The completeness of a product's newest state (its pending draft, if any) in both languages,
 * read without access checks: callers decide who may see it. `req` keeps the read inside the
 * caller's transaction (the review hook checks a submission before it commits).
 */
export const productCompleteness = async ({
  payload,
  id,
  req,
}: {
  payload: Payload
  id: ID
  req?: Partial<PayloadRequest>
}): Promise<Completeness | null> => {
  const product = await payload.findByID({
    collection: COLLECTIONS.transferProducts,
    id,
    draft: true,
    locale: 'all',
    fallbackLocale: false,
    depth: 1,
    populate: COMPLETENESS_POPULATE,
    select: COMPLETENESS_SELECT,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  return product ? checkCompleteness(completenessInput(product as ProductAllLocales)) : null
}
