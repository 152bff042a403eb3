import { COLLECTIONS } from '@/constants'
import type { ID } from '@/lib/ids'

import type { Routes } from '../links'

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
