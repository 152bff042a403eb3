import type { Payload } from 'payload'

import { relationId, sameId } from '@/lib/ids'
import type { Locale, RequestStatus } from '@/constants'
import { findByTrackingToken } from '@/services/requests/tracking'
import { isClosed } from '@/lib/requests/workflow'

import { getCatalogue } from './catalogue'
import { listOffices } from './network'

/**
 * What the requester's tracking page shows, or null for an unknown token: the request, its
 * products as they appear in the catalogue, its office, and whether it is closed.
 */
export const getTrackedRequest = async ({
  payload,
  locale,
  token,
}: {
  payload: Payload
  locale: Locale
  token: string
}) => {
  const request = await findByTrackingToken(payload, token)
  if (!request) return null
  const [catalogue, offices] = await Promise.all([
    getCatalogue({ payload, locale }),
    listOffices({ payload, locale }),
  ])
  const products = (request.products ?? [])
    .map((product) => catalogue.entries.get(String(relationId(product))))
    .filter((entry) => entry !== undefined)
  const office = offices.find((candidate) => sameId(candidate.id, relationId(request.office)))
  return {
    request,
    products,
    officeName: office?.name ?? null,
    isClosed: isClosed(request.status as RequestStatus),
  }
}

export type TrackedRequest = NonNullable<Awaited<ReturnType<typeof getTrackedRequest>>>
