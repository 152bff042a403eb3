import type { Payload } from 'payload'

import { COLLECTIONS, type Locale } from '@/constants'
import { areaOfPoint, nearestByArea, postcodeArea } from '@/lib/postcodeAreas'
import type { Organisation } from '@/payload-types'

export type NearbyAdopter = {
  id: string
  organisation: string
  organisationType: string
  city: string
  km: number
  isSameArea: boolean
}

/**
 * The public adoptions of a product, nearest first to a visitor's postcode region. Read with the
 * public's rights (only consented adoptions), and only what the product page already shows: the
 * organisation's name and type and the town. An adoption without a postcode region counts from
 * the region whose centre is nearest to its map point.
 */
export const getNearestAdopters = async ({
  payload,
  locale,
  productId,
  postcode,
  limit = 5,
}: {
  payload: Payload
  locale: Locale
  productId: number | string
  postcode: string
  limit?: number
}): Promise<NearbyAdopter[]> => {
  const area = postcodeArea(postcode)
  if (!area) return []
  const { docs } = await payload.find({
    collection: COLLECTIONS.adoptions,
    where: { and: [{ product: { equals: productId } }, { publicConsent: { equals: true } }] },
    locale,
    depth: 1,
    pagination: false,
    sort: 'createdAt',
    overrideAccess: false,
    select: { organisation: true, place: true },
    populate: { [COLLECTIONS.organisations]: { name: true, type: true } },
  })
  const candidates = docs.flatMap((adoption) => {
    const { location, postcodeArea: stored, city } = adoption.place ?? {}
    const located =
      stored ??
      (typeof location?.latitude === 'number' && typeof location.longitude === 'number'
        ? areaOfPoint({ latitude: location.latitude, longitude: location.longitude })
        : undefined)
    if (!located) return []
    const organisation =
      typeof adoption.organisation === 'object' ? (adoption.organisation as Organisation) : null
    return [
      {
        id: String(adoption.id),
        organisation: organisation?.name ?? '',
        organisationType: organisation?.type ?? '',
        city: city ?? '',
        area: located,
      },
    ]
  })
  return nearestByArea({ area, candidates, limit }).map(({ area: _area, ...adopter }) => adopter)
}
