import { headers } from 'next/headers'
import type { Payload } from 'payload'

import { consume } from '@/collections/RateLimits/counter'
import type { Locale } from '@/constants'
import { translate } from '@/i18n'
import { clientAddress } from '@/lib/clientAddress'
import { formPostLimit, QUESTION_PATH_LIMIT, type RateLimit } from '@/lib/rateLimits'
import { checkSubmission, type FormChallenge, issueFormChallenge } from '@/lib/requests/antiAbuse'

/*
 * What the public forms (request, follow, question to an adopter, the tracking page's forms) share
 * in their server actions: reading a posted field, the language of the post, the per-client limits
 * and the bot checks, in one order and with one set of answers.
 */

export const formLocale = (form: FormData): Locale => (form.get('locale') === 'en' ? 'en' : 'de')

export const formField = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

/**
 * Counts one post of this client against `limit` (in the database, so every instance counts
 * against the same number); answers the minutes until it may post again, or undefined.
 */
export const rateLimitedFor = async (
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

/** Why a post was refused, for the form's state: a message and, where needed, a new challenge. */
export type Refusal = { formError?: string; proofError?: string; challenge?: FormChallenge }

/**
 * The bot checks of a post whose fields were already read: the signed form token (minimum fill
 * time, maximum age), the honeypot, the proof of work, or the arithmetic question, whose path has
 * its own, lower limit. Answers the refusal, or `renew`: the proof is spent, so any further answer
 * to the same visitor carries a new challenge (keeping the original time, so waiting is never
 * reset).
 */
export const screenPost = async ({
  payload,
  form,
  locale,
}: {
  payload: Payload
  form: FormData
  locale: Locale
}): Promise<
  { ok: false; refusal: Refusal } | { ok: true; renew: () => Promise<FormChallenge> }
> => {
  const t = (key: Parameters<typeof translate>[0]['key'], values?: Record<string, number>) =>
    translate({ key, locale, values })
  const verdict = await checkSubmission({
    token: formField(form, 'formToken'),
    honeypot: formField(form, 'website'),
    proof: formField(form, 'altcha'),
    answer: formField(form, 'answer'),
  })
  if (!verdict.ok) {
    // A new token keeps the original time when the old one was genuine. Only "too fast" keeps the
    // form's token: the visitor just waits and sends again.
    if (verdict.reason === 'tooFast')
      return { ok: false, refusal: { formError: t('requestErrors.tooFast') } }
    const challenge = await issueFormChallenge(verdict.issuedAt)
    const refusal: Record<typeof verdict.reason, Refusal> = {
      proofMissing: { proofError: t('requestErrors.proofMissing') },
      answerWrong: { proofError: t('requestErrors.answerWrong') },
      expired: { formError: t('requestErrors.formExpired') },
      bot: { formError: t('requestErrors.tooFast') },
    }
    return { ok: false, refusal: { ...refusal[verdict.reason], challenge } }
  }
  const renew = () => issueFormChallenge(verdict.issuedAt)
  if (!formField(form, 'altcha')) {
    const minutes = await rateLimitedFor(payload, QUESTION_PATH_LIMIT)
    if (minutes) {
      return {
        ok: false,
        refusal: {
          formError: t('requestErrors.rateLimited', { minutes }),
          challenge: await renew(),
        },
      }
    }
  }
  return { ok: true, renew }
}
