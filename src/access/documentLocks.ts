import type { Access, PayloadRequest, Where } from 'payload'

import { relationId, sameId } from '@/lib/ids'

import { mayUpdateDocument, mayUpdateGlobal, NOTHING, updatableIds } from './mayUpdate'
import { isAdminUser } from './roles'

/** Payload's collection of document locks (who edits what in the admin right now). */
export const LOCKS_SLUG = 'payload-locked-documents'

type LockData = {
  document?: { relationTo?: string; value?: unknown } | null
  globalSlug?: string | null
  user?: { relationTo?: string; value?: unknown } | null
}

/**
 * The locks whose document the user may update. Locks are few (they expire after minutes), so
 * all are read and checked against each collection's own update rule, one query per collection.
 */
const visibleLocks = async (req: PayloadRequest): Promise<Where> => {
  const { docs } = await req.payload.find({
    collection: LOCKS_SLUG,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const locks = docs as unknown as ({ id: number | string } & LockData)[]
  const byCollection = new Map<string, string[]>()
  for (const lock of locks) {
    const { relationTo, value } = lock.document ?? {}
    const id = relationId(value as number | string | undefined)
    if (relationTo && id !== undefined)
      byCollection.set(relationTo, [...(byCollection.get(relationTo) ?? []), String(id)])
  }
  const allowedDocuments = new Map<string, Set<string>>()
  for (const [collection, ids] of byCollection)
    allowedDocuments.set(collection, await updatableIds({ req, collection, ids }))
  const allowed: (number | string)[] = []
  for (const lock of locks) {
    const { relationTo, value } = lock.document ?? {}
    const id = relationId(value as number | string | undefined)
    const isAllowed =
      relationTo && id !== undefined
        ? allowedDocuments.get(relationTo)?.has(String(id))
        : lock.globalSlug
          ? await mayUpdateGlobal({ req, slug: lock.globalSlug })
          : false
    if (isAllowed) allowed.push(lock.id)
  }
  return allowed.length > 0 ? { id: { in: allowed } } : NOTHING
}

/** A lock names the user who holds it: others may not take a lock in someone else's name. */
const isOwnName = (req: PayloadRequest, data: LockData | undefined) =>
  !data?.user || sameId(relationId(data.user.value as number | string | undefined), req.user?.id)

/** Whether the user may update what `data` would lock. */
const mayLock = async (req: PayloadRequest, data: LockData | undefined) => {
  if (data?.globalSlug) return mayUpdateGlobal({ req, slug: data.globalSlug })
  const id = relationId(data?.document?.value as number | string | undefined)
  const collection = data?.document?.relationTo
  return collection !== undefined && id !== undefined
    ? mayUpdateDocument({ req, collection, id })
    : false
}

/** Read and release: the locks of documents the user may update (admins: all). */
export const canSeeLocks: Access = async ({ req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  return visibleLocks(req)
}

/** Take a lock: on a document the user may update, in their own name. */
export const canTakeLock: Access = async ({ req, data }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  const lock = data as LockData | undefined
  return isOwnName(req, lock) && (await mayLock(req, lock))
}

/** Take over a lock (the admin's "edit anyway"): a visible lock, in the user's own name. */
export const canTakeOverLock: Access = async ({ req, data }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  const lock = data as LockData | undefined
  if (!isOwnName(req, lock)) return false
  if ((lock?.document || lock?.globalSlug) && !(await mayLock(req, lock))) return false
  return visibleLocks(req)
}
