import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // app/global-not-found.tsx: a whole 404 document for URLs that match no route.
    globalNotFound: true,
    // forbidden() answers 403 from the admin's server functions (src/services/adminServerFunctions).
    authInterrupts: true,
  },
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
