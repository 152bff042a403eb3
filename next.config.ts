import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import { fileURLToPath } from 'node:url'

import { MEDIA_MAX_BYTES } from './src/constants'
import { publicCacheRules } from './src/lib/http/cacheHeaders'
import { localeRewrites } from './src/lib/http/localeRouting'
import {
  API_NO_STORE_SOURCE,
  assetHeaders,
  DOCUMENT_SOURCE,
  PREVIEW_SOURCES,
  previewFrameHeaders,
  securityHeaders,
  STATIC_ASSET_SOURCE,
} from './src/lib/http/securityHeaders'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Public pages are kept per instance and dropped when the public data changes (see the file).
  cacheHandler: fileURLToPath(new URL('./src/lib/cache/pageCacheHandler.mjs', import.meta.url)),
  cacheMaxMemorySize: 0,
  experimental: {
    // app/global-not-found.tsx: the whole 404 document, for addresses no page matches.
    globalNotFound: true,
    // forbidden() answers 403 from the admin's server functions (src/services/adminServerFunctions).
    authInterrupts: true,
    // src/proxy.ts sees every request; it must pass an upload of the largest allowed size on
    // whole, or Payload would get a cut-off body instead of answering 413 itself.
    proxyClientMaxBodySize: MEDIA_MAX_BYTES + 1024 * 1024,
  },
  // KERN UX is compiled from its SCSS sources (src/styles/_kern.scss); its own deprecation
  // warnings are the package's to fix.
  sassOptions: {
    loadPaths: ['node_modules'],
    quietDeps: true,
    silenceDeprecations: ['if-function'],
  },
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  headers: async () => [
    {
      source: DOCUMENT_SOURCE,
      headers: securityHeaders({
        isDevelopment: process.env.NODE_ENV === 'development',
        isHttps: (process.env.NEXT_PUBLIC_SERVER_URL ?? '').startsWith('https://'),
      }),
    },
    ...PREVIEW_SOURCES.map((source) => ({
      source,
      headers: previewFrameHeaders({ isDevelopment: process.env.NODE_ENV === 'development' }),
    })),
    { source: STATIC_ASSET_SOURCE, headers: assetHeaders },
    { source: API_NO_STORE_SOURCE, headers: [{ key: 'Cache-Control', value: 'no-store' }] },
    ...publicCacheRules(),
  ],
  // One page tree for both languages (German unprefixed): src/lib/http/localeRouting.ts.
  rewrites: async () => ({ beforeFiles: localeRewrites(), afterFiles: [], fallback: [] }),
  // What Next itself sends for a cached page not in publicCacheRules: stale for at most an hour.
  expireTime: 3600,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
