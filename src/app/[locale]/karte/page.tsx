import { MapView } from '@/components/map/MapView'
import { titled } from '@/components/site/metadata'
import { pageLocale, type PageProps } from '@/i18n/routing'

export const generateMetadata = titled('map.title')

/** The whole map, from the page cache; a filtered map is rewritten to ./auswahl by src/proxy.ts. */
export default async function MapRoute({ params }: PageProps) {
  return <MapView locale={await pageLocale(params)} />
}
