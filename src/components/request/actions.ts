'use server'

import { redirect } from 'next/navigation'
import { formField, formLocale, rateLimitedFor, screenPost } from '@/components/forms/protectedPost'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'

import { eraseRequest } from '@/collections/AdoptionRequests/retention'
import { COLLECTIONS, type Locale, type RequestStatus } from '@/constants'
import { officeRecipients } from '@/hooks/lookupOffice'
import { queueMail } from '@/hooks/queueMail'
import { translate, type TextKey } from '@/i18n'
import { requesterMessageMail } from '@/lib/email/requestMails'
import { relationId } from '@/lib/ids'
import { localeBase, trackingPath } from '@/lib/paths'
import { parseRequestForm } from '@/lib/requests/form'
import { isClosed } from '@/lib/requests/workflow'
import { getPayloadClient } from '@/services/payload'
import { checkRequestForm, submitRequest } from '@/services/requests/submit'
import { findByTrackingToken } from '@/services/requests/tracking'

import type { RequestFormState } from './state'

/**
 * The request form's action: works as a plain POST without JavaScript (the page re-renders with
 * the errors and the entered values) and as a fetch with it. Nothing is stored unless every
 * check passes.
 */
export async function submitRequestForm(
  previous: RequestFormState,
  form: FormData,
): Promise<RequestFormState> {
  const locale = formLocale(form)
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
  const payload = await getPayloadClient()
  const minutes = await rateLimitedFor(payload)
  if (minutes) return rejected(t('requestErrors.rateLimited', { minutes }))
  // Field errors and the bot checks are reported together, so one round of corrections does.
  const errors = await checkRequestForm({ payload, values, locale })
  const next = (overrides: Partial<RequestFormState>): RequestFormState => ({
    values,
    errors,
    challenge: previous.challenge,
    attempt: previous.attempt + 1,
    ...overrides,
  })
  const screened = await screenPost({ payload, form, locale })
  if (!screened.ok) return next(screened.refusal)
  if (Object.keys(errors).length > 0) return next({ challenge: await screened.renew() })
  let result: Awaited<ReturnType<typeof submitRequest>>
  try {
    result = await submitRequest({ payload, values, locale })
  } catch (error) {
    // The error's name only: a database error's message carries the submitted values.
    payload.logger.error(`Storing an adoption request failed: ${(error as Error).name}`)
    return rejected(t('requestErrors.failed'), await screened.renew())
  }
  if (!result.ok) return next({ errors: result.errors, challenge: await screened.renew() })
  redirect(`${trackingPath({ locale, token: result.token })}?neu=1`)
}

/** The tracking page's three forms; each answers by returning to the page with a notice. */
const trackingAction =
  (
    act: (args: {
      payload: Payload
      request: NonNullable<Awaited<ReturnType<typeof findByTrackingToken>>>
      form: FormData
      locale: Locale
    }) => Promise<string>,
  ) =>
  // (state, form): the signature of a form with a permalink (tracking/ActionForm.client.tsx).
  async (_state: null, form: FormData): Promise<null> => {
    const locale = formLocale(form)
    const token = formField(form, 'token')
    const back = trackingPath({ locale, token })
    const payload = await getPayloadClient()
    const minutes = await rateLimitedFor(payload)
    if (minutes) redirect(`${back}?hinweis=rateLimited&minuten=${minutes}`)
    const request = await findByTrackingToken(payload, token)
    if (!request) redirect(back)
    redirect(await act({ payload, request, form, locale }).then((to) => to || back))
  }

const MESSAGE_MAX_LENGTH = 2000

export const sendTrackingMessage = trackingAction(async ({ payload, request, form, locale }) => {
  const back = trackingPath({ locale, token: request.trackingToken as string })
  const text = formField(form, 'message').trim()
  if (isClosed(request.status as RequestStatus)) return `${back}?fehler=closed`
  if (!text) return `${back}?fehler=messageRequired#nachricht`
  // Read and append in one transaction, so two messages sent at once are both kept; the office
  // is told by mail (queued in the same transaction).
  const req = await createLocalReq({}, payload)
  const ownTransaction = await initTransaction(req)
  try {
    const current = await payload.findByID({
      collection: COLLECTIONS.adoptionRequests,
      id: request.id,
      depth: 0,
      overrideAccess: true,
      req,
    })
    await payload.update({
      collection: COLLECTIONS.adoptionRequests,
      id: request.id,
      data: {
        requesterMessages: [
          ...(current.requesterMessages ?? []).map(({ at, text }) => ({ at, text })),
          { at: new Date().toISOString(), text: text.slice(0, MESSAGE_MAX_LENGTH) },
        ],
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    const office = await officeRecipients({ officeId: relationId(current.office), req })
    for (const to of office.emails)
      await queueMail({
        req,
        kind: 'requester-message',
        mail: requesterMessageMail(
          { id: current.id, organisation: current.requester.organisation },
          to,
        ),
        requestId: current.id,
      })
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
  return `${back}?hinweis=messageSent#nachricht`
})

export const withdrawRequest = trackingAction(async ({ payload, request, form, locale }) => {
  const back = trackingPath({ locale, token: request.trackingToken as string })
  if (isClosed(request.status as RequestStatus)) return `${back}?fehler=closed`
  if (form.get('confirm') !== 'on')
    return `${back}?fehler=confirmRequired&formular=zurueckziehen#zurueckziehen`
  await payload.update({
    collection: COLLECTIONS.adoptionRequests,
    id: request.id,
    data: { status: 'withdrawn' },
    overrideAccess: true,
    depth: 0,
    context: { statusComment: translate({ key: 'tracking.withdrawnByRequester', locale }) },
  })
  return `${back}?hinweis=withdrawn`
})

export const deleteRequestData = trackingAction(async ({ payload, request, form, locale }) => {
  const back = trackingPath({ locale, token: request.trackingToken as string })
  if (form.get('confirm') !== 'on')
    return `${back}?fehler=confirmRequired&formular=loeschen#loeschen`
  // Withdrawing (when still open) and anonymising succeed or fail together.
  const req = await createLocalReq({}, payload)
  const ownTransaction = await initTransaction(req)
  try {
    // Only this request: the address itself is not proven here (the form leads to the tracking
    // page without a mail round trip), so the address's follows and questions stay; they have
    // their own unsubscribe link, and admins erase everything of one address on request.
    await eraseRequest({
      request,
      req,
      comment: translate({ key: 'tracking.withdrawnByRequester', locale: 'de' }),
    })
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
  return `${localeBase(locale)}/anfrage/geloescht`
})
