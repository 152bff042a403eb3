'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import type { Payload } from 'payload'

import { deleteByUnsubscribeTokens, readTokens } from '@/collections/Subscriptions/unsubscribe'
import { consume } from '@/collections/RateLimits/counter'
import type { Locale } from '@/constants'
import { translate, type TextKey } from '@/i18n'
import { clientAddress } from '@/lib/clientAddress'
import { confirmPath, unsubscribePath } from '@/lib/follow/paths'
import { savedSearchFromQuery } from '@/lib/follow/savedSearch'
import { formPostLimit, QUESTION_PATH_LIMIT, type RateLimit } from '@/lib/rateLimits'
import { checkSubmission, issueFormChallenge } from '@/lib/requests/antiAbuse'
import { getPayloadClient } from '@/services/payload'
import {
  checkFollowForm,
  confirmSubscription,
  subscribe,
  type FollowRequest,
} from '@/services/follow/subscriptions'

import type { FollowFormState } from './state'

const localeOf = (form: FormData): Locale => (form.get('locale') === 'en' ? 'en' : 'de')
const field = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

/** The minutes until this client may post again, or undefined (the request form's limits). */
const rateLimitedFor = async (
  payload: Payload,
  limit: RateLimit = formPostLimit(),
): Promise<number | undefined> => {
  const { isAllowed, retryAfterSeconds } = await consume({
    payload,
    limit,
    subject: clientAddress(await headers()),
  })
  return isAllowed ? undefined : Math.ceil(retryAfterSeconds / 60)
}

/** `produkt:<slug>` or `suche:<query string>`: what the form's page was about. */
const followRequestOf = (form: FormData): FollowRequest => {
  const target = field(form, 'target')
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
  const locale = localeOf(form)
  const t = (key: TextKey, values?: Record<string, string | number>) =>
    translate({ key, locale, values })
  const email = field(form, 'email')
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
  const verdict = await checkSubmission({
    token: field(form, 'formToken'),
    honeypot: field(form, 'website'),
    proof: field(form, 'altcha'),
    answer: field(form, 'answer'),
  })
  if (!verdict.ok) {
    const fresh = await issueFormChallenge(verdict.issuedAt)
    switch (verdict.reason) {
      case 'tooFast':
        return next({ errors, formError: t('requestErrors.tooFast') })
      case 'proofMissing':
        return next({ errors, proofError: t('requestErrors.proofMissing'), challenge: fresh })
      case 'answerWrong':
        return next({ errors, proofError: t('requestErrors.answerWrong'), challenge: fresh })
      case 'expired':
        return next({ errors, formError: t('requestErrors.formExpired'), challenge: fresh })
      default:
        return next({ errors, formError: t('requestErrors.tooFast'), challenge: fresh })
    }
  }
  if (!field(form, 'altcha')) {
    const questionMinutes = await rateLimitedFor(payload, QUESTION_PATH_LIMIT)
    if (questionMinutes)
      return next({
        errors,
        formError: t('requestErrors.rateLimited', { minutes: questionMinutes }),
        challenge: await issueFormChallenge(verdict.issuedAt),
      })
  }
  if (Object.keys(errors).length > 0)
    return next({ errors, challenge: await issueFormChallenge(verdict.issuedAt) })
  let result: Awaited<ReturnType<typeof subscribe>>
  try {
    result = await subscribe({ payload, email, hasConsent, request, locale })
  } catch (error) {
    payload.logger.error(`Storing a subscription failed: ${(error as Error).name}`)
    return next({
      formError: t('requestErrors.failed'),
      challenge: await issueFormChallenge(verdict.issuedAt),
    })
  }
  if (!result.ok)
    return next({ errors: result.errors, challenge: await issueFormChallenge(verdict.issuedAt) })
  return next({ isSent: true })
}

/** The confirmation page's button: the link's token confirms once. */
export async function confirmFollow(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const payload = await getPayloadClient()
  const minutes = await rateLimitedFor(payload)
  if (minutes) redirect(`${confirmPath({ locale, token: '' })}?ergebnis=rateLimited`)
  const outcome = await confirmSubscription({ payload, token: field(form, 'token') })
  redirect(`${confirmPath({ locale, token: '' })}?ergebnis=${outcome}`)
}

/** The unsubscribe page's button: deletes the subscriptions the link names. */
export async function unsubscribeFollow(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const base = unsubscribePath({ locale, tokens: [] })
  const payload = await getPayloadClient()
  const minutes = await rateLimitedFor(payload)
  if (minutes) redirect(`${base}?ergebnis=rateLimited`)
  const tokens = readTokens(form.getAll('token').filter((value) => typeof value === 'string'))
  const deleted = tokens ? await deleteByUnsubscribeTokens({ payload, tokens }) : 0
  redirect(`${base}?ergebnis=${deleted > 0 ? 'done' : 'invalid'}`)
}
