import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type Where,
} from 'payload'

import { consume } from '@/collections/RateLimits/counter'
import {
  COLLECTIONS,
  FOLLOW_CONFIRM_HOURS,
  FOLLOWS_PER_ADDRESS_MAX,
  GLOBALS,
  type Locale,
  type SubscriptionKind,
} from '@/constants'
import { getCatalogue } from '@/data/catalogue'
import { queueMail } from '@/hooks/queueMail'
import { translate } from '@/i18n'
import { followConfirmationMail } from '@/lib/follow/mails'
import { savedSearchKey, type SavedSearch } from '@/lib/follow/savedSearch'
import {
  hashToken,
  isToken,
  newConfirmToken,
  newUnsubscribeSalt,
  unsubscribeToken,
} from '@/lib/follow/tokens'
import type { RateLimit } from '@/lib/rateLimits'
import { isEmail, normaliseEmail } from '@/lib/validators'
import type { Subscription } from '@/payload-types'
import { REQUESTS_PER_ADDRESS_AND_DAY } from '@/services/requests/submit'

import { describeSearch } from './describe'

const HOUR_MS = 60 * 60 * 1000

/**
 * The request form's limit per address, counted apart: each subscription sends a confirmation
 * mail to an address nobody has verified yet, so a few a day, or the form floods a mailbox.
 */
export const FOLLOWS_PER_ADDRESS: RateLimit = {
  name: 'follow-address',
  limit: REQUESTS_PER_ADDRESS_AND_DAY,
  windowMs: 24 * HOUR_MS,
}

export type FollowRequest =
  { kind: 'search'; search: SavedSearch } | { kind: 'product'; slug: string }

export type FollowFieldErrors = Partial<Record<'email' | 'consent' | 'target', string>>

export type SubscribeResult =
  { ok: true; confirmToken?: string } | { ok: false; errors: FollowFieldErrors }

type Target = { kind: SubscriptionKind; searchKey?: string; productId?: string; title?: string }

/** The field errors of a follow form; the product must be on offer now. */
export const checkFollowForm = async ({
  payload,
  email,
  hasConsent,
  request,
  locale,
}: {
  payload: Payload
  email: string
  hasConsent: boolean
  request: FollowRequest
  locale: Locale
}): Promise<{ errors: FollowFieldErrors; target?: Target }> => {
  const t = (key: Parameters<typeof translate>[0]['key']) => translate({ key, locale })
  const errors: FollowFieldErrors = {}
  if (!email.trim()) errors.email = t('follow.errors.emailRequired')
  else if (!isEmail(email)) errors.email = t('follow.errors.emailInvalid')
  if (!hasConsent) errors.consent = t('follow.errors.consentRequired')
  let target: Target | undefined
  if (request.kind === 'product') {
    const entry = (await getCatalogue({ payload, locale })).bySlug.get(request.slug)
    if (!entry) errors.target = t('follow.errors.productUnknown')
    else target = { kind: 'product', productId: entry.id, title: entry.title }
  } else target = { kind: 'search', searchKey: savedSearchKey(request.search) }
  return { errors, target }
}

const sameTarget = (target: Target): Where =>
  target.kind === 'product'
    ? { product: { equals: target.productId } }
    : { searchKey: { equals: target.searchKey ?? '' } }

/**
 * Stores a pending subscription and queues its confirmation mail, in one transaction. Abuse
 * checks happen before this (the form's action). What the visitor sees does not depend on
 * whether the address already follows the thing: a confirmed subscription stays as it is and no
 * mail is sent, a pending one is replaced by the new one (with a new link).
 */
export const subscribe = async ({
  payload,
  email: typed,
  hasConsent,
  request,
  locale,
  now = new Date(),
}: {
  payload: Payload
  email: string
  hasConsent: boolean
  request: FollowRequest
  locale: Locale
  now?: Date
}): Promise<SubscribeResult> => {
  const { errors, target } = await checkFollowForm({
    payload,
    email: typed,
    hasConsent,
    request,
    locale,
  })
  if (Object.keys(errors).length > 0 || !target) return { ok: false, errors }
  const email = normaliseEmail(typed)
  const { docs: existing } = await payload.find({
    collection: COLLECTIONS.subscriptions,
    where: {
      and: [{ email: { equals: email } }, { kind: { equals: target.kind } }, sameTarget(target)],
    },
    depth: 0,
    limit: 10,
    overrideAccess: true,
  })
  // Counted before the answer for an address that already follows this: otherwise four tries
  // would tell a stranger whether that address follows it.
  const { isAllowed } = await consume({ payload, limit: FOLLOWS_PER_ADDRESS, subject: email })
  if (!isAllowed)
    return {
      ok: false,
      errors: { email: translate({ key: 'follow.errors.tooManyForAddress', locale }) },
    }
  if (existing.some((subscription) => subscription.status === 'confirmed')) return { ok: true }
  const { totalDocs: held } = await payload.count({
    collection: COLLECTIONS.subscriptions,
    where: { email: { equals: email } },
    overrideAccess: true,
  })
  if (held - existing.length >= FOLLOWS_PER_ADDRESS_MAX)
    return {
      ok: false,
      errors: {
        email: translate({
          key: 'follow.errors.tooManyFollows',
          locale,
          values: { max: FOLLOWS_PER_ADDRESS_MAX },
        }),
      },
    }
  const settings = await payload.findGlobal({ slug: GLOBALS.siteSettings, depth: 0 })
  const confirm = newConfirmToken()
  const salt = newUnsubscribeSalt()
  const req = await createLocalReq({}, payload)
  const ownTransaction = await initTransaction(req)
  try {
    if (existing.length > 0)
      await payload.delete({
        collection: COLLECTIONS.subscriptions,
        where: { id: { in: existing.map((subscription) => subscription.id) } },
        overrideAccess: true,
        depth: 0,
        req,
      })
    const search = request.kind === 'search' ? request.search : undefined
    await payload.create({
      collection: COLLECTIONS.subscriptions,
      data: {
        email,
        kind: target.kind,
        search: search ? { q: search.q, filters: search.filters } : undefined,
        searchKey: target.searchKey,
        // The catalogue keeps ids as strings; SQLite's are numbers, MongoDB's stay strings.
        product:
          target.productId === undefined
            ? undefined
            : ((payload.db.defaultIDType === 'number'
                ? Number(target.productId)
                : target.productId) as number),
        locale,
        status: 'pending',
        confirmTokenHash: confirm.hash,
        unsubscribeSalt: salt,
        unsubscribeTokenHash: hashToken(unsubscribeToken(salt)),
        consent: {
          given: true,
          at: now.toISOString(),
          privacyPolicyVersion: settings.privacyPolicyVersion,
        },
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    await queueMail({
      req,
      kind: 'follow-confirmation',
      mail: followConfirmationMail({
        to: email,
        locale,
        token: confirm.token,
        thing: search
          ? {
              kind: 'search',
              description: await describeSearch({ payload, locale, search, unconfirmed: true }),
            }
          : { kind: 'product', title: target.title ?? '' },
      }),
    })
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
  return { ok: true, confirmToken: confirm.token }
}

export type ConfirmOutcome = 'confirmed' | 'expired' | 'invalid'

const isExpired = (subscription: Pick<Subscription, 'createdAt'>, now: Date): boolean =>
  now.getTime() - new Date(subscription.createdAt).getTime() > FOLLOW_CONFIRM_HOURS * HOUR_MS

/** The pending subscription a confirmation token belongs to (read only: the page shows it). */
export const findPendingByConfirmToken = async ({
  payload,
  token,
  now = new Date(),
}: {
  payload: Payload
  token: string
  now?: Date
}): Promise<
  { outcome: 'pending'; subscription: Subscription } | { outcome: 'expired' | 'invalid' }
> => {
  if (!isToken(token)) return { outcome: 'invalid' }
  const { docs } = await payload.find({
    collection: COLLECTIONS.subscriptions,
    where: {
      and: [{ confirmTokenHash: { equals: hashToken(token) } }, { status: { equals: 'pending' } }],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const subscription = docs[0]
  if (!subscription) return { outcome: 'invalid' }
  if (isExpired(subscription, now)) return { outcome: 'expired' }
  return { outcome: 'pending', subscription }
}

/**
 * Confirms a subscription once: the token is removed as it is used, so a second use finds
 * nothing. From now on it counts (for offices) and is matched; a saved search reports products
 * first published after this moment.
 */
export const confirmSubscription = async ({
  payload,
  token,
  now = new Date(),
}: {
  payload: Payload
  token: string
  now?: Date
}): Promise<ConfirmOutcome> => {
  const found = await findPendingByConfirmToken({ payload, token, now })
  if (found.outcome !== 'pending') return found.outcome
  // Conditional on the token still being there: two clicks at once confirm once.
  const { docs } = await payload.update({
    collection: COLLECTIONS.subscriptions,
    where: {
      and: [
        { id: { equals: found.subscription.id } },
        { confirmTokenHash: { equals: hashToken(token) } },
      ],
    },
    data: {
      status: 'confirmed',
      confirmTokenHash: null,
      confirmedAt: now.toISOString(),
      matchedUntil: now.toISOString(),
    },
    overrideAccess: true,
    depth: 0,
  })
  return docs.length > 0 ? 'confirmed' : 'invalid'
}

/** How many confirmed followers each product has (numbers only, for offices). */
export const followerCounts = async ({
  payload,
  productIds,
  req,
}: {
  payload: Payload
  productIds: (number | string)[]
  req?: PayloadRequest
}): Promise<Map<string, number>> => {
  const counts = new Map(productIds.map((id) => [String(id), 0]))
  if (productIds.length === 0) return counts
  const { docs } = await payload.find({
    collection: COLLECTIONS.subscriptions,
    where: {
      and: [
        { kind: { equals: 'product' } },
        { status: { equals: 'confirmed' } },
        { product: { in: productIds } },
      ],
    },
    select: { product: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  for (const doc of docs) {
    const id = String(doc.product)
    counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}
