'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import {
  commitTransaction,
  createLocalReq,
  getPayload,
  initTransaction,
  killTransaction,
} from 'payload'

import config from '@payload-config'
import { COLLECTIONS, CONTEXT, type Locale, type RequestStatus } from '@/constants'
import { translate, type TextKey } from '@/i18n'
import { localeBase, trackingPath } from '@/lib/paths'
import { checkSubmission, issueFormChallenge } from '@/lib/requests/antiAbuse'
import { parseRequestForm } from '@/lib/requests/form'
import { anonymiseRequest } from '@/lib/requests/retention'
import { submitRequest } from '@/lib/requests/submit'
import { findByTrackingToken } from '@/lib/requests/tracking'
import { isClosed } from '@/lib/requests/workflow'

import type { RequestFormState } from './state'

const localeOf = (form: FormData): Locale => (form.get('locale') === 'en' ? 'en' : 'de')
const field = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

/** Minutes until the proxy lets this address post again (src/proxy.ts), or undefined. */
const rateLimitedFor = async (): Promise<number | undefined> => {
  const retryAfter = Number((await headers()).get('x-rate-limited'))
  return retryAfter > 0 ? Math.ceil(retryAfter / 60) : undefined
}

/**
 * The request form's action: works as a plain POST without JavaScript (the page re-renders with
 * the errors and the entered values) and as a fetch with it. Nothing is stored unless every
 * check passes.
 */
export async function submitRequestForm(
  previous: RequestFormState,
  form: FormData,
): Promise<RequestFormState> {
  const locale = localeOf(form)
  const t = (key: TextKey, values?: Record<string, string | number>) =>
    translate({ key, locale, values })
  const values = parseRequestForm(form)
  const rejected = (formError: string, challenge = previous.challenge): RequestFormState => ({
    values,
    errors: {},
    formError,
    challenge,
    attempt: previous.attempt + 1,
  })
  const minutes = await rateLimitedFor()
  if (minutes) return rejected(t('requestErrors.rateLimited', { minutes }))
  const verdict = await checkSubmission({
    token: field(form, 'formToken'),
    honeypot: field(form, 'website'),
    proof: field(form, 'altcha'),
    answer: field(form, 'answer'),
  })
  if (!verdict.ok) {
    const fresh = await issueFormChallenge()
    const reasons = {
      bot: 'requestErrors.tooFast',
      tooFast: 'requestErrors.tooFast',
      expired: 'requestErrors.formExpired',
      proofMissing: 'requestErrors.proofMissing',
      answerWrong: 'requestErrors.answerWrong',
    } as const
    // A too-fast form keeps its token (waiting is enough); otherwise the visitor gets a new one.
    return rejected(
      t(reasons[verdict.reason]),
      verdict.reason === 'tooFast' ? previous.challenge : fresh,
    )
  }
  const payload = await getPayload({ config, cron: true })
  let result: Awaited<ReturnType<typeof submitRequest>>
  try {
    result = await submitRequest({ payload, values, locale })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Storing an adoption request failed' })
    return rejected(t('requestErrors.failed'), await issueFormChallenge())
  }
  if (!result.ok) {
    return {
      values,
      errors: result.errors,
      challenge: await issueFormChallenge(verdict.issuedAt),
      attempt: previous.attempt + 1,
    }
  }
  redirect(`${trackingPath({ locale, token: result.token })}?neu=1`)
}

/** The tracking page's three forms; each answers by returning to the page with a notice. */
const trackingAction =
  (
    act: (args: {
      payload: Awaited<ReturnType<typeof getPayload>>
      request: NonNullable<Awaited<ReturnType<typeof findByTrackingToken>>>
      form: FormData
      locale: Locale
    }) => Promise<string>,
  ) =>
  async (form: FormData): Promise<void> => {
    const locale = localeOf(form)
    const token = field(form, 'token')
    const back = trackingPath({ locale, token })
    if (await rateLimitedFor()) redirect(`${back}?hinweis=rateLimited`)
    const payload = await getPayload({ config, cron: true })
    const request = await findByTrackingToken(payload, token)
    if (!request) redirect(back)
    redirect(await act({ payload, request, form, locale }).then((to) => to || back))
  }

const MESSAGE_MAX_LENGTH = 2000

export const sendTrackingMessage = trackingAction(async ({ payload, request, form, locale }) => {
  const back = trackingPath({ locale, token: request.trackingToken as string })
  const text = field(form, 'message').trim()
  if (isClosed(request.status as RequestStatus)) return `${back}?fehler=closed`
  if (!text) return `${back}?fehler=messageRequired#nachricht`
  await payload.update({
    collection: COLLECTIONS.adoptionRequests,
    id: request.id,
    data: {
      requesterMessages: [
        ...(request.requesterMessages ?? []).map(({ at, text }) => ({ at, text })),
        { at: new Date().toISOString(), text: text.slice(0, MESSAGE_MAX_LENGTH) },
      ],
    },
    overrideAccess: true,
    depth: 0,
  })
  return `${back}?hinweis=messageSent#nachricht`
})

export const withdrawRequest = trackingAction(async ({ payload, request, form, locale }) => {
  const back = trackingPath({ locale, token: request.trackingToken as string })
  if (isClosed(request.status as RequestStatus)) return `${back}?fehler=closed`
  if (form.get('confirm') !== 'on') return `${back}?fehler=confirmRequired#zurueckziehen`
  await payload.update({
    collection: COLLECTIONS.adoptionRequests,
    id: request.id,
    data: { status: 'withdrawn' },
    overrideAccess: true,
    depth: 0,
    context: { statusComment: translate({ key: 'tracking.withdrawnByRequester', locale: 'de' }) },
  })
  return `${back}?hinweis=withdrawn`
})

export const deleteRequestData = trackingAction(async ({ payload, request, form, locale }) => {
  const back = trackingPath({ locale, token: request.trackingToken as string })
  if (form.get('confirm') !== 'on') return `${back}?fehler=confirmRequired#loeschen`
  // Withdrawing (when still open) and anonymising succeed or fail together.
  const req = await createLocalReq({}, payload)
  const ownTransaction = await initTransaction(req)
  try {
    const open = !isClosed(request.status as RequestStatus)
    const current = await payload.update({
      collection: COLLECTIONS.adoptionRequests,
      id: request.id,
      data: {
        deletionRequestedAt: new Date().toISOString(),
        ...(open ? { status: 'withdrawn' as const } : {}),
      },
      overrideAccess: true,
      depth: 0,
      req,
      context: {
        [CONTEXT.skipSideEffects]: true,
        statusComment: translate({ key: 'tracking.withdrawnByRequester', locale: 'de' }),
      },
    })
    await anonymiseRequest({ request: current, req })
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
  return `${localeBase(locale)}/anfrage/geloescht`
})
