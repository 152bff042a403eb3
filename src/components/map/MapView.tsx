import type { Locale } from '@/constants'
import { getCatalogue, searchCatalogue } from '@/data/catalogue'
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
  const { kind, sector } = selected
  const [points, catalogue, inCatalogue] = await Promise.all([
    getMapPoints({ payload, locale }),
    getCatalogue({ payload, locale }),
    // Counted under the map's filter: a state links to its products only when it has some.
    searchCatalogue({
      payload,
      locale,
      filters: { ...(kind ? { kind: [kind] } : {}), ...(sector ? { sector: [sector] } : {}) },
    }),
  ])
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
        productsByState={inCatalogue.facetCounts.state}
      />
    </SiteShell>
  )
}
