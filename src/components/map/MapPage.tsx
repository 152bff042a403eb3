import Form from 'next/form'

import type { Locale } from '@/constants'
import type { MapPoint } from '@/data/map'
import { translate, type TextKey } from '@/i18n'

import { AutoSubmit } from '../catalogue/AutoSubmit.client'
import { GermanyMap, pointHref } from './GermanyMap'

/** The map page: a filter (GET form), the map, and the same places as a table. */
export function MapPage({
  locale,
  points,
  kinds,
  sectors,
  selected,
  action,
}: {
  locale: Locale
  points: MapPoint[]
  kinds: string[]
  sectors: { slug: string; name: string }[]
  selected: { kind?: string; sector?: string }
  action: string
}) {
  const t = (key: TextKey, values?: Record<string, string | number>) =>
    translate({ key, locale, values })
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
      <GermanyMap locale={locale} points={points} titleId="map-title" showStates />
      <h2>{t('map.listTitle')}</h2>
      {points.length === 0 ? (
        <p>{t('map.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="compare" data-testid="map-list">
            <thead>
              <tr>
                <th scope="col">{t('map.place')}</th>
                <th scope="col">{t('map.type')}</th>
                <th scope="col">{t('map.what')}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.id}>
                  <td>{[point.label, point.city].filter(Boolean).join(', ')}</td>
                  <td>
                    {point.type === 'project' ? t('map.legendProject') : t('map.legendAdoption')}
                  </td>
                  <td>
                    <a href={pointHref({ point, locale })}>{point.detail}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
