import { GERMANY_MAP } from './germany'
import { projectPoint } from './project'

export type MarkerType = 'project' | 'adoption'

/**
 * Marker sizes in map units (the SVG's viewBox). Markers scale with the map, so markers that do
 * not overlap in these units overlap at no width: the layout can be computed once, on the server.
 * Markers are kept apart by their bounding boxes (what a reader sees as "touching"), not by their
 * shapes, so two circles never sit corner to corner either.
 */
export const MARKER = {
  /** Half the side of a project's square and of the box around an adoption's circle. */
  radius: 12,
  /** The least space between two markers' boxes (their outlines included). */
  gap: 6,
  /** Half the side of the box around a group marker (it carries a number). */
  groupRadius: 16,
  /** More points than this that would overlap are drawn as one group marker with their count. */
  maxSpread: 9,
  /** Room around Germany's outline in which markers may still be drawn. */
  margin: 16,
} as const

/** The viewBox of the map, with room for markers at the border. */
export const MAP_VIEWBOX = {
  x: -MARKER.margin,
  y: -MARKER.margin,
  width: GERMANY_MAP.width + 2 * MARKER.margin,
  height: GERMANY_MAP.height + 2 * MARKER.margin,
} as const

export type Positioned = { id: string; type: MarkerType; latitude: number; longitude: number }

type XY = { x: number; y: number }

/** One point drawn on its own, at its place or moved aside (then a line leads to its place). */
export type SingleMarker<P> = XY & { kind: 'single'; point: P; anchor: XY; isOffset: boolean }
/** Points too many to spread around their place: one marker with their count. */
export type GroupMarker<P> = XY & { kind: 'group'; id: string; members: P[] }
export type MapMarker<P> = SingleMarker<P> | GroupMarker<P>

/** What a legend may explain; `offset` is the line from a moved marker to its place. */
export type LegendEntry = MarkerType | 'group' | 'offset'
const LEGEND_ORDER: LegendEntry[] = ['project', 'adoption', 'group', 'offset']

export type MapLayout<P> = {
  /** In reading order (north to south, then west to east): the order of focus and of the list. */
  markers: MapMarker<P>[]
  /** Exactly the kinds of marker drawn, in a fixed order. */
  legend: LegendEntry[]
}

/** Points (indices) whose markers would overlap, drawn together: side by side, or as a group. */
type Cluster = number[]

/**
 * How a cluster is drawn: its centre, the half-extents of the box it covers (nothing of another
 * cluster may enter it), and where each member goes (`null`: one marker at its place; empty: a
 * group marker at the centre).
 */
type Shape = { centre: XY; half: XY; slots: XY[] | null }

const { radius, gap, groupRadius, maxSpread } = MARKER
/** From one marker's centre to the next one's in a cluster: the boxes keep `gap` apart. */
const STEP = 2 * radius + gap

const clamp = (value: number, low: number, high: number) =>
  low > high ? (low + high) / 2 : Math.min(Math.max(value, low), high)

/** Keeps the whole shape inside the drawn area, so no marker is cut off at the map's edge. */
const inside = (centre: XY, half: XY): XY => ({
  x: clamp(centre.x, MAP_VIEWBOX.x + half.x, MAP_VIEWBOX.x + MAP_VIEWBOX.width - half.x),
  y: clamp(centre.y, MAP_VIEWBOX.y + half.y, MAP_VIEWBOX.y + MAP_VIEWBOX.height - half.y),
})

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length

/**
 * Places a cluster. One point: at its place. Up to `maxSpread`: side by side in the smallest
 * grid around their common centre (2 in a row, 4 in a square, 9 in three rows), north to south
 * and west to east as their places lie, so each sits on the side its place is on. More: a group.
 */
const shapeOf = (cluster: Cluster, anchors: XY[]): Shape => {
  const points = cluster.map((index) => anchors[index])
  const count = points.length
  if (count === 1) {
    const half = { x: radius, y: radius }
    return { centre: inside(points[0], half), half, slots: null }
  }
  const middle = {
    x: mean(points.map((point) => point.x)),
    y: mean(points.map((point) => point.y)),
  }
  if (count > maxSpread) {
    const half = { x: groupRadius, y: groupRadius }
    return { centre: inside(middle, half), half, slots: [] }
  }
  const long = Math.ceil(Math.sqrt(count))
  const short = Math.ceil(count / long)
  // The grid's longer side follows the direction the places spread in.
  const spreadX = Math.max(...points.map((p) => p.x)) - Math.min(...points.map((p) => p.x))
  const spreadY = Math.max(...points.map((p) => p.y)) - Math.min(...points.map((p) => p.y))
  const [columns, rows] = spreadY > spreadX ? [short, long] : [long, short]
  const half = { x: ((columns - 1) * STEP) / 2 + radius, y: ((rows - 1) * STEP) / 2 + radius }
  const centre = inside(middle, half)
  // Rows from north to south, each filled west to east; a short last row is centred.
  const byRow = cluster
    .map((_, position) => position)
    .sort((a, b) => points[a].y - points[b].y || points[a].x - points[b].x || a - b)
  const slots: XY[] = new Array(count)
  for (let row = 0; row < rows; row++) {
    const inRow = byRow
      .slice(row * columns, (row + 1) * columns)
      .sort((a, b) => points[a].x - points[b].x || a - b)
    inRow.forEach((position, column) => {
      slots[position] = {
        x: centre.x + (column - (inRow.length - 1) / 2) * STEP,
        y: centre.y + (row - (rows - 1) / 2) * STEP,
      }
    })
  }
  return { centre, half, slots }
}

/** Whether a marker sits far enough from its place for a line to show where that is. */
const moved = (anchor: XY, at: XY) => Math.hypot(anchor.x - at.x, anchor.y - at.y) > radius

/** Whether two shapes' boxes come closer than `gap`. */
const collide = (a: Shape, b: Shape) =>
  Math.abs(a.centre.x - b.centre.x) < a.half.x + b.half.x + gap - 1e-9 &&
  Math.abs(a.centre.y - b.centre.y) < a.half.y + b.half.y + gap - 1e-9

/** Union-find over cluster indices: the clusters that must be drawn as one. */
const unite = (size: number, pairs: [number, number][]): number[][] => {
  const parent = Array.from({ length: size }, (_, index) => index)
  const root = (index: number): number =>
    parent[index] === index ? index : (parent[index] = root(parent[index]))
  for (const [a, b] of pairs) parent[root(a)] = root(b)
  const sets = new Map<number, number[]>()
  for (let index = 0; index < size; index++) {
    const key = root(index)
    sets.set(key, [...(sets.get(key) ?? []), index])
  }
  return [...sets.values()]
}

/**
 * Where each point's marker is drawn so that no two markers' boxes overlap, at any width of the
 * map.
 *
 * Points whose markers would overlap are set side by side around their common centre, with a
 * line to each exact place, so every point keeps a marker of its own: its own name, its own link,
 * its own shape in the legend, reachable by keyboard. Only where more than `maxSpread` would
 * overlap do they become one group marker with their count (spread further, they would cover a
 * region and point far from their places). Clusters whose boxes would overlap are merged and
 * placed again until none do; each round merges clusters, so this ends.
 */
export const layoutMarkers = <P extends Positioned>(points: P[]): MapLayout<P> => {
  const anchors = points.map((point) => projectPoint(point))
  let clusters: Cluster[] = points.map((_, index) => [index])
  let shapes = clusters.map((cluster) => shapeOf(cluster, anchors))
  for (;;) {
    const conflicts: [number, number][] = []
    for (let a = 0; a < shapes.length; a++) {
      for (let b = a + 1; b < shapes.length; b++) {
        if (collide(shapes[a], shapes[b])) conflicts.push([a, b])
      }
    }
    if (conflicts.length === 0) break
    clusters = unite(clusters.length, conflicts).map((set) =>
      set.flatMap((index) => clusters[index]).sort((a, b) => a - b),
    )
    shapes = clusters.map((cluster) => shapeOf(cluster, anchors))
  }

  const placed = clusters
    .map((cluster, index) => ({ cluster, shape: shapes[index] }))
    .sort(
      (a, b) =>
        a.shape.centre.y - b.shape.centre.y ||
        a.shape.centre.x - b.shape.centre.x ||
        a.cluster[0] - b.cluster[0],
    )
  const markers: MapMarker<P>[] = placed.flatMap(({ cluster, shape }): MapMarker<P>[] => {
    const { slots } = shape
    if (slots === null) {
      const anchor = anchors[cluster[0]]
      // Moved only when its place lies at the very edge of the drawn area.
      return [
        {
          kind: 'single',
          point: points[cluster[0]],
          ...shape.centre,
          anchor,
          isOffset: moved(anchor, shape.centre),
        },
      ]
    }
    if (slots.length === 0) {
      const members = cluster.map((index) => points[index])
      return [{ kind: 'group', id: `map-group-${members[0].id}`, members, ...shape.centre }]
    }
    // Row by row, as the eye reads the cluster.
    return cluster
      .map((index, position) => ({ index, slot: slots[position] }))
      .sort((a, b) => a.slot.y - b.slot.y || a.slot.x - b.slot.x)
      .map(({ index, slot }) => ({
        kind: 'single' as const,
        point: points[index],
        ...slot,
        anchor: anchors[index],
        isOffset: moved(anchors[index], slot),
      }))
  })

  const drawn = new Set<LegendEntry>()
  for (const marker of markers) {
    if (marker.kind === 'group') drawn.add('group')
    else {
      drawn.add(marker.point.type)
      if (marker.isOffset) drawn.add('offset')
    }
  }
  return { markers, legend: LEGEND_ORDER.filter((entry) => drawn.has(entry)) }
}

/** Whether two places are far enough apart to be worth naming both (a carrier's seat elsewhere). */
export const isElsewhere = ({
  from,
  to,
  kilometres = 25,
}: {
  from: { latitude: number; longitude: number }
  to: { latitude: number; longitude: number }
  kilometres?: number
}): boolean => {
  const rad = Math.PI / 180
  const dLat = (to.latitude - from.latitude) * rad
  const dLon = (to.longitude - from.longitude) * rad
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(from.latitude * rad) * Math.cos(to.latitude * rad) * Math.sin(dLon / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(h)) > kilometres
}
