/**
 * Cross-site request forgery: a browser attaches the login cookie to a request that another site
 * makes it send. Browsers say where a request comes from (`Origin`, and `Sec-Fetch-Site` where
 * they send no Origin), so a state change is refused when either names another site, including
 * the opaque `Origin: null` of sandboxed frames and redirects. Clients that send neither (scripts
 * with a token in the Authorization header) cannot be made to act by a third site and pass.
 */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export const isCrossSiteStateChange = ({
  method,
  headers,
  ownOrigins,
}: {
  method: string
  headers: Headers
  /** The origins this app is served at (the configured public address and the request's own). */
  ownOrigins: string[]
}): boolean => {
  if (SAFE_METHODS.has(method.toUpperCase())) return false
  const origin = headers.get('origin')
  if (origin !== null) return !ownOrigins.includes(origin)
  return headers.get('sec-fetch-site') === 'cross-site'
}

/** The origin of a configured address (`https://example.org/path/` → `https://example.org`). */
export const originOf = (url: string | undefined): string | undefined => {
  if (!url) return undefined
  try {
    return new URL(url).origin
  } catch {
    return undefined
  }
}
