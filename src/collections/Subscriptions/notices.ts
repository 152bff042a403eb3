import type { CollectionAfterChangeHook, CollectionConfig, Field, PayloadRequest } from 'payload'

import { COLLECTIONS, CONTEXT, type NoticeKind } from '@/constants'
import { type ID, relationId } from '@/lib/ids'

/**
 * Adds a notice to every confirmed subscription of a product, in the caller's transaction: the
 * notice exists only if the change that caused it commits. A notice of the same kind still
 * waiting for the digest is not repeated. The digest job (src/services/follow/digest.ts) mails
 * them, at most once a day per address.
 */
export const recordProductNotice = async ({
  req,
  productId,
  kind,
  at = new Date(),
}: {
  req: PayloadRequest
  productId: ID
  kind: NoticeKind
  at?: Date
}): Promise<number> => {
  const { docs } = await req.payload.find({
    collection: COLLECTIONS.subscriptions,
    where: {
      and: [
        { kind: { equals: 'product' } },
        { product: { equals: productId } },
        { status: { equals: 'confirmed' } },
      ],
    },
    select: { notices: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  let recorded = 0
  for (const subscription of docs) {
    const notices = (subscription.notices ?? []).map(({ kind, productId, at }) => ({
      kind,
      productId,
      at,
    }))
    if (notices.some((notice) => notice.kind === kind && notice.productId === String(productId)))
      continue
    await req.payload.update({
      collection: COLLECTIONS.subscriptions,
      id: subscription.id,
      data: { notices: [...notices, { kind, productId: String(productId), at: at.toISOString() }] },
      depth: 0,
      overrideAccess: true,
      req,
    })
    recorded += 1
  }
  return recorded
}

type Doc = Record<string, unknown> & { id: ID }

/**
 * A product published before and published again is a new version (its first publication is a
 * new product, which the digest matches against saved searches instead).
 */
const productChanged: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (context[CONTEXT.skipSideEffects] || operation !== 'update') return doc
  const current = doc as Doc
  const previous = previousDoc as Doc | undefined
  // The previous state may be a pending draft (its status 'draft'); the date says it was live.
  if (current._status === 'published' && previous?.firstPublishedAt)
    await recordProductNotice({ req, productId: current.id, kind: 'new-version' })
  return doc
}

/** An adoption that is (or becomes) public: the product's page now counts it. */
const adoptionChanged: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (context[CONTEXT.skipSideEffects]) return doc
  const isPublic = doc.publicConsent === true
  const wasPublic = operation === 'update' && previousDoc?.publicConsent === true
  const productId = relationId(doc.product)
  if (isPublic && !wasPublic && productId !== undefined)
    await recordProductNotice({ req, productId, kind: 'new-adoption' })
  return doc
}

const productRetired: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
  if (context[CONTEXT.skipSideEffects] || operation !== 'create') return doc
  const productId = relationId(doc.product)
  if (productId !== undefined) await recordProductNotice({ req, productId, kind: 'retired' })
  return doc
}

const NOTICE_HOOKS: Partial<Record<string, CollectionAfterChangeHook>> = {
  [COLLECTIONS.transferProducts]: productChanged,
  [COLLECTIONS.adoptions]: adoptionChanged,
  [COLLECTIONS.productRetirements]: productRetired,
}

/** The product's sidebar: how many confirmed followers it has (a number, no addresses). */
const followerCountField: Field = {
  name: 'followerCount',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '@/components/admin/product/FollowerCount#FollowerCount' },
  },
}

/**
 * What following adds to other collections: the notice hooks (after their own hooks, so the
 * change is final) and, on products, the follower count in the sidebar.
 */
export const withFollow = (collection: CollectionConfig): CollectionConfig => {
  const hook = NOTICE_HOOKS[collection.slug]
  if (!hook) return collection
  return {
    ...collection,
    hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), hook] },
    fields:
      collection.slug === COLLECTIONS.transferProducts
        ? [...collection.fields, followerCountField]
        : collection.fields,
  }
}
