import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type Where,
} from 'payload'

import {
  COLLECTIONS,
  FOLLOW_CONFIRM_HOURS,
  FOLLOW_MAIL_INTERVAL_HOURS,
  type Locale,
  type NoticeKind,
} from '@/constants'
import { getCatalogue } from '@/data/catalogue'
import { queueMail } from '@/hooks/queueMail'
import { followDigestMail, type DigestSection } from '@/lib/follow/mails'
import { absolute } from '@/lib/follow/paths'
import { readSavedSearch } from '@/lib/follow/savedSearch'
import { unsubscribeToken } from '@/lib/follow/tokens'
import { productPath } from '@/lib/paths'
import type { Subscription } from '@/payload-types'

import { followedThing } from './describe'

const HOUR_MS = 60 * 60 * 1000

type Notice = { kind: NoticeKind; productId: string; at: string }

const noticesOf = (subscription: Subscription): Notice[] =>
  (subscription.notices ?? []).map(({ kind, productId, at }) => ({ kind, productId, at }))

const confirmed = async (payload: Payload, where: Where = {}): Promise<Subscription[]> =>
  (
    await payload.find({
      collection: COLLECTIONS.subscriptions,
      where: { and: [{ status: { equals: 'confirmed' } }, where] },
      pagination: false,
      depth: 0,
      // Oldest first: a digest speaks the language of the address's newest follow (the last).
      sort: 'createdAt',
      overrideAccess: true,
    })
  ).docs

/**
 * Compares every confirmed saved search with the products first published since it was last
 * compared, with the catalogue's own search (the index of the subscription's language, words and
 * facets as on /produkte): a match becomes a notice. Runs before the digest is sent, so a
 * product is judged as the public catalogue shows it. Answers the number of new notices.
 */
export const matchSavedSearches = async ({
  payload,
  now = new Date(),
}: {
  payload: Payload
  now?: Date
}): Promise<number> => {
  const subscriptions = await confirmed(payload, { kind: { equals: 'search' } })
  let recorded = 0
  for (const subscription of subscriptions) {
    const locale = subscription.locale as Locale
    const catalogue = await getCatalogue({ payload, locale })
    const since = subscription.matchedUntil ?? subscription.confirmedAt ?? now.toISOString()
    const freshEntries = [...catalogue.entries.values()].filter(
      (entry) =>
        entry.firstPublishedAt !== null &&
        entry.firstPublishedAt > since &&
        entry.firstPublishedAt <= now.toISOString(),
    )
    const fresh = new Set(freshEntries.map((entry) => entry.id))
    // The newest publication compared, not the clock: a run with a later `now` (a test, a clock
    // ahead) never skips the products published after it.
    const matchedUntil = freshEntries.reduce(
      (latest, entry) => (entry.firstPublishedAt! > latest ? entry.firstPublishedAt! : latest),
      since,
    )
    if (fresh.size === 0) continue
    const notices = noticesOf(subscription)
    const search = readSavedSearch(subscription.search)
    const { ids } = catalogue.index.search({
      query: search.q,
      filters: search.filters,
      order: 'title',
    })
    for (const id of ids)
      if (fresh.has(id) && !notices.some((notice) => notice.productId === id)) {
        notices.push({ kind: 'new-match', productId: id, at: now.toISOString() })
        recorded += 1
      }
    await payload.update({
      collection: COLLECTIONS.subscriptions,
      id: subscription.id,
      data: { notices, matchedUntil },
      depth: 0,
      overrideAccess: true,
    })
  }
  return recorded
}

/** The day's mail for one address, or undefined when nothing it follows is still there. */
const composeDigest = async ({
  payload,
  email,
  subscriptions,
}: {
  payload: Payload
  email: string
  subscriptions: Subscription[]
}) => {
  // The language of the newest subscription: the one the visitor used last.
  const locale = subscriptions.at(-1)!.locale as Locale
  const catalogue = await getCatalogue({ payload, locale })
  const sections: DigestSection[] = []
  for (const subscription of subscriptions) {
    const thing = await followedThing({ payload, locale, subscription })
    if (!thing) continue
    const notices = noticesOf(subscription).flatMap((notice) => {
      const entry =
        catalogue.entries.get(notice.productId) ?? catalogue.retiredEntries.get(notice.productId)
      return entry
        ? [
            {
              kind: notice.kind,
              title: entry.title,
              url: absolute(productPath({ locale, slug: entry.slug })),
            },
          ]
        : []
    })
    if (notices.length === 0) continue
    sections.push({
      thing,
      unsubscribeToken: unsubscribeToken(subscription.unsubscribeSalt ?? ''),
      notices,
    })
  }
  return sections.length > 0 ? followDigestMail({ to: email, locale, sections }) : undefined
}

/**
 * The daily notices: first the saved searches are matched, then every address with waiting
 * notices gets one mail (a digest when several things happened), unless it got one in the last
 * 24 hours; its notices then wait for the next run. The mail is queued in the same transaction
 * that empties the notices, so nothing is lost or sent twice. `now` makes it testable.
 */
export const sendFollowDigests = async ({
  payload,
  now = new Date(),
}: {
  payload: Payload
  now?: Date
}): Promise<{ matched: number; mailed: number; waiting: number }> => {
  const matched = await matchSavedSearches({ payload, now })
  const all = await confirmed(payload)
  const byAddress = new Map<string, Subscription[]>()
  for (const subscription of all) {
    const list = byAddress.get(subscription.email) ?? []
    list.push(subscription)
    byAddress.set(subscription.email, list)
  }
  const cutoff = now.getTime() - FOLLOW_MAIL_INTERVAL_HOURS * HOUR_MS
  let mailed = 0
  let waiting = 0
  for (const [email, subscriptions] of byAddress) {
    const pending = subscriptions.filter((subscription) => noticesOf(subscription).length > 0)
    if (pending.length === 0) continue
    const lastSent = Math.max(
      0,
      ...subscriptions.map((subscription) =>
        subscription.lastSentAt ? new Date(subscription.lastSentAt).getTime() : 0,
      ),
    )
    if (lastSent > cutoff) {
      waiting += 1
      continue
    }
    const mail = await composeDigest({ payload, email, subscriptions: pending })
    const req = await createLocalReq({}, payload)
    const ownTransaction = await initTransaction(req)
    try {
      if (mail) await queueMail({ req, kind: 'follow-digest', mail })
      for (const subscription of subscriptions)
        await payload.update({
          collection: COLLECTIONS.subscriptions,
          id: subscription.id,
          data: {
            ...(noticesOf(subscription).length > 0 ? { notices: [] } : {}),
            ...(mail ? { lastSentAt: now.toISOString() } : {}),
          },
          depth: 0,
          overrideAccess: true,
          req,
        })
      if (ownTransaction) await commitTransaction(req)
    } catch (error) {
      if (ownTransaction) await killTransaction(req)
      throw error
    }
    if (mail) mailed += 1
  }
  return { matched, mailed, waiting }
}

/**
 * Unconfirmed subscriptions older than 48 hours are deleted (their link no longer works), and so
 * are those of a product that was deleted.
 */
export const pruneUnconfirmed = async ({
  payload,
  now = new Date(),
}: {
  payload: Payload
  now?: Date
}): Promise<number> => {
  const before = new Date(now.getTime() - FOLLOW_CONFIRM_HOURS * HOUR_MS).toISOString()
  const { docs } = await payload.delete({
    collection: COLLECTIONS.subscriptions,
    where: {
      or: [
        { and: [{ status: { equals: 'pending' } }, { createdAt: { less_than: before } }] },
        // A followed product that was deleted leaves nothing to follow.
        { and: [{ kind: { equals: 'product' } }, { product: { exists: false } }] },
      ],
    },
    depth: 0,
    overrideAccess: true,
  })
  return docs.length
}
