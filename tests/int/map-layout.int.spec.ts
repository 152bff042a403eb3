/**
 * Where the map draws its markers (src/lib/map/layout.ts): the pure layout the server computes
 * once for every width, fed with places as the map gets them.
 */
import { describe, expect, it } from 'vitest'

import {
  isElsewhere,
  layoutMarkers,
  MAP_VIEWBOX,
  MARKER,
  type MapMarker,
  type MarkerType,
  type Positioned,
} from '@/lib/map/layout'
import { projectPoint } from '@/lib/map/project'

const point = (
  id: string,
  type: MarkerType,
  [latitude, longitude]: [number, number],
): Positioned => ({ id, type, latitude, longitude })

const DORTMUND: [number, number] = [51.5136, 7.4653]
const BERLIN: [number, number] = [52.52, 13.405]
const MUNICH: [number, number] = [48.1374, 11.5755]
const HAMBURG: [number, number] = [53.5511, 9.9937]

/** Half the side of a marker's box, as drawn. */
const half = (marker: MapMarker<Positioned>) =>
  marker.kind === 'group' ? MARKER.groupRadius : MARKER.radius

/** The pairs of markers whose boxes come closer than the gap. */
const touching = (markers: MapMarker<Positioned>[]) => {
  const found: string[] = []
  markers.forEach((a, i) =>
    markers.slice(i + 1).forEach((b) => {
      const apart = half(a) + half(b) + MARKER.gap - 1e-6
      if (Math.abs(a.x - b.x) < apart && Math.abs(a.y - b.y) < apart) found.push(`${i}/${i + 1}`)
    }),
  )
  return found
}

/** Every input point's id, once each, whether drawn alone or inside a group. */
const drawnIds = (markers: MapMarker<Positioned>[]) =>
  markers.flatMap((marker) =>
    marker.kind === 'group' ? marker.members.map((member) => member.id) : [marker.point.id],
  )

/** A fixed pseudo-random sequence, so the dense cases are the same on every run. */
const random = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
  return seed / 2_147_483_648
}

describe('map layout', () => {
  it('keeps far-apart places where they are, with nothing in the legend but their types', () => {
    const points = [
      point('berlin', 'project', BERLIN),
      point('munich', 'adoption', MUNICH),
      point('hamburg', 'project', HAMBURG),
    ]
    const { markers, legend } = layoutMarkers(points)
    expect(legend).toEqual(['project', 'adoption'])
    for (const marker of markers) {
      if (marker.kind !== 'single') throw new Error('no group expected')
      expect(marker.isOffset).toBe(false)
      expect({ x: marker.x, y: marker.y }).toEqual(projectPoint(marker.point))
    }
    // Reading order: north to south.
    expect(drawnIds(markers)).toEqual(['hamburg', 'berlin', 'munich'])
  })

  it('sets a project and an adoption at one place side by side, neither hidden', () => {
    const { markers, legend } = layoutMarkers([
      point('adoption', 'adoption', DORTMUND),
      point('project', 'project', DORTMUND),
    ])
    expect(markers.map((marker) => marker.kind)).toEqual(['single', 'single'])
    expect(touching(markers)).toEqual([])
    expect(legend).toEqual(['project', 'adoption', 'offset'])
    // Each a short way from the place, a line leading back to it.
    const place = projectPoint({ latitude: DORTMUND[0], longitude: DORTMUND[1] })
    for (const marker of markers) {
      if (marker.kind !== 'single') continue
      expect(marker.anchor).toEqual(place)
      expect(Math.hypot(marker.x - place.x, marker.y - place.y)).toBeLessThan(2 * MARKER.radius)
    }
  })

  it(`gives up to ${MARKER.maxSpread} points at one place a marker each`, () => {
    const points = Array.from({ length: MARKER.maxSpread }, (_, index) =>
      point(`p${index}`, index % 2 ? 'adoption' : 'project', BERLIN),
    )
    const { markers, legend } = layoutMarkers(points)
    expect(markers.every((marker) => marker.kind === 'single')).toBe(true)
    expect(drawnIds(markers).sort()).toEqual(points.map((p) => p.id).sort())
    expect(touching(markers)).toEqual([])
    expect(legend).toEqual(['project', 'adoption', 'offset'])
  })

  it('draws more points than that at one place as one group with their count', () => {
    const crowd = Array.from({ length: MARKER.maxSpread + 3 }, (_, index) =>
      point(`crowd${index}`, 'adoption', BERLIN),
    )
    const { markers, legend } = layoutMarkers([point('munich', 'project', MUNICH), ...crowd])
    const groups = markers.filter((marker) => marker.kind === 'group')
    expect(groups).toHaveLength(1)
    expect(groups[0].kind === 'group' && groups[0].members.length).toBe(crowd.length)
    expect(groups[0].kind === 'group' && groups[0].id).toBe('map-group-crowd0')
    expect(legend).toEqual(['project', 'group'])
  })

  it('keeps the demo places of the Ruhr apart, each with its own marker', () => {
    const ruhr = [
      point('xanten', 'project', [51.6625, 6.4542]),
      point('duisburg-p', 'project', [51.4344, 6.7623]),
      point('duisburg-a', 'adoption', [51.4344, 6.7623]),
      point('dortmund-p', 'project', DORTMUND),
      point('dortmund-a', 'adoption', DORTMUND),
      point('hamm', 'adoption', [51.6739, 7.815]),
      point('koeln', 'adoption', [50.9375, 6.9603]),
      point('nuernberg', 'project', [49.4521, 11.0767]),
    ]
    const { markers } = layoutMarkers(ruhr)
    expect(markers.every((marker) => marker.kind === 'single')).toBe(true)
    expect(touching(markers)).toEqual([])
    // Far from the Ruhr, Nuremberg stays at its place.
    const nuernberg = markers.find(
      (marker) => marker.kind === 'single' && marker.point.id === 'nuernberg',
    )
    expect(nuernberg?.kind === 'single' && nuernberg.isOffset).toBe(false)
  })

  it('keeps hundreds of crowded points apart, inside the map, each drawn exactly once', () => {
    const next = random(12)
    const points = Array.from({ length: 400 }, (_, index) =>
      point(`p${index}`, next() < 0.3 ? 'project' : 'adoption', [
        // Most around the Ruhr, some across the country, a few on the border.
        index % 5 === 0 ? 47.3 + next() * 7.7 : 51.2 + next() * 0.6,
        index % 5 === 0 ? 5.9 + next() * 9.1 : 6.6 + next() * 1.2,
      ]),
    )
    const { markers, legend } = layoutMarkers(points)
    expect(drawnIds(markers).sort()).toEqual(points.map((p) => p.id).sort())
    expect(touching(markers)).toEqual([])
    for (const marker of markers) {
      expect(marker.x - half(marker)).toBeGreaterThanOrEqual(MAP_VIEWBOX.x)
      expect(marker.y - half(marker)).toBeGreaterThanOrEqual(MAP_VIEWBOX.y)
      expect(marker.x + half(marker)).toBeLessThanOrEqual(MAP_VIEWBOX.x + MAP_VIEWBOX.width)
      expect(marker.y + half(marker)).toBeLessThanOrEqual(MAP_VIEWBOX.y + MAP_VIEWBOX.height)
    }
    expect(legend).toContain('group')
    // The same input gives the same drawing: the server may compute it once per snapshot.
    expect(layoutMarkers(points)).toEqual({ markers, legend })
  })

  it('names a carrier’s seat only when it lies elsewhere than the project ran', () => {
    const frankfurt = { latitude: 50.1109, longitude: 8.6821 }
    const northRhineWestphalia = { latitude: 51.4332, longitude: 7.6616 }
    const nuremberg = { latitude: 49.4521, longitude: 11.0767 }
    const metropolitanRegion = { latitude: 49.45, longitude: 11.08 }
    expect(isElsewhere({ from: northRhineWestphalia, to: frankfurt })).toBe(true)
    expect(isElsewhere({ from: metropolitanRegion, to: nuremberg })).toBe(false)
  })
})
