import type { Where } from 'payload'

import type { ID } from '@/lib/ids'
import { DATA_EXPORT_PATH, EXPORT_CSV_PATH } from '@/collections/AdoptionRequests/endpoints/paths'
import { COLLECTIONS } from '@/constants'

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
