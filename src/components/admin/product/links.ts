import { COLLECTIONS, type Locale } from '@/constants'
import type { ID } from '@/lib/ids'

import type { Routes } from '../links'

const productsAdminPath = (routes: Pick<Routes, 'admin'>) =>
  `${routes.admin}/collections/${COLLECTIONS.transferProducts}`

/**
 * Payload's version view comparing two versions of a product: `versionTo` (here: the newest
 * draft) against `versionFrom` (here: the published version). Payload 3.90 reads the first from
 * the path and the second from `?versionFrom=`; without it, it compares with the version just
 * before, which after several autosaves is not the published one. `locale` picks the language
 * the view shows first (both languages' changes are listed either way).
 */
export const versionCompareHref = (
  routes: Pick<Routes, 'admin'>,
  {
    productId,
    draftVersionId,
    publishedVersionId,
    locale,
  }: { productId: ID; draftVersionId: ID; publishedVersionId: ID; locale?: Locale },
): string => {
  const query = new URLSearchParams({ versionFrom: String(publishedVersionId) })
  if (locale) query.set('locale', locale)
  return `${productsAdminPath(routes)}/${encodeURIComponent(String(productId))}/versions/${encodeURIComponent(String(draftVersionId))}?${query.toString()}`
}

/** The REST address of one product, read as the admin's form would (newest draft). */
export const productApiHref = (
  routes: Pick<Routes, 'api'>,
  { id, query }: { id: ID; query: Record<string, string> },
): string =>
  `${routes.api}/${COLLECTIONS.transferProducts}/${encodeURIComponent(String(id))}?${new URLSearchParams(query).toString()}`

/** The REST address of the product's versions, newest first, filtered by `_status`. */
export const productVersionsApiHref = (
  routes: Pick<Routes, 'api'>,
  { id, status }: { id: ID; status: 'draft' | 'published' },
): string => {
  const query = new URLSearchParams({
    'where[parent][equals]': String(id),
    'where[version._status][equals]': status,
    sort: '-updatedAt',
    limit: '1',
    depth: '0',
  })
  return `${routes.api}/${COLLECTIONS.transferProducts}/versions?${query.toString()}`
}

export const retirementsApiHref = (routes: Pick<Routes, 'api'>, id?: ID): string =>
  `${routes.api}/${COLLECTIONS.productRetirements}${id === undefined ? '' : `/${encodeURIComponent(String(id))}`}`
