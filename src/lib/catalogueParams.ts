import { FACETS, type FacetFilters, type Sort, SORTS } from '@/constants'

export type SearchParams = Record<string, string | string[] | undefined>

const list = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : [])
    .map((item) => item.trim())
    .filter(Boolean)
    .slice(0, 20)

/**
 * The catalogue's state lives in the URL: `q`, one parameter per facet (repeatable), `sort` and
 * `page`. Unknown or malformed values are dropped rather than answered with an error page.
 */
export const parseCatalogueParams = (
  params: SearchParams,
): { query: string; filters: FacetFilters; sort?: Sort; page: number } => {
  const filters: FacetFilters = {}
  for (const facet of FACETS) {
    const values = list(params[facet])
    if (values.length > 0) filters[facet] = values
  }
  const sort = list(params.sort)[0]
  const page = Number.parseInt(list(params.page)[0] ?? '1', 10)
  return {
    query: (list(params.q)[0] ?? '').slice(0, 200),
    filters,
    sort: SORTS.includes(sort as Sort) ? (sort as Sort) : undefined,
    page: Number.isFinite(page) && page > 0 ? page : 1,
  }
}

/** A catalogue URL for a state, leaving out what is empty or default. */
export const catalogueHref = ({
  base,
  query,
  filters,
  sort,
  page,
}: {
  base: string
  query?: string
  filters?: FacetFilters
  sort?: Sort
  page?: number
}): string => {
  const search = new URLSearchParams()
  if (query) search.set('q', query)
  for (const facet of FACETS)
    for (const value of filters?.[facet] ?? []) search.append(facet, value)
  if (sort) search.set('sort', sort)
  if (page && page > 1) search.set('page', String(page))
  const text = search.toString()
  return text ? `${base}?${text}` : base
}
