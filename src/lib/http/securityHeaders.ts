/**
 * The headers every response carries (next.config.ts). The Content-Security-Policy loads
 * everything from the app's own origin. Scripts allow 'unsafe-inline' because Next.js streams
 * its page data in inline scripts: the alternative, a nonce, needs every page rendered per
 * request, which rules out serving public pages from a shared cache. No third-party origin is
 * allowed anywhere, so an injected inline script could still reach only this origin.
 */
export const contentSecurityPolicy = ({
  isDevelopment,
  frameAncestors = "'none'",
}: {
  isDevelopment: boolean
  frameAncestors?: "'none'" | "'self'"
}): string =>
  [
    "default-src 'self'",
    // React's development build evaluates source maps; production needs no eval.
    `script-src 'self' 'unsafe-inline'${isDevelopment ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${isDevelopment ? ' ws: wss:' : ''}`,
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    `frame-ancestors ${frameAncestors}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')

export const securityHeaders = ({
  isDevelopment,
  isHttps,
}: {
  isDevelopment: boolean
  isHttps: boolean
}): { key: string; value: string }[] => [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy({ isDevelopment }) },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ...(isHttps ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000' }] : []),
]

/**
 * API answers can carry personal data (requests, users, exports): no shared or browser cache may
 * keep them. Media files are public and may be cached.
 */
export const API_NO_STORE_SOURCE = '/api/:path((?!media/file/).*)'

/**
 * Next's build output (scripts, styles, fonts) only needs `nosniff`: the policies above govern
 * documents, and sending them with every file would add some 600 bytes to each.
 */
export const STATIC_ASSET_SOURCE = '/_next/static/:path*'
export const DOCUMENT_SOURCE = '/:path((?!_next/static/).*)'
export const assetHeaders = [{ key: 'X-Content-Type-Options', value: 'nosniff' }]

/**
 * The staff preview of a product is the one page the app frames itself: the admin's live preview
 * shows it in an iframe. Same origin only; every other page stays unframeable. (Next applies
 * these after the general rule, and a later rule's header replaces an earlier one's.)
 */
export const PREVIEW_SOURCES = ['/vorschau/:path*', '/en/vorschau/:path*']
export const previewFrameHeaders = ({
  isDevelopment,
}: {
  isDevelopment: boolean
}): { key: string; value: string }[] => [
  {
    key: 'Content-Security-Policy',
    value: contentSecurityPolicy({ isDevelopment, frameAncestors: "'self'" }),
  },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
]
