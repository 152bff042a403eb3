import { FACETS, type FacetFilters } from '@/constants'
import { catalogueHref, parseCatalogueParams, type SearchParams } from '@/lib/catalogueParams'

/** What a saved search keeps of the catalogue's address: the words and the filters, no more. */
export type SavedSearch = { q: string; filters: FacetFilters }

const MAX_VALUE_LENGTH = 100

/**
 * The one form of a search that is stored and compared: the catalogue's own reading of the query
 * string (src/lib/catalogueParams.ts), with white space collapsed, each facet's values unique and
 * sorted, and sort order and page left out (they do not change which products match).
 */
export const normaliseSavedSearch = (params: SearchParams): SavedSearch => {
  const { query, filters } = parseCatalogueParams(params)
  const normalised: FacetFilters = {}
  for (const facet of FACETS) {
    const values = [
      ...new Set((filters[facet] ?? []).map((value) => value.slice(0, MAX_VALUE_LENGTH))),
    ]
    if (values.length > 0) normalised[facet] = values.sort()
  }
  return { q: query.replace(/\s+/g, ' ').trim(), filters: normalised }
}

/** The search as a query string (`q=…&kind=…`), the key under which one address saves it once. */
export const savedSearchKey = (search: SavedSearch): string =>
  catalogueHref({ base: '', query: search.q, filters: search.filters }).replace(/^\?/, '')

/** A search with neither words nor filters: following it means hearing of every new product. */
export const isEmptySearch = (search: SavedSearch): boolean =>
  !search.q && Object.keys(search.filters).length === 0

/** Reads a stored search back (a JSON field: anything that is not the expected shape is empty). */
export const readSavedSearch = (value: unknown): SavedSearch => {
  const stored = (value ?? {}) as { q?: unknown; filters?: Record<string, unknown> }
  const params: SearchParams = { q: typeof stored.q === 'string' ? stored.q : undefined }
  for (const facet of FACETS) {
    const values = stored.filters?.[facet]
    if (Array.isArray(values)) params[facet] = values.filter((item) => typeof item === 'string')
  }
  return normaliseSavedSearch(params)
}

/** A search from a query string (`q=…&kind=…`, repeated keys kept), normalised. */
export const savedSearchFromQuery = (query: string): SavedSearch => {
  const params: SearchParams = {}
  for (const [key, value] of new URLSearchParams(query)) {
    const before = params[key]
    params[key] = before === undefined ? value : [before, value].flat()
  }
  return normaliseSavedSearch(params)
}
