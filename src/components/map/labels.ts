import { cache } from 'react'

import type { Locale } from '@/constants'
import type { MapPoint } from '@/data/map'
import { translate, type TextKey } from '@/i18n'
import { layoutMarkers, type GroupMarker } from '@/lib/map/layout'
import { productPath, projectPath } from '@/lib/paths'

/** The names the map and its list give a point, so a marker and its row read the same. */
export const mapTexts = (locale: Locale) => {
  const t = (key: TextKey, values?: Record<string, string | number>) =>
    translate({ key, locale, values })
  const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(', ')

  /** Where a point is drawn, in words: the region or town, an adoption's organisation first. */
  const place = (point: MapPoint) =>
    point.type === 'project' ? point.city : joined(point.label, point.city)

  /** What and where: the marker's accessible name. */
  const name = (point: MapPoint) =>
    point.type === 'project'
      ? joined(t('map.markerProject', { name: point.detail }), point.city)
      : joined(t('map.markerAdoption', { name: point.detail }), point.label, point.city)

  /** A project's carrier, with its seat where that lies elsewhere than the project ran. */
  const carrier = (point: MapPoint) =>
    point.type === 'project' && point.label
      ? t('map.carrier', { carrier: joined(point.label, point.seat) })
      : ''

  /** A group marker's name: how many, and near which towns. */
  const group = (marker: GroupMarker<MapPoint>) => {
    const towns = [...new Set(marker.members.map((member) => member.city).filter(Boolean))]
    const places = towns.length > 3 ? `${towns.slice(0, 3).join(', ')} …` : towns.join(', ')
    return t(places ? 'map.markerGroupNear' : 'map.markerGroup', {
      count: marker.members.length,
      places,
    })
  }

  const typeName = (point: MapPoint) =>
    point.type === 'project' ? t('map.legendProject') : t('map.legendAdoption')

  return { place, name, carrier, group, typeName }
}

export const pointHref = ({ point, locale }: { point: MapPoint; locale: Locale }) =>
  point.href.kind === 'project'
    ? projectPath({ locale, slug: point.href.slug })
    : productPath({ locale, slug: point.href.slug })

/**
 * The markers of one list of points, laid out once per request: the map and the list under it
 * ask for the same `points` and must agree on the order and the groups.
 */
export const layoutOfPoints = cache((points: MapPoint[]) => layoutMarkers(points))
