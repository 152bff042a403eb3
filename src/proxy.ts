import { NextResponse, type NextRequest } from 'next/server'

import { translate } from '@/i18n'
import { clientAddress, consume, requestRateLimit } from '@/lib/requests/rateLimit'

/**
 * Per-address limit on the public forms (the request form and the tracking page's actions).
 * Over the limit, a plain POST is answered with 429 and a readable page; a POST from the
 * JavaScript form gets the same message inside the form (the action sees `x-rate-limited`), so
 * nothing is stored either way.
 */
export function proxy(request: NextRequest) {
  if (request.method !== 'POST') return NextResponse.next()
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
  const locale = request.nextUrl.pathname.startsWith('/en/') ? 'en' : 'de'
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

export const config = { matcher: ['/anfrage/:path*', '/en/anfrage/:path*'] }
