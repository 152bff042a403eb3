'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { consume } from '@/collections/RateLimits/counter'
import { COLLECTIONS } from '@/constants'
import { clientAddress } from '@/lib/clientAddress'
import { trackingPath } from '@/lib/paths'
import { formPostLimit } from '@/lib/rateLimits'
import { getPayloadClient } from '@/services/payload'
import { findByTrackingToken } from '@/services/requests/tracking'

const field = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

/**
 * The requester's answer, on the tracking page of an adopted request, to "may interested people
 * ask you?": set on every adoption the request led to, with the time and "tracking page" as its
 * source. Holding the tracking token is what proves it is the requester.
 */
export async function setContactConsent(_state: null, form: FormData): Promise<null> {
  const locale = form.get('locale') === 'en' ? 'en' : 'de'
  const token = field(form, 'token')
  const back = trackingPath({ locale, token })
  const payload = await getPayloadClient()
  const { isAllowed, retryAfterSeconds } = await consume({
    payload,
    limit: formPostLimit(),
    subject: clientAddress(await headers()),
  })
  if (!isAllowed)
    redirect(`${back}?hinweis=rateLimited&minuten=${Math.ceil(retryAfterSeconds / 60)}`)
  const request = await findByTrackingToken(payload, token)
  if (!request || request.status !== 'adopted') redirect(back)
  const given = field(form, 'contact') === 'yes'
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
