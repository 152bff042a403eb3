import type { Locale } from '@/constants'
import { publicServerURL } from '@/lib/env'
import { localeBase, withQuery } from '@/lib/paths'

import { savedSearchKey, type SavedSearch } from './savedSearch'

/** What a follow form is about: the catalogue's current search, or one product. */
export type FollowTarget =
  { kind: 'search'; search: SavedSearch } | { kind: 'product'; slug: string }

const FOLLOW_BASE = '/benachrichtigung'

/** The follow form, with what to follow in its address (and the address typed in, if any). */
export const followPath = ({
  locale,
  target,
  email,
}: {
  locale: Locale
  target: FollowTarget
  email?: string
}): string => {
  const path = `${localeBase(locale)}${FOLLOW_BASE}`
  const about =
    target.kind === 'product'
      ? `produkt=${encodeURIComponent(target.slug)}`
      : savedSearchKey(target.search)
  const query = [about, email ? `email=${encodeURIComponent(email)}` : ''].filter(Boolean).join('&')
  return query ? `${path}?${query}` : path
}

/** The page behind the confirmation link (one button confirms: a mail scanner's GET does not). */
export const confirmPath = ({ locale, token }: { locale: Locale; token: string }): string =>
  withQuery(`${localeBase(locale)}${FOLLOW_BASE}/bestaetigen`, { token })

/** The page behind the unsubscribe link in a mail's body (one button unsubscribes). */
export const unsubscribePath = ({ locale, tokens }: { locale: Locale; tokens: string[] }): string =>
  withQuery(`${localeBase(locale)}${FOLLOW_BASE}/abmelden`, { token: tokens })

/** The subscriptions collection's endpoint (src/collections/Subscriptions/unsubscribe.ts). */
export const ONE_CLICK_UNSUBSCRIBE_PATH = '/api/subscriptions/unsubscribe'

/** RFC 8058's one-click address: a POST to it deletes the subscriptions, nothing else is asked. */
export const oneClickUnsubscribeURL = (tokens: string[]): string =>
  `${publicServerURL()}${withQuery(ONE_CLICK_UNSUBSCRIBE_PATH, { token: tokens })}`

export const absolute = (path: string): string => `${publicServerURL()}${path}`
