import type { CatalogueEntry } from './build'

/** How many cards each list of the home page shows. */
export const HOME_LIST_SIZE = 3

/**
 * The home page's two lists from the catalogue sorted two ways: the most adopted products (never
 * adopted ones are none of these), and the newest of the others, so that no card is shown twice
 * and a product both new and adopted stands where it says more (that others took it up).
 */
export const homeLists = ({
  newest,
  mostAdopted,
  size = HOME_LIST_SIZE,
}: {
  newest: readonly CatalogueEntry[]
  mostAdopted: readonly CatalogueEntry[]
  size?: number
}): { newest: CatalogueEntry[]; mostAdopted: CatalogueEntry[] } => {
  const adopted = mostAdopted.filter((entry) => entry.adoptionCount > 0).slice(0, size)
  const shown = new Set(adopted.map((entry) => entry.id))
  return {
    newest: newest.filter((entry) => !shown.has(entry.id)).slice(0, size),
    mostAdopted: adopted,
  }
}
