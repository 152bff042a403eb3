import Form from 'next/form'

import { FEDERAL_STATES, type FederalState, type Locale } from '@/constants'
import type { MapPoint } from '@/data/map'
import { translate, type TextKey } from '@/i18n'
import { cataloguePath, withQuery } from '@/lib/paths'

import { AutoSubmit } from '../catalogue/AutoSubmit.client'
import { GermanyMap, type StateLink } from './GermanyMap'
import { layoutOfPoints, mapTexts, pointHref } from './labels'
import { ScrollableTable } from '@/components/ui/ScrollableTable'

/**
 * The map page: a filter (GET form), the map, and the same places as a table, in the map's
 * order. Clicking a state opens the catalogue filtered by it (and by the map's own filter): the
 * map shows where things are, the catalogue what there is to adopt from there.
 */
export function MapPage({
  locale,
  points,
  kinds,
  sectors,
  selected,
  action,
  productsByState,
}: {
  locale: Locale
  points: MapPoint[]
  kinds: string[]
  sectors: { slug: string; name: string }[]
  selected: { kind?: string; sector?: string }
  action: string
  /** Products in the catalogue per state, under the map's filter. */
  productsByState: Partial<Record<FederalState, number>>
}) {
  const t = (key: TextKey, values?: Record<string, string | number>) =>
    translate({ key, locale, values })
  const texts = mapTexts(locale)
  const states: StateLink[] = FEDERAL_STATES.map((code) => {
    const count = productsByState[code] ?? 0
    const href = count
      ? withQuery(cataloguePath(locale), {
          state: code,
          kind: selected.kind,
          sector: selected.sector,
        })
      : null
    return { code, name: t(`options.states.${code}` as TextKey), count, href }
  }).sort((a, b) => a.name.localeCompare(b.name, locale))
  // The list follows the map's markers; the members of a group marker form the entry it leads to.
  const { markers } = layoutOfPoints(points)
  const sections: { id?: string; points: MapPoint[] }[] = []
  for (const marker of markers) {
    const last = sections.at(-1)
    if (marker.kind === 'group') sections.push({ id: marker.id, points: marker.members })
    else if (last && !last.id) last.points.push(marker.point)
    else sections.push({ points: [marker.point] })
  }
  const row = (point: MapPoint) => {
    const carrier = texts.carrier(point)
    return (
      <tr key={point.id}>
        <th scope="row">
          <a href={pointHref({ point, locale })}>{point.detail}</a>
          <span className="map-list__type">{texts.typeName(point)}</span>
        </th>
        <td>
          {texts.place(point)}
          {carrier ? (
            <>
              <br />
              <span className="muted">{carrier}</span>
            </>
          ) : null}
        </td>
      </tr>
    )
  }
  return (
    <>
      <h1>{t('map.title')}</h1>
      <p>{t('map.intro')}</p>
      <Form action={action} className="search-row" aria-label={t('map.filter')}>
        <AutoSubmit />
        <label htmlFor="map-kind">{t('catalogue.facetKind')}</label>
        <select id="map-kind" name="kind" defaultValue={selected.kind ?? ''}>
          <option value="">{t('map.allKinds')}</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`options.kinds.${kind}` as TextKey)}
            </option>
          ))}
        </select>
        <label htmlFor="map-sector">{t('catalogue.facetSector')}</label>
        <select id="map-sector" name="sector" defaultValue={selected.sector ?? ''}>
          <option value="">{t('map.allSectors')}</option>
          {sectors.map((sector) => (
            <option key={sector.slug} value={sector.slug}>
              {sector.name}
            </option>
          ))}
        </select>
        <button type="submit">{t('map.show')}</button>
      </Form>
      <GermanyMap locale={locale} points={points} titleId="map-title" states={states} isLarge />
      <h2>{t('map.listTitle')}</h2>
      {points.length === 0 ? (
        <p>{t('map.none')}</p>
      ) : (
        <ScrollableTable label={t('map.listTitle')}>
          <table className="compare map-list" data-testid="map-list">
            <thead>
              <tr>
                <th scope="col">{t('map.what')}</th>
                <th scope="col">{t('map.place')}</th>
              </tr>
            </thead>
            {sections.map((section) => (
              <tbody key={section.id ?? section.points[0].id} id={section.id}>
                {section.points.map(row)}
              </tbody>
            ))}
          </table>
        </ScrollableTable>
      )}
    </>
  )
}
