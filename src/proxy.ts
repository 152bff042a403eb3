import { NextResponse, type NextRequest } from 'next/server'

import { translate } from '@/i18n'
import { ONE_CLICK_UNSUBSCRIBE_PATH } from '@/lib/follow/paths'
import { isCrossSiteStateChange, originOf } from '@/lib/http/csrf'
import {
  isMethodNotAllowed,
  MISSING_DOCUMENT_HEADER,
  PAGE_LOCALE_HEADER,
  publicRoute,
  READ_ONLY_METHODS,
} from '@/lib/http/localeRouting'
import { publicPages } from '@/lib/http/publicPages'

const configuredOrigin = originOf(process.env.NEXT_PUBLIC_SERVER_URL)

/**
 * The app registers how to ask about public pages when it first renders one. Until then this
 * process has rendered nothing: it renders the home page once, over loopback, so that a first
 * request for a missing document also gets the whole 404 page.
 */
let warmingUp: Promise<unknown> | undefined
const pagesOrWarmUp = async () => {
  if (publicPages()) return publicPages()
  warmingUp ??= fetch(`http://127.0.0.1:${process.env.PORT ?? '3000'}/`, {
    signal: AbortSignal.timeout(10_000),
  }).catch(() => undefined)
  await warmingUp
  return publicPages()
}

/**
 * Every request: a state change that a browser sends on behalf of another site is refused (403)
 * before it reaches Payload or a server action (src/lib/http/csrf.ts). The rate limits need the
 * database and live where the writes are. Then what the rewrites onto the one page tree
 * `app/[locale]` need to know (src/lib/http/localeRouting.ts).
 */
export async function proxy(request: NextRequest) {
  const { nextUrl } = request
  // The Host a browser sent is the site it believes it talks to; a third site cannot change it.
  const host = request.headers.get('host')
  const ownOrigins = [
    ...(host ? [`${nextUrl.protocol}//${host}`] : []),
    nextUrl.origin,
    ...(configuredOrigin ? [configuredOrigin] : []),
  ]
  // The language of error answers: English under /en/, German elsewhere.
  const locale = nextUrl.pathname.startsWith('/en/') ? 'en' : 'de'
  // RFC 8058's one-click unsubscribe is posted by mail programs, some from a webmail page (another
  // site); it acts on the token in its address, never on a login, so there is nothing to forge.
  const isOneClickUnsubscribe =
    request.method === 'POST' && nextUrl.pathname === ONE_CLICK_UNSUBSCRIBE_PATH
  if (
    !isOneClickUnsubscribe &&
    isCrossSiteStateChange({ method: request.method, headers: request.headers, ownOrigins })
  ) {
    return NextResponse.json(
      { errors: [{ message: translate({ key: 'errors.crossSite', locale }) }] },
      { status: 403, headers: { 'cache-control': 'no-store' } },
    )
  }
  if (isMethodNotAllowed(request.method, nextUrl.pathname)) {
    return NextResponse.json(
      { errors: [{ message: translate({ key: 'errors.methodNotAllowed', locale }) }] },
      {
        status: 405,
        headers: { allow: READ_ONLY_METHODS.join(', '), 'cache-control': 'no-store' },
      },
    )
  }
  const route = publicRoute(nextUrl.pathname)
  // On the Host the visitor asked (nextUrl calls 127.0.0.1 "localhost").
  if (route.kind === 'redirect') {
    const location = new URL(
      `${route.location}${nextUrl.search}`,
      host ? `${nextUrl.protocol}//${host}` : nextUrl,
    )
    return NextResponse.redirect(location, 308)
  }
  // The rewrites in next.config.ts map the address onto app/[locale]; two request headers tell
  // them and the 404 page what only this proxy may say: the address's language (German unless
  // set) and that its document is missing. A missing one is answered here, where Next still
  // renders the whole 404 page on the server: a page that calls notFound() itself gets an empty
  // document that needs JavaScript (vercel/next.js#62228). The page's notFound() stays as a
  // fallback. Headers are rewritten only when something must be said or a visitor sent them.
  const page = route.kind === 'page' ? route : undefined
  const pages = page?.document ? await pagesOrWarmUp() : undefined
  const isMissing =
    page?.document !== undefined &&
    pages !== undefined &&
    !(await pages.exists(page.document, request.headers))
  const isEnglish = page?.locale === 'en'
  const wasSent =
    request.headers.has(MISSING_DOCUMENT_HEADER) || request.headers.has(PAGE_LOCALE_HEADER)
  if (!isMissing && !isEnglish && !wasSent) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.delete(MISSING_DOCUMENT_HEADER)
  headers.delete(PAGE_LOCALE_HEADER)
  if (isEnglish) headers.set(PAGE_LOCALE_HEADER, 'en')
  if (isMissing) headers.set(MISSING_DOCUMENT_HEADER, page.locale)
  return NextResponse.next({ request: { headers } })
}

// Every path but Next's own static files: a server action can be posted to any page.
export const config = { matcher: ['/((?!_next/static|_next/image).*)'] }
