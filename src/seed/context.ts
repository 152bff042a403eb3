import type {
  CollectionSlug,
  DataFromCollectionSlug,
  Payload,
  PayloadRequest,
  RequiredDataFromCollectionSlug,
  TypedCollectionSelect,
  Where,
} from 'payload'

import type { TransferProduct } from '@/payload-types'

export type ID = TransferProduct['id']

export type SeedSummary = { created: Partial<Record<CollectionSlug, number>> }

type EnglishData<C extends CollectionSlug> = Partial<RequiredDataFromCollectionSlug<C>>

/** What every collection's seed needs: the Local API inside the seed's transaction. */
export type SeedContext = {
  payload: Payload
  /** Local API options of every seed write: as the system, in the transaction, ids only. */
  local: { overrideAccess: true; req: PayloadRequest; depth: 0 }
  /** The id of the first document matching `where`, creating it with `create` when there is none. */
  ensure: (
    collection: CollectionSlug,
    where: Where,
    create: () => Promise<{ id: ID }>,
  ) => Promise<ID>
  /**
   * Creates a document in German, then adds its English texts. `en` is the English data, or reads
   * it from the created document (for groups and arrays, whose other fields must be kept).
   */
  createBilingual: <C extends CollectionSlug>(options: {
    collection: C
    de: RequiredDataFromCollectionSlug<C>
    en: EnglishData<C> | ((doc: DataFromCollectionSlug<C>) => Promise<EnglishData<C>>)
    file?: { data: Buffer; mimetype: string; name: string; size: number }
  }) => Promise<DataFromCollectionSlug<C>>
  /** Counts what was created, per collection. */
  created: SeedSummary['created']
}

export const bySlug = (slug: string): Where => ({ slug: { equals: slug } })

export const createSeedContext = ({
  payload,
  req,
}: {
  payload: Payload
  req: PayloadRequest
}): SeedContext => {
  const created: SeedSummary['created'] = {}
  const local = { overrideAccess: true, req, depth: 0 } as const
  return {
    payload,
    local,
    created,
    ensure: async (collection, where, create) => {
      const { docs } = await payload.find({
        collection,
        where,
        limit: 1,
        depth: 0,
        select: {},
        draft: true,
        overrideAccess: true,
        req,
      })
      if (docs[0]) return docs[0].id as ID
      created[collection] = (created[collection] ?? 0) + 1
      return (await create()).id
    },
    createBilingual: async ({ collection, de, en, file }) => {
      const doc = await payload.create({ collection, data: de, file, locale: 'de', ...local })
      await payload.update({
        collection,
        id: doc.id,
        // A partial document, which Payload's update takes as a deep partial.
        data: (typeof en === 'function' ? await en(doc) : en) as Parameters<
          typeof payload.update<typeof collection, TypedCollectionSelect[typeof collection]>
        >[0]['data'],
        locale: 'en',
        ...local,
      })
      return doc
    },
  }
}

/**
 * One document per item, found by slug or created: the ids by slug, for the collections that
 * refer to them.
 */
export const ensureAllBySlug = async <T extends { slug: string }>({
  context,
  collection,
  items,
  create,
}: {
  context: SeedContext
  collection: CollectionSlug
  items: readonly T[]
  create: (item: T) => Promise<{ id: ID }>
}): Promise<Map<string, ID>> => {
  const ids = new Map<string, ID>()
  for (const item of items)
    ids.set(item.slug, await context.ensure(collection, bySlug(item.slug), () => create(item)))
  return ids
}
