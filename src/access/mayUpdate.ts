import {
  type CollectionSlug,
  type GlobalSlug,
  isValidID,
  type PayloadRequest,
  type Where,
} from 'payload'

import type { ID } from '@/lib/ids'

/** Matches no document, on every adapter (every document has an id). */
export const NOTHING: Where = { id: { exists: false } }

/**
 * Which of `ids` the user may update, by the collection's own `update` rule (`data` is what the
 * rule is asked about, e.g. `{ _status: 'published' }` for publishing). One query for all ids.
 */
export const updatableIds = async ({
  req,
  collection,
  ids,
  data,
}: {
  req: PayloadRequest
  collection: string
  ids: ID[]
  data?: Record<string, unknown>
}): Promise<Set<string>> => {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  if (!config) return new Set()
  // An id of the wrong shape names no document; asking the database would fail on some adapters.
  const idType =
    req.payload.collections[collection as CollectionSlug].customIDType ??
    req.payload.db.defaultIDType
  // Ids arrive as text from the admin and from polymorphic relations; numbers are compared as such.
  const valid = ids
    .map((id) =>
      idType === 'number' && typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id,
    )
    .filter((id) => isValidID(id, idType))
  if (valid.length === 0) return new Set()
  const access = await config.access.update({ req, data })
  if (!access) return new Set()
  const byId: Where = { id: { in: valid } }
  const { docs } = await req.payload.find({
    collection: collection as CollectionSlug,
    where: access === true ? byId : { and: [byId, access] },
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  return new Set(docs.map((doc) => String(doc.id)))
}

/** Whether the user may update one document (false for one that does not exist). */
export const mayUpdateDocument = async (args: {
  req: PayloadRequest
  collection: string
  id: ID
  data?: Record<string, unknown>
}): Promise<boolean> => (await updatableIds({ ...args, ids: [args.id] })).has(String(args.id))

/** Whether the user may update a global (its rule must allow it outright). */
export const mayUpdateGlobal = async ({
  req,
  slug,
  data,
}: {
  req: PayloadRequest
  slug: string
  data?: Record<string, unknown>
}): Promise<boolean> => {
  const config = req.payload.config.globals.find((global) => global.slug === (slug as GlobalSlug))
  return config ? (await config.access.update({ req, data })) === true : false
}
