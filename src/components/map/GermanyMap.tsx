import type { Locale } from '@/constants'
import type { MapPoint } from '@/data/map'
import { translate, type TextKey } from '@/i18n'
import { GERMANY_MAP } from '@/lib/map/germany'
import { projectPoint } from '@/lib/map/project'

import { productPath, projectPath } from '@/lib/paths'

export const pointHref = ({ point, locale }: { point: MapPoint; locale: Locale }) =>
  point.href.kind === 'project'
    ? projectPath({ locale, slug: point.href.slug })
    : productPath({ locale, slug: point.href.slug })

/**
 * Germany with points, drawn from map data shipped with the app (no tile server). Projects are
 * squares, adoptions circles, so the legend does not rely on colour alone. The points are links;
 * the page offers the same places as a list.
 */
export function GermanyMap({
  locale,
  points,
  titleId,
  showStates = false,
}: {
  locale: Locale
  points: MapPoint[]
  titleId: string
  /** Draw the borders of the states (the big map; the small one on product pages stays light). */
  showStates?: boolean
}) {
  const t = (key: TextKey, values?: Record<string, string | number>) =>
    translate({ key, locale, values })
  return (
    <figure className="map">
      <svg
        viewBox={`-10 -10 ${GERMANY_MAP.width + 20} ${GERMANY_MAP.height + 20}`}
        role="group"
        aria-labelledby={titleId}
        className="map__svg"
      >
        <title id={titleId}>{t('map.mapLabel', { count: points.length })}</title>
        <path d={GERMANY_MAP.outline} className="map__land" />
        {showStates ? (
          <g aria-hidden="true">
            {Object.entries(GERMANY_MAP.states).map(([code, outline]) => (
              <path key={code} d={outline} className="map__state" />
            ))}
          </g>
        ) : null}
        {points.map((point) => {
          const { x, y } = projectPoint(point)
          const label = `${point.label}${point.city ? `, ${point.city}` : ''}: ${point.detail}`
          return (
            <a key={point.id} href={pointHref({ point, locale })} aria-label={label}>
              <title>{label}</title>
              {point.type === 'project' ? (
                <rect x={x - 7} y={y - 7} width={14} height={14} className="map__project" />
              ) : (
                <circle cx={x} cy={y} r={7} className="map__adoption" />
              )}
            </a>
          )
        })}
      </svg>
      <figcaption className="map__legend">
        <span>
          <svg width="14" height="14" aria-hidden="true">
            <rect width="14" height="14" className="map__project" />
          </svg>{' '}
          {t('map.legendProject')}
        </span>
        <span>
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="7" className="map__adoption" />
          </svg>{' '}
          {t('map.legendAdoption')}
        </span>
        {showStates ? <small className="map__credit">{t('map.statesCredit')}</small> : null}
      </figcaption>
    </figure>
  )
}
