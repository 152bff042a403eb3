import type { PageRead } from '../types'
import { createSnapshots } from '../snapshot'
import { buildCatalogue, type Catalogue } from './build'
import { publicStamp } from './fingerprint'

const snapshots = createSnapshots({
  name: 'catalogue',
  stamp: publicStamp,
  build: buildCatalogue,
})

/** The catalogue of one language, as of the current public snapshot. */
export const getCatalogue = (read: PageRead): Promise<Catalogue> => snapshots.value(read)

/**
 * A public read (as the public, no user) cached in the current snapshot: every visitor gets the
 * same answer without asking the database again until something public changes.
 */
export const cachedRead = <R>(
  read: PageRead,
  key: string,
  load: (catalogue: Catalogue) => Promise<R>,
): Promise<R> => snapshots.memo(read, key, load)
