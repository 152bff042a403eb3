'use server'

import { redirect } from 'next/navigation'

import { formField, formLocale, rateLimitedFor, screenPost } from '@/components/forms/protectedPost'
import { deleteByUnsubscribeTokens, readTokens } from '@/collections/Subscriptions/unsubscribe'
import { translate, type TextKey } from '@/i18n'
import { confirmPath, unsubscribePath } from '@/lib/follow/paths'
import { savedSearchFromQuery } from '@/lib/follow/savedSearch'
import { getPayloadClient } from '@/services/payload'
import {
  checkFollowForm,
  confirmSubscription,
  subscribe,
  type FollowRequest,
} from '@/services/follow/subscriptions'

import type { FollowFormState } from './state'

/** `produkt:<slug>` or `suche:<query string>`: what the form's page was about. */
const followRequestOf = (form: FormData): FollowRequest => {
  const target = formField(form, 'target')
  if (target.startsWith('produkt:')) return { kind: 'product', slug: target.slice(8) }
  return { kind: 'search', search: savedSearchFromQuery(target.replace(/^suche:/, '')) }
}

/**
 * The follow form's action, with the request form's protection: the per-client rate limit, the
 * signed form token (minimum fill time, maximum age), the honeypot, and the proof of work or,
 * without JavaScript, the arithmetic question (whose path has its own, lower limit). Works as a
 * plain POST; nothing is stored unless every check passes.
 */
export async function submitFollowForm(
  previous: FollowFormState,
  form: FormData,
): Promise<FollowFormState> {
  const locale = formLocale(form)
  const t = (key: TextKey, values?: Record<string, string | number>) =>
    translate({ key, locale, values })
  const email = formField(form, 'email')
  const hasConsent = form.get('consent') === 'on'
  const request = followRequestOf(form)
  const next = (overrides: Partial<FollowFormState>): FollowFormState => ({
    email,
    hasConsent,
    errors: {},
    challenge: previous.challenge,
    attempt: previous.attempt + 1,
    ...overrides,
  })
  const payload = await getPayloadClient()
  const minutes = await rateLimitedFor(payload)
  if (minutes) return next({ formError: t('requestErrors.rateLimited', { minutes }) })
  const { errors } = await checkFollowForm({ payload, email, hasConsent, request, locale })
  const screened = await screenPost({ payload, form, locale })
  if (!screened.ok) return next({ errors, ...screened.refusal })
  if (Object.keys(errors).length > 0) return next({ errors, challenge: await screened.renew() })
  let result: Awaited<ReturnType<typeof subscribe>>
  try {
    result = await subscribe({ payload, email, hasConsent, request, locale })
  } catch (error) {
    payload.logger.error(`Storing a subscription failed: ${(error as Error).name}`)
    return next({
      formError: t('requestErrors.failed'),
      challenge: await screened.renew(),
    })
  }
  if (!result.ok) return next({ errors: result.errors, challenge: await screened.renew() })
  return next({ isSent: true })
}

/** The confirmation page's button: the link's token confirms once. */
export async function confirmFollow(form: FormData): Promise<void> {
  const locale = formLocale(form)
  const payload = await getPayloadClient()
  const minutes = await rateLimitedFor(payload)
  if (minutes) redirect(`${confirmPath({ locale, token: '' })}?ergebnis=rateLimited`)
  const outcome = await confirmSubscription({ payload, token: formField(form, 'token') })
  redirect(`${confirmPath({ locale, token: '' })}?ergebnis=${outcome}`)
}

/** The unsubscribe page's button: deletes the subscriptions the link names. */
export async function unsubscribeFollow(form: FormData): Promise<void> {
  const locale = formLocale(form)
  const base = unsubscribePath({ locale, tokens: [] })
  const payload = await getPayloadClient()
  const minutes = await rateLimitedFor(payload)
  if (minutes) redirect(`${base}?ergebnis=rateLimited`)
  const tokens = readTokens(form.getAll('token').filter((value) => typeof value === 'string'))
  const deleted = tokens ? await deleteByUnsubscribeTokens({ payload, tokens }) : 0
  redirect(`${base}?ergebnis=${deleted > 0 ? 'done' : 'invalid'}`)
}
