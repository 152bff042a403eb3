'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import type { Payload } from 'payload'

import { consume } from '@/collections/RateLimits/counter'
import type { Locale } from '@/constants'
import { translate, type TextKey } from '@/i18n'
import { parseQuestionForm } from '@/lib/adopterQuestions/form'
import { clientAddress } from '@/lib/clientAddress'
import { productPath } from '@/lib/paths'
import { formPostLimit, QUESTION_PATH_LIMIT, type RateLimit } from '@/lib/rateLimits'
import { checkSubmission, issueFormChallenge } from '@/lib/requests/antiAbuse'
import { checkQuestion, submitQuestion } from '@/services/adopterQuestions/submit'
import { getPayloadClient } from '@/services/payload'

import type { QuestionFormState } from './state'

const field = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

/** Counts one post of this client against `limit`; answers the minutes to wait, or undefined. */
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

/**
 * The question form's action, with the request form's protection (the same form-post limit per
 * client, signed token, honeypot, proof of work or arithmetic question, per-address cap). Works
 * as a plain POST without JavaScript. Nothing is stored unless every check passes.
 */
export async function submitQuestionForm(
  previous: QuestionFormState,
  form: FormData,
): Promise<QuestionFormState> {
  const locale: Locale = form.get('locale') === 'en' ? 'en' : 'de'
  const t = (key: TextKey, values?: Record<string, string | number>) =>
    translate({ key, locale, values })
  const values = parseQuestionForm(form)
  const payload = await getPayloadClient()
  const next = (overrides: Partial<QuestionFormState>): QuestionFormState => ({
    values,
    errors: {},
    challenge: previous.challenge,
    attempt: previous.attempt + 1,
    ...overrides,
  })
  const minutes = await rateLimitedFor(payload)
  if (minutes) return next({ formError: t('requestErrors.rateLimited', { minutes }) })
  const { errors } = await checkQuestion({ payload, values, locale })
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
  let result: Awaited<ReturnType<typeof submitQuestion>>
  try {
    result = await submitQuestion({ payload, values, locale })
  } catch (error) {
    payload.logger.error(`Storing an adopter question failed: ${(error as Error).name}`)
    return next({
      formError: t('requestErrors.failed'),
      challenge: await issueFormChallenge(verdict.issuedAt),
    })
  }
  if (!result.ok)
    return next({ errors: result.errors, challenge: await issueFormChallenge(verdict.issuedAt) })
  redirect(`${productPath({ locale, slug: values.product })}/frage?gesendet=1`)
}
