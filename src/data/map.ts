import { relationId } from '@/lib/ids'
import { COLLECTIONS } from '@/constants'
import type { Organisation } from '@/payload-types'

import { cachedRead } from './catalogue'
import type { PageRead } from './types'

export type MapPoint = {
  id: string
  type: 'project' | 'adoption'
  label: string
  detail: string
  city: string
  href: { kind: 'project'; slug: string } | { kind: 'product'; slug: string }
  latitude: number
  longitude: number
  kinds: string[]
  sectors: string[]
}

const hasLocation = (
  value: { latitude?: number | null; longitude?: number | null } | null | undefined,
) => typeof value?.latitude === 'number' && typeof value?.longitude === 'number'

/**
 * Projects (at their carrying organisation) and public adoptions as points, each with the kinds
 * and sectors of the products involved, so the map can be filtered like the catalogue.
 */
export const getMapPoints = ({ payload, locale }: PageRead): Promise<MapPoint[]> =>
  cachedRead({ payload, locale }, 'map', async ({ entries, retiredEntries }) => {
    const read = { overrideAccess: false, pagination: false, locale } as const
    const [projects, adoptions] = await Promise.all([
      payload.find({
        collection: COLLECTIONS.projects,
        ...read,
        depth: 1,
        select: { name: true, slug: true, carryingOrganisation: true },
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
      const carrier = project.carryingOrganisation as Organisation | number | null | undefined
      if (typeof carrier !== 'object' || !carrier || !hasLocation(carrier.location)) continue
      const own = products.filter((entry) => entry.projectSlug === project.slug)
      points.push({
        id: `project-${project.id}`,
        type: 'project',
        label: carrier.name,
        detail: project.name,
        city: carrier.address?.city ?? '',
        href: { kind: 'project', slug: project.slug ?? String(project.id) },
        latitude: carrier.location!.latitude!,
        longitude: carrier.location!.longitude!,
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
