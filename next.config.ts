import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { MEDIA_MAX_BYTES } from './src/constants'
import { API_NO_STORE_SOURCE, securityHeaders } from './src/lib/http/securityHeaders'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // app/global-not-found.tsx: a whole 404 document for URLs that match no route.
    globalNotFound: true,
    // forbidden() answers 403 from the admin's server functions (src/services/adminServerFunctions).
    authInterrupts: true,
    // src/proxy.ts sees every request; it must pass an upload of the largest allowed size on
    // whole, or Payload would get a cut-off body instead of answering 413 itself.
    proxyClientMaxBodySize: MEDIA_MAX_BYTES + 1024 * 1024,
  },
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  headers: async () => [
    {
      source: '/:path*',
      headers: securityHeaders({
        isDevelopment: process.env.NODE_ENV === 'development',
        isHttps: (process.env.NEXT_PUBLIC_SERVER_URL ?? '').startsWith('https://'),
      }),
    },
    { source: API_NO_STORE_SOURCE, headers: [{ key: 'Cache-Control', value: 'no-store' }] },
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
