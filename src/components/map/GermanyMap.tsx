import type { FederalState, Locale } from '@/constants'
import type { MapPoint } from '@/data/map'
import { translate, type TextKey } from '@/i18n'
import { GERMANY_MAP } from '@/lib/map/germany'
import {
  type GroupMarker,
  MAP_VIEWBOX,
  MARKER,
  type LegendEntry,
  type SingleMarker,
} from '@/lib/map/layout'

import { layoutOfPoints, mapTexts, pointHref } from './labels'

/** A state on the big map: a link to its products in the catalogue when it has any. */
export type StateLink = { code: FederalState; name: string; count: number; href: string | null }

const VIEWBOX = `${MAP_VIEWBOX.x} ${MAP_VIEWBOX.y} ${MAP_VIEWBOX.width} ${MAP_VIEWBOX.height}`
const { radius: R, groupRadius } = MARKER

const LEGEND_KEYS: Record<LegendEntry, TextKey> = {
  project: 'map.legendProject',
  adoption: 'map.legendAdoption',
  group: 'map.legendGroup',
  offset: 'map.legendOffset',
}

/** The drawn shapes, shared by the map and its legend: squares, circles, numbered rings. */
const ProjectShape = ({ x, y }: { x: number; y: number }) => (
  <rect x={x - R} y={y - R} width={2 * R} height={2 * R} className="map__project" />
)
const AdoptionShape = ({ x, y }: { x: number; y: number }) => (
  <circle cx={x} cy={y} r={R} className="map__adoption" />
)

const LegendIcon = ({ entry }: { entry: LegendEntry }) => {
  const size = 2 * groupRadius + 4
  const c = size / 2
  return (
    <svg
      viewBox={`0 0 ${size} ${size}`}
      className="map__legend-icon"
      aria-hidden="true"
      focusable="false"
    >
      {entry === 'project' ? <ProjectShape x={c} y={c} /> : null}
      {entry === 'adoption' ? <AdoptionShape x={c} y={c} /> : null}
      {entry === 'group' ? (
        <>
          <circle cx={c} cy={c} r={groupRadius} className="map__group" />
          <text x={c} y={c} dy="0.35em" textAnchor="middle" className="map__group-count">
            n
          </text>
        </>
      ) : null}
      {entry === 'offset' ? (
        <>
          <line x1={4} y1={size - 4} x2={size - 8} y2={8} className="map__leader" />
          <circle cx={4} cy={size - 4} r={3} className="map__spot" />
        </>
      ) : null}
    </svg>
  )
}

/**
 * Germany with points, drawn from map data shipped with the app (no tile server), readable at any
 * width. Markers never overlap (see layoutMarkers): points at one place are spread around it with
 * a line to the exact spot, or, when too many, drawn as one numbered group that leads to its list
 * entries. Projects are squares, adoptions circles, so the legend does not rely on colour alone;
 * the legend names only what is drawn. Every marker is a link named with what and where.
 *
 * Given `states`, the states' borders are drawn and each state with products is a link to them
 * in the catalogue. The markers come first in the document (focus reaches them first) but are
 * painted on top, in a layer of their own over the states.
 */
export function GermanyMap({
  locale,
  points,
  titleId,
  states,
  groupHref,
  isLarge = false,
}: {
  locale: Locale
  points: MapPoint[]
  titleId: string
  states?: StateLink[]
  /** Where a group marker leads; by default the list entry `#<group id>` the page provides. */
  groupHref?: string
  /** The map page's map: as large as the screen allows; otherwise a smaller map in the text. */
  isLarge?: boolean
}) {
  const t = (key: TextKey, values?: Record<string, string | number>) =>
    translate({ key, locale, values })
  const texts = mapTexts(locale)
  const { markers, legend } = layoutOfPoints(points)
  const singles = markers.filter((marker): marker is SingleMarker<MapPoint> => {
    return marker.kind === 'single'
  })
  const statesTitleId = `${titleId}-states`
  const hasStateLinks = Boolean(states?.some((state) => state.href))

  return (
    <figure className={isLarge ? 'map map--large' : 'map'}>
      <div className="map__canvas">
        <svg viewBox={VIEWBOX} role="group" aria-labelledby={titleId} className="map__markers">
          <title id={titleId}>{t('map.mapLabel', { count: points.length })}</title>
          <g aria-hidden="true">
            {singles
              .filter((marker) => marker.isOffset)
              .map((marker) => (
                <g key={marker.point.id}>
                  <line
                    x1={marker.anchor.x}
                    y1={marker.anchor.y}
                    x2={marker.x}
                    y2={marker.y}
                    className="map__leader"
                  />
                  <circle cx={marker.anchor.x} cy={marker.anchor.y} r={3} className="map__spot" />
                </g>
              ))}
          </g>
          {markers.map((marker) =>
            marker.kind === 'group' ? (
              <GroupLink
                key={marker.id}
                marker={marker}
                name={texts.group(marker)}
                href={groupHref ?? `#${marker.id}`}
              />
            ) : (
              <PointLink
                key={marker.point.id}
                marker={marker}
                name={texts.name(marker.point)}
                note={texts.carrier(marker.point)}
                href={pointHref({ point: marker.point, locale })}
              />
            ),
          )}
        </svg>
        <svg
          viewBox={VIEWBOX}
          className="map__base"
          {...(hasStateLinks
            ? { role: 'group', 'aria-labelledby': statesTitleId }
            : { 'aria-hidden': true })}
        >
          {hasStateLinks ? <title id={statesTitleId}>{t('map.statesLabel')}</title> : null}
          <path d={GERMANY_MAP.outline} className="map__land" />
          {states?.map((state) => {
            const outline = (
              <path d={GERMANY_MAP.states[state.code]} className="map__state" fillRule="evenodd" />
            )
            if (!state.href) return <g key={state.code}>{outline}</g>
            const name = t('map.stateLink', { state: state.name, count: state.count })
            return (
              <a key={state.code} href={state.href} aria-label={name} className="map__state-link">
                <title>{name}</title>
                {outline}
              </a>
            )
          })}
        </svg>
      </div>
      <figcaption className="map__caption">
        <ul className="map__legend" data-testid="map-legend">
          {legend.map((entry) => (
            <li key={entry} data-legend={entry}>
              <LegendIcon entry={entry} /> {t(LEGEND_KEYS[entry])}
            </li>
          ))}
        </ul>
        {hasStateLinks ? <p className="map__hint">{t('map.statesHint')}</p> : null}
        {states ? <small className="map__credit">{t('map.statesCredit')}</small> : null}
      </figcaption>
    </figure>
  )
}

function PointLink({
  marker,
  name,
  note,
  href,
}: {
  marker: SingleMarker<MapPoint>
  name: string
  note: string
  href: string
}) {
  return (
    <a href={href} aria-label={name} className="map__marker" data-marker-type={marker.point.type}>
      <title>{note ? `${name}. ${note}` : name}</title>
      {note ? <desc>{note}</desc> : null}
      {marker.point.type === 'project' ? (
        <ProjectShape x={marker.x} y={marker.y} />
      ) : (
        <AdoptionShape x={marker.x} y={marker.y} />
      )}
    </a>
  )
}

function GroupLink({
  marker,
  name,
  href,
}: {
  marker: GroupMarker<MapPoint>
  name: string
  href: string
}) {
  return (
    <a href={href} aria-label={name} className="map__marker" data-marker-type="group">
      <title>{name}</title>
      <circle cx={marker.x} cy={marker.y} r={groupRadius} className="map__group" />
      <text
        x={marker.x}
        y={marker.y}
        dy="0.35em"
        textAnchor="middle"
        className="map__group-count"
        aria-hidden="true"
      >
        {marker.members.length}
      </text>
    </a>
  )
}
