import type { CollectionBeforeChangeHook } from 'payload'

import { COLLECTIONS } from '@/constants'
import { fieldError } from '@/hooks/fieldError'

/**
 * Published addresses are cited in council papers and links: once a product has been published,
 * its slug stays. The first publication is stamped so this holds even after unpublishing.
 */
export const lockSlugOncePublished: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const firstPublishedAt = originalDoc?.firstPublishedAt as string | null | undefined
  if (firstPublishedAt && typeof data.slug === 'string' && data.slug !== originalDoc?.slug) {
    throw fieldError({
      collection: COLLECTIONS.transferProducts,
      path: 'slug',
      key: 'errors.slugLocked',
      req,
      values: { slug: String(originalDoc?.slug) },
    })
  }
  if (data._status === 'published' && !firstPublishedAt) {
    return { ...data, firstPublishedAt: new Date().toISOString() }
  }
  return data
}
