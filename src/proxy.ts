import { NextResponse, type NextRequest } from 'next/server'

import { translate } from '@/i18n'
import { isCrossSiteStateChange, originOf } from '@/lib/http/csrf'

const configuredOrigin = originOf(process.env.NEXT_PUBLIC_SERVER_URL)

/**
 * Every request: a state change that a browser sends on behalf of another site is refused (403)
 * before it reaches Payload or a server action (src/lib/http/csrf.ts). The rate limits need the
 * database and live where the writes are (src/services/rateLimit.ts).
 */
export function proxy(request: NextRequest) {
  // The Host a browser sent is the site it believes it talks to; a third site cannot change it.
  const host = request.headers.get('host')
  const ownOrigins = [
    ...(host ? [`${request.nextUrl.protocol}//${host}`] : []),
    request.nextUrl.origin,
    ...(configuredOrigin ? [configuredOrigin] : []),
  ]
  if (!isCrossSiteStateChange({ method: request.method, headers: request.headers, ownOrigins }))
    return NextResponse.next()
  const locale = request.nextUrl.pathname.startsWith('/en/') ? 'en' : 'de'
  return NextResponse.json(
    { errors: [{ message: translate({ key: 'errors.crossSite', locale }) }] },
    { status: 403, headers: { 'cache-control': 'no-store' } },
  )
}

// Every path but Next's own static files: a server action can be posted to any page.
export const config = { matcher: ['/((?!_next/static|_next/image).*)'] }
