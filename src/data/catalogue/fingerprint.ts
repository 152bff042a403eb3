import type { Payload } from 'payload'

import { COLLECTIONS, GLOBALS } from '@/constants'

/** The collections whose documents the public pages show. */
const PUBLIC_COLLECTIONS = [
  COLLECTIONS.transferProducts,
  COLLECTIONS.productRetirements,
  COLLECTIONS.projects,
  COLLECTIONS.regionalOffices,
  COLLECTIONS.organisations,
  COLLECTIONS.alliances,
  COLLECTIONS.sectors,
  COLLECTIONS.occupations,
  COLLECTIONS.adoptions,
  COLLECTIONS.media,
] as const

/**
 * A fingerprint of everything the public pages show, read from the shared database: the number
 * of recorded public changes and the newest (see PublicChanges, written in each change's
 * transaction), and, for writes that bypass hooks, the newest change and the number of documents
 * per collection and the site settings' last change. Another app instance's publish changes it,
 * so every instance refreshes within seconds.
 */
export const publicStamp = async (payload: Payload): Promise<string> => {
  const [changes, settings, ...parts] = await Promise.all([
    payload.find({
      collection: COLLECTIONS.publicChanges,
      sort: '-id',
      limit: 1,
      depth: 0,
      select: { createdAt: true },
      overrideAccess: true,
    }),
    payload.findGlobal({ slug: GLOBALS.siteSettings, depth: 0, select: { updatedAt: true } }),
    ...PUBLIC_COLLECTIONS.map(async (collection) => {
      const { docs, totalDocs } = await payload.find({
        collection,
        sort: '-updatedAt',
        limit: 1,
        depth: 0,
        select: { updatedAt: true },
        overrideAccess: true,
      })
      return `${collection}:${totalDocs}:${docs[0]?.updatedAt ?? ''}`
    }),
  ])
  return [
    `changes:${changes.totalDocs}:${changes.docs[0]?.id ?? ''}`,
    ...parts,
    `settings:${settings.updatedAt ?? ''}`,
  ].join('|')
}
