import { type Facet, type FacetFilters, FACETS, PAGE_SIZE, type Sort } from '@/constants'
import type { PageRead } from '../types'
import type { Catalogue, CatalogueEntry } from './build'
import { getCatalogue } from './cache'

export type CatalogueQuery = {
  query?: string
  filters?: FacetFilters
  sort?: Sort
  page?: number
}

export type CatalogueResult = {
  entries: CatalogueEntry[]
  total: number
  page: number
  pageCount: number
  sort: Sort
  facetCounts: Record<Facet, Record<string, number>>
  facetLabels: Catalogue['facetLabels']
}

/** Search, filter, sort and page the published catalogue. */
export const searchCatalogue = async ({
  payload,
  locale,
  query = '',
  filters = {},
  sort,
  page = 1,
}: CatalogueQuery & PageRead): Promise<CatalogueResult> => {
  const catalogue = await getCatalogue({ payload, locale })
  const effectiveSort: Sort = sort ?? (query.trim() ? 'relevance' : 'newest')
  const order = effectiveSort === 'relevance' ? undefined : effectiveSort
  const find = (current: number) =>
    catalogue.index.search({
      query,
      filters,
      order,
      offset: (current - 1) * PAGE_SIZE,
      limit: PAGE_SIZE,
    })
  const requested = Math.max(1, Math.floor(page) || 1)
  let result = find(requested)
  const pageCount = Math.max(1, Math.ceil(result.total / PAGE_SIZE))
  // A page past the end shows the last page.
  const current = Math.min(requested, pageCount)
  if (current !== requested) result = find(current)
  const { ids, total, facetCounts } = result
  return {
    entries: ids.map((id) => catalogue.entries.get(id)!),
    total,
    page: current,
    pageCount,
    sort: effectiveSort,
    facetCounts,
    facetLabels: catalogue.facetLabels,
  }
}

/** A way out of an empty result: the same search without its query or without one filter value. */
export type Alternative = {
  /** What was left out: the filter value, or null for the query. */
  dropped: { facet: Facet; value: string } | null
  query: string
  filters: FacetFilters
  total: number
}

/**
 * For a search that found nothing, how many products each relaxation finds: without the query,
 * and without each active filter value in turn. All counted on one snapshot of the catalogue.
 * Not memoised: the key would be the visitor's own text, and counting is a few bitset operations.
 */
export const suggestAlternatives = async ({
  payload,
  locale,
  query = '',
  filters = {},
}: Pick<CatalogueQuery, 'query' | 'filters'> & PageRead): Promise<Alternative[]> => {
  const { index } = await getCatalogue({ payload, locale })
  const relaxed: Omit<Alternative, 'total'>[] = [
    ...(query ? [{ dropped: null, query: '', filters }] : []),
    ...FACETS.flatMap((facet) =>
      (filters[facet] ?? []).map((value) => ({
        dropped: { facet, value },
        query,
        filters: { ...filters, [facet]: filters[facet]!.filter((item) => item !== value) },
      })),
    ),
  ]
  // Only the totals are needed: a fixed order skips ranking, and no ids are read.
  return relaxed.map((alternative) => ({
    ...alternative,
    total: index.search({
      query: alternative.query,
      filters: alternative.filters,
      order: 'title',
      limit: 0,
    }).total,
  }))
}
