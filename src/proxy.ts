import { NextResponse, type NextRequest } from 'next/server'

import { translate } from '@/i18n'
import { isCrossSiteStateChange, originOf } from '@/lib/http/csrf'
import { clientAddress, consume, requestRateLimit } from '@/lib/requests/rateLimit'

const configuredOrigin = originOf(process.env.NEXT_PUBLIC_SERVER_URL)

/**
 * Every request: a state change that a browser sends on behalf of another site is refused (403)
 * before it reaches Payload or a server action (src/lib/http/csrf.ts).
 *
 * Per-address limit on the public forms (the request form and the tracking page's actions).
 * Over the limit, a plain POST is answered with 429 and a readable page; a POST from the
 * JavaScript form gets the same message inside the form (the action sees `x-rate-limited`), so
 * nothing is stored either way.
 */
export function proxy(request: NextRequest) {
  const locale = request.nextUrl.pathname.startsWith('/en/') ? 'en' : 'de'
  // The Host a browser sent is the site it believes it talks to; a third site cannot change it.
  const host = request.headers.get('host')
  const ownOrigins = [
    ...(host ? [`${request.nextUrl.protocol}//${host}`] : []),
    request.nextUrl.origin,
    ...(configuredOrigin ? [configuredOrigin] : []),
  ]
  if (isCrossSiteStateChange({ method: request.method, headers: request.headers, ownOrigins }))
    return NextResponse.json(
      { errors: [{ message: translate({ key: 'errors.crossSite', locale }) }] },
      { status: 403, headers: { 'cache-control': 'no-store' } },
    )
  if (request.method !== 'POST' || !isFormPath(request.nextUrl.pathname)) return NextResponse.next()
  const { allowed, retryAfterSeconds } = consume(
    `forms:${clientAddress(request.headers)}`,
    requestRateLimit(),
  )
  if (allowed) return NextResponse.next()
  if (request.headers.has('next-action')) {
    const headers = new Headers(request.headers)
    headers.set('x-rate-limited', String(retryAfterSeconds))
    return NextResponse.next({ request: { headers } })
  }
  const minutes = Math.ceil(retryAfterSeconds / 60)
  const title = translate({ key: 'requestErrors.rateLimitedTitle', locale })
  const message = translate({ key: 'requestErrors.rateLimited', locale, values: { minutes } })
  const back = translate({ key: 'requestErrors.back', locale })
  const body = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><main><h1>${title}</h1><p>${message}</p><p><a href="${request.nextUrl.pathname}">${back}</a></p></main></body></html>`
  return new NextResponse(body, {
    status: 429,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'retry-after': String(retryAfterSeconds),
      'cache-control': 'no-store',
    },
  })
}

const isFormPath = (pathname: string): boolean => /^(\/en)?\/anfrage(\/|$)/.test(pathname)

// Every path but Next's own static files: a server action can be posted to any page.
export const config = { matcher: ['/((?!_next/static|_next/image).*)'] }
