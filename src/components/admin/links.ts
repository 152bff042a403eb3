import type { Where } from 'payload'

import type { ID } from '@/lib/ids'
import {
  DATA_ERASE_PATH,
  DATA_EXPORT_PATH,
  EXPORT_CSV_PATH,
} from '@/collections/AdoptionRequests/endpoints/paths'
import { COLLECTIONS, type Locale } from '@/constants'

/** The configured admin and API base paths (`/admin`, `/api` unless changed in the config). */
export type Routes = { admin: string; api: string }

/**
 * `where[status][equals]=new` style query parameters, the bracket notation Payload's list view
 * reads its filter from. Arrays get indices (`where[status][in][0]=new`).
 */
export const whereQuery = (value: unknown, prefix = 'where'): string[] => {
  if (value === null || value === undefined) return []
  if (typeof value !== 'object') return [`${prefix}=${encodeURIComponent(String(value))}`]
  return Object.entries(value).flatMap(([key, child]) =>
    whereQuery(child, `${prefix}[${encodeURIComponent(key)}]`),
  )
}

const requestsPath = (routes: Routes) =>
  `${routes.admin}/collections/${COLLECTIONS.adoptionRequests}`

/** The requests list, filtered when `where` is given. */
export const requestListHref = (routes: Routes, where?: Where): string => {
  const query = where ? whereQuery(where).join('&') : ''
  return query ? `${requestsPath(routes)}?${query}` : requestsPath(routes)
}

export const requestHref = (routes: Routes, id: ID): string =>
  `${requestsPath(routes)}/${encodeURIComponent(String(id))}`

export const csvExportHref = (routes: Routes): string =>
  `${routes.api}/${COLLECTIONS.adoptionRequests}${EXPORT_CSV_PATH}`

export const dataExportHref = (routes: Routes): string =>
  `${routes.api}/${COLLECTIONS.adoptionRequests}${DATA_EXPORT_PATH}`

export const dataEraseHref = (routes: Routes): string =>
  `${routes.api}/${COLLECTIONS.adoptionRequests}${DATA_ERASE_PATH}`

const productsPath = (routes: Pick<Routes, 'admin'>) =>
  `${routes.admin}/collections/${COLLECTIONS.transferProducts}`

/** A product's edit view (its newest state, the pending draft included). */
export const productHref = (routes: Pick<Routes, 'admin'>, id: ID): string =>
  `${productsPath(routes)}/${encodeURIComponent(String(id))}`

export const newProductHref = (routes: Pick<Routes, 'admin'>): string =>
  `${productsPath(routes)}/create`

/** The products list, filtered when `where` is given. */
export const productListHref = (routes: Pick<Routes, 'admin'>, where?: Where): string => {
  const query = where ? whereQuery(where).join('&') : ''
  return query ? `${productsPath(routes)}?${query}` : productsPath(routes)
}

/**
 * Payload's version view comparing two versions of a product: the path names the newer one
 * (`versionTo`, here the pending draft), `?versionFrom=` the one it is compared with (here the
 * published version). Payload 3.90 (`@payloadcms/next/dist/views/Version`) compares with the
 * version just before when `versionFrom` is missing, which after autosaves is not the published
 * one. `locale` picks the language shown first; every language's changes are listed.
 */
export const versionCompareHref = (
  routes: Pick<Routes, 'admin'>,
  { productId, from, to, locale }: { productId: ID; from: ID; to: ID; locale?: Locale },
): string => {
  const query = new URLSearchParams({ versionFrom: String(from) })
  if (locale) query.set('locale', locale)
  return `${productHref(routes, productId)}/versions/${encodeURIComponent(String(to))}?${query.toString()}`
}
