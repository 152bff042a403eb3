/**
 * The public catalogue: built once per language and public snapshot (build.ts, fingerprint.ts,
 * cache.ts), searched (search.ts), and the product reads around it (products.ts).
 */
export { type CatalogueEntry, type Retirement } from './build'
export { cachedRead, getCatalogue } from './cache'
export { publicStamp } from './fingerprint'
export { HOME_LIST_SIZE, homeLists } from './home'
export {
  getEntriesBySlugs,
  getProductBySlug,
  getProductPreview,
  getPublicAdoptions,
  getRelatedEntries,
} from './products'
export {
  type Alternative,
  type CatalogueQuery,
  type CatalogueResult,
  searchCatalogue,
  suggestAlternatives,
} from './search'
// The catalogue's constants live in @/constants; re-exported for the modules that read them here.
export { EFFORT_RANGES, type Facet, FACETS, PAGE_SIZE, type Sort, SORTS } from '@/constants'
