import type { PayloadRequest } from 'payload'

import { COLLECTIONS, DEFAULT_LOCALE, LOCALES, type AuditAction, type Locale } from '@/constants'
import type { User } from '@/payload-types'
import { TIME_ZONE } from '@/lib/dates'

/** An error answer in Payload's shape (`{ errors: [{ message }] }`), naming the field if any. */
export const jsonError = (status: number, message: string, field?: string): Response =>
  Response.json({ errors: [field ? { field, message } : { message }] }, { status })

/**
 * The caller if `allowed`, otherwise the answer to send instead: 400 naming `locale` for an
 * unknown or repeated `?locale=` (Payload drops the login of such a request, so it would
 * otherwise read as 401 to a logged-in user), 401 for anonymous callers, 403 for staff without
 * the right. Returned rather than thrown, so that Payload does not log every anonymous attempt as
 * a server error.
 */
export const authorise = (
  req: PayloadRequest,
  allowed: (user: User) => boolean,
): User | Response => {
  const locales = req.searchParams.getAll('locale')
  if (
    locales.length > 1 ||
    locales.some((locale) => !(LOCALES as readonly string[]).includes(locale))
  )
    return jsonError(400, `locale must be one of ${LOCALES.join(', ')}`, 'locale')
  if (!req.user) return jsonError(401, req.t('error:unauthorized'))
  if (!allowed(req.user)) return jsonError(403, req.t('error:notAllowedToPerformAction'))
  return req.user
}

/** The content locale asked for with `?locale=`, for localized titles and names. */
export const contentLocale = (req: PayloadRequest): Locale =>
  req.locale === 'en' ? 'en' : DEFAULT_LOCALE

/** `YYYY-MM-DD` in the offices' time zone, for file names. */
export const berlinDate = (now: Date): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now)

/** A download that neither the browser nor a proxy keeps: it holds personal data. */
export const attachment = ({
  body,
  contentType,
  filename,
}: {
  body: string
  contentType: string
  filename: string
}): Response =>
  new Response(body, {
    status: 200,
    headers: {
      'content-type': contentType,
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  })

/**
 * Notes in the audit log that personal data left the system. Written before the data is sent and
 * within the same request, so there is no export without its entry.
 */
export const recordExport = async ({
  req,
  action,
  user,
  details,
}: {
  req: PayloadRequest
  action: AuditAction
  user: User
  details: string
}): Promise<void> => {
  await req.payload.create({
    collection: COLLECTIONS.auditLog,
    data: { action, user: user.id, details },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
