import type { Locale } from '@/constants'
import { getCatalogue } from '@/data/catalogue'
import { getMapPoints } from '@/data/map'
import { otherLocale } from '@/i18n/routing'
import { mapPath, withQuery } from '@/lib/paths'
import { getPayloadClient } from '@/services/payload'

import { SiteShell } from '../site/SiteShell'
import { MapPage } from './MapPage'

/**
 * The map with its frame, unfiltered (app/[locale]/karte, from the page cache) or filtered by
 * kind and sector (app/[locale]/karte/auswahl, per request).
 */
export async function MapView({
  locale,
  selected = {},
}: {
  locale: Locale
  selected?: { kind?: string; sector?: string }
}) {
  const payload = await getPayloadClient()
  const [points, catalogue] = await Promise.all([
    getMapPoints({ payload, locale }),
    getCatalogue({ payload, locale }),
  ])
  const { kind, sector } = selected
  const shown = points.filter(
    (point) => (!kind || point.kinds.includes(kind)) && (!sector || point.sectors.includes(sector)),
  )
  const kinds = [...new Set(points.flatMap((point) => point.kinds))].sort()
  const sectors = Object.entries(catalogue.facetLabels.sector ?? {}).map(([slug, name]) => ({
    slug,
    name,
  }))
  return (
    <SiteShell locale={locale} alternateHref={withQuery(mapPath(otherLocale(locale)), selected)}>
      <MapPage
        locale={locale}
        points={shown}
        kinds={kinds}
        sectors={sectors}
        selected={selected}
        action={mapPath(locale)}
      />
    </SiteShell>
  )
}
