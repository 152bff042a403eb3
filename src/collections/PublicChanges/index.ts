import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import { COLLECTIONS } from '@/constants'
import { collectionLabels, label } from '@/i18n'

/**
 * One row per change to something the public pages show, written in the same transaction as the
 * change. App instances compare the number of rows and the newest one to know that they must
 * refresh (src/data/catalogue/fingerprint.ts, `publicStamp`): unlike the newest `updatedAt`, that cannot miss
 * an edit from an instance whose clock is behind, or one that commits after a later one.
 * Rows older than a week are pruned nightly; nobody edits them.
 */
export const PublicChanges: CollectionConfig = {
  slug: COLLECTIONS.publicChanges,
  labels: collectionLabels('publicChanges'),
  admin: { hidden: true, useAsTitle: 'source' },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [{ name: 'source', type: 'text', label: label('fields.source'), required: true }],
}

const record = async (req: PayloadRequest, source: string) => {
  await req.payload.create({
    collection: COLLECTIONS.publicChanges,
    data: { source },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

/**
 * Hooks that record every change of a collection the public sees. A draft saved on a document that
 * has never been published changes nothing public and is not recorded.
 */
export const publicChangeHooks = (source: string) => {
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
    const isDraftOnly = doc?._status === 'draft' && previousDoc?._status !== 'published'
    if (!isDraftOnly) await record(req, source)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    await record(req, source)
    return doc
  }
  return { afterChange, afterDelete }
}

export const recordGlobalChange =
  (source: string): GlobalAfterChangeHook =>
  async ({ doc, req }) => {
    await record(req, source)
    return doc
  }

/** Deletes change rows older than `days` (the nightly maintenance job). */
export const prunePublicChanges = async ({
  req,
  days = 7,
  now = new Date(),
}: {
  req: PayloadRequest
  days?: number
  now?: Date
}): Promise<number> => {
  const before = new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString()
  const { docs } = await req.payload.delete({
    collection: COLLECTIONS.publicChanges,
    where: { createdAt: { less_than: before } },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.length
}
