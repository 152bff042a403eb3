'use server'

import { redirect } from 'next/navigation'

import { formField, formLocale, rateLimitedFor } from '@/components/forms/protectedPost'
import { COLLECTIONS } from '@/constants'
import { trackingPath } from '@/lib/paths'
import { getPayloadClient } from '@/services/payload'
import { findByTrackingToken } from '@/services/requests/tracking'

/**
 * The requester's answer, on the tracking page of an adopted request, to "may interested people
 * ask you?": set on every adoption the request led to, with the time and "tracking page" as its
 * source. Holding the tracking token is what proves it is the requester.
 */
export async function setContactConsent(_state: null, form: FormData): Promise<null> {
  const locale = formLocale(form)
  const token = formField(form, 'token')
  const back = trackingPath({ locale, token })
  const payload = await getPayloadClient()
  const minutes = await rateLimitedFor(payload)
  if (minutes) redirect(`${back}?hinweis=rateLimited&minuten=${minutes}`)
  const request = await findByTrackingToken(payload, token)
  if (!request || request.status !== 'adopted') redirect(back)
  const given = formField(form, 'contact') === 'yes'
  await payload.update({
    collection: COLLECTIONS.adoptions,
    where: { sourceRequest: { equals: request.id } },
    data: {
      contactConsent: { given, at: new Date().toISOString(), source: 'requester', note: null },
    },
    overrideAccess: true,
    depth: 0,
  })
  redirect(`${back}#kontakt`)
}
