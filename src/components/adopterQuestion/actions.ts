'use server'

import { redirect } from 'next/navigation'

import { formLocale, rateLimitedFor, screenPost } from '@/components/forms/protectedPost'
import { translate, type TextKey } from '@/i18n'
import { parseQuestionForm } from '@/lib/adopterQuestions/form'
import { productPath } from '@/lib/paths'
import { checkQuestion, submitQuestion } from '@/services/adopterQuestions/submit'
import { getPayloadClient } from '@/services/payload'

import type { QuestionFormState } from './state'

/**
 * The question form's action, with the request form's protection (the same form-post limit per
 * client, signed token, honeypot, proof of work or arithmetic question, per-address cap). Works
 * as a plain POST without JavaScript. Nothing is stored unless every check passes.
 */
export async function submitQuestionForm(
  previous: QuestionFormState,
  form: FormData,
): Promise<QuestionFormState> {
  const locale = formLocale(form)
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
  const screened = await screenPost({ payload, form, locale })
  if (!screened.ok) return next({ errors, ...screened.refusal })
  if (Object.keys(errors).length > 0) return next({ errors, challenge: await screened.renew() })
  let result: Awaited<ReturnType<typeof submitQuestion>>
  try {
    result = await submitQuestion({ payload, values, locale })
  } catch (error) {
    payload.logger.error(`Storing an adopter question failed: ${(error as Error).name}`)
    return next({
      formError: t('requestErrors.failed'),
      challenge: await screened.renew(),
    })
  }
  if (!result.ok) return next({ errors: result.errors, challenge: await screened.renew() })
  redirect(`${productPath({ locale, slug: values.product })}/frage?gesendet=1`)
}
