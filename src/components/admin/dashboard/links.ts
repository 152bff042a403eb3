import type { Where } from 'payload'

import { COLLECTIONS } from '@/constants'
import type { ID } from '@/lib/ids'

import { type Routes, whereQuery } from '../links'

const productsPath = (routes: Routes) =>
  `${routes.admin}/collections/${COLLECTIONS.transferProducts}`

/** A product's edit view (its newest state, the pending draft included). */
export const productHref = (routes: Routes, id: ID): string =>
  `${productsPath(routes)}/${encodeURIComponent(String(id))}`

export const newProductHref = (routes: Routes): string => `${productsPath(routes)}/create`

/** The products list, filtered when `where` is given. */
export const productListHref = (routes: Routes, where?: Where): string => {
  const query = where ? whereQuery(where).join('&') : ''
  return query ? `${productsPath(routes)}?${query}` : productsPath(routes)
}

/**
 * Payload's version view comparing two versions of a product: the path names the newer one
 * (`versionTo`), `versionFrom` the one it is compared with (Payload 3.90,
 * `@payloadcms/next/dist/views/Version`). Changed fields only, every language.
 */
export const versionCompareHref = ({
  routes,
  id,
  from,
  to,
}: {
  routes: Routes
  id: ID
  from: ID
  to: ID
}): string =>
  `${productHref(routes, id)}/versions/${encodeURIComponent(String(to))}` +
  `?versionFrom=${encodeURIComponent(String(from))}`
