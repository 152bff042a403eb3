import type { MetadataRoute } from 'next'

import { APPLE_TOUCH_ICON_PATH, FAVICON_PATH } from '@/constants'
import { translate } from '@/i18n'
import { BRAND_ACCENT } from '@/lib/branding'

/** The web app manifest (`/manifest.webmanifest`): the name and icons for a home screen. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: translate({ key: 'site.name', locale: 'de' }),
    short_name: translate({ key: 'site.name', locale: 'de' }),
    description: translate({ key: 'site.tagline', locale: 'de' }),
    lang: 'de',
    start_url: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: BRAND_ACCENT,
    icons: [
      { src: FAVICON_PATH, sizes: 'any', type: 'image/svg+xml' },
      { src: APPLE_TOUCH_ICON_PATH, sizes: '180x180', type: 'image/png' },
    ],
  }
}
