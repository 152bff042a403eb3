import { MapView } from '@/components/map/MapView'
import { titled } from '@/components/site/metadata'
import { pageLocale, type PageProps } from '@/i18n/routing'
import { mapPath } from '@/lib/paths'

// Reads the query string or the visitor's session: rendered per request, never cached.
export const dynamic = 'force-dynamic'

// Reached as /karte?kind=…&sector=… (src/proxy.ts); its address is the map's.
export const generateMetadata = titled('map.title', {
  alternates: { canonical: mapPath('de') },
  robots: { index: false },
})

const single = (value: string | string[] | undefined) =>
  typeof value === 'string' && value ? value : undefined

/** The map filtered by kind and sector: rendered per request, as it reads the query string. */
export default async function FilteredMapRoute({ params, searchParams }: PageProps) {
  const query = await searchParams
  return (
    <MapView
      locale={await pageLocale(params)}
      selected={{ kind: single(query.kind), sector: single(query.sector) }}
    />
  )
}
