import { relationId } from '@/lib/ids'
import { isElsewhere } from '@/lib/map/layout'
import { COLLECTIONS } from '@/constants'
import type { Organisation } from '@/payload-types'

import { cachedRead } from './catalogue'
import type { PageRead } from './types'

export type MapPoint = {
  id: string
  type: 'project' | 'adoption'
  /** Who: a project's carrying organisation, an adoption's organisation. */
  label: string
  /** What: the project's name, the adopted product's title. */
  detail: string
  /** Where it is drawn: the region a project ran in (else its carrier's town), an adoption's town. */
  city: string
  /** A project's carrier's town, when it lies elsewhere than the project ran. */
  seat?: string
  href: { kind: 'project'; slug: string } | { kind: 'product'; slug: string }
  latitude: number
  longitude: number
  kinds: string[]
  sectors: string[]
}

type Located = { latitude: number; longitude: number }
type Place = { latitude?: number | null; longitude?: number | null } | null | undefined

const hasLocation = (value: Place): value is Located =>
  typeof value?.latitude === 'number' && typeof value?.longitude === 'number'

/**
 * Projects (where they ran, else at their carrying organisation) and public adoptions as points,
 * each with the kinds and sectors of the products involved, so the map can be filtered like the
 * catalogue.
 */
export const getMapPoints = ({ payload, locale }: PageRead): Promise<MapPoint[]> =>
  cachedRead({ payload, locale }, 'map', async ({ entries, retiredEntries }) => {
    const read = { overrideAccess: false, pagination: false, locale } as const
    const [projects, adoptions] = await Promise.all([
      payload.find({
        collection: COLLECTIONS.projects,
        ...read,
        depth: 1,
        select: { name: true, slug: true, carryingOrganisation: true, region: true },
      }),
      payload.find({
        collection: COLLECTIONS.adoptions,
        ...read,
        depth: 1,
        where: { publicConsent: { equals: true } },
        select: { product: true, organisation: true, place: true },
      }),
    ])
    const products = [...entries.values()]
    const points: MapPoint[] = []
    for (const project of projects.docs) {
      const related = project.carryingOrganisation as Organisation | number | null | undefined
      const carrier = typeof related === 'object' && related ? related : null
      const seat = hasLocation(carrier?.location) ? carrier.location : null
      const region = hasLocation(project.region?.location) ? project.region.location : null
      const where = region ?? seat
      if (!where) continue
      const seatCity = carrier?.address?.city ?? ''
      const own = products.filter((entry) => entry.projectSlug === project.slug)
      points.push({
        id: `project-${project.id}`,
        type: 'project',
        label: carrier?.name ?? '',
        detail: project.name,
        city: region ? project.region?.name || seatCity : seatCity,
        ...(region && seat && seatCity && isElsewhere({ from: region, to: seat })
          ? { seat: seatCity }
          : {}),
        href: { kind: 'project', slug: project.slug ?? String(project.id) },
        latitude: where.latitude,
        longitude: where.longitude,
        kinds: [...new Set(own.map((entry) => entry.kind))],
        sectors: [...new Set(own.flatMap((entry) => entry.sectors.map((sector) => sector.slug)))],
      })
    }
    for (const adoption of adoptions.docs) {
      // An adoption stays true when its product is no longer offered; its page says so.
      const productId = String(relationId(adoption.product as never))
      const product = entries.get(productId) ?? retiredEntries.get(productId)
      const organisation = adoption.organisation as Organisation | number | null | undefined
      const location = hasLocation(adoption.place?.location)
        ? adoption.place!.location!
        : typeof organisation === 'object' && organisation && hasLocation(organisation.location)
          ? organisation.location!
          : null
      if (!product || !location) continue
      points.push({
        id: `adoption-${adoption.id}`,
        type: 'adoption',
        label: typeof organisation === 'object' && organisation ? organisation.name : '',
        detail: product.title,
        city: adoption.place?.city ?? '',
        href: { kind: 'product', slug: product.slug },
        latitude: location.latitude!,
        longitude: location.longitude!,
        kinds: [product.kind],
        sectors: product.sectors.map((sector) => sector.slug),
      })
    }
    return points
  })
