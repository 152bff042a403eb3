import { notFound } from 'next/navigation'

import { ContactConsentForm } from '@/components/adopterQuestion/ContactConsentForm'
import { RequestSummary } from '@/components/request/tracking/RequestSummary'
import { RequesterForms } from '@/components/request/tracking/RequesterForms'
import { trackingTexts } from '@/components/request/tracking/texts'
import { titled } from '@/components/site/metadata'
import { Alert } from '@/components/ui/Alert'
import { SiteShell } from '@/components/site/SiteShell'
import { getRequestContactConsent } from '@/data/contactConsent'
import { getTrackedRequest } from '@/data/tracking'
import type { TextKey } from '@/i18n'
import { otherLocale, pageLocale, type PageProps } from '@/i18n/routing'
import { trackingPath } from '@/lib/paths'
import { getPayloadClient } from '@/services/payload'

// Reads the query string or the visitor's session: rendered per request, never cached.
export const dynamic = 'force-dynamic'

// The token is a key: keep it out of search engines and out of other sites' referrer logs.
export const generateMetadata = titled('tracking.title', {
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
})

/** What the page may be told after a form was sent (`?hinweis=…` or `?fehler=…`). */
const NOTICES = ['messageSent', 'withdrawn', 'rateLimited'] as const
const ERRORS = ['messageRequired', 'confirmRequired', 'closed'] as const

/** `/anfrage/[token]`: status, history and the requester's own actions, without a login. */
export default async function TrackingRoute({
  params,
  searchParams,
}: PageProps<{ token: string }>) {
  const locale = await pageLocale(params)
  const { token } = await params
  const query = await searchParams
  const payload = await getPayloadClient()
  const tracked = await getTrackedRequest({ payload, locale, token })
  if (!tracked) notFound()
  // Issue 13: an adopted request's adopter is asked whether visitors may put questions to them.
  const contactConsent =
    tracked.request.status === 'adopted'
      ? await getRequestContactConsent({ payload, requestId: tracked.request.id })
      : undefined
  const t = trackingTexts(locale)
  const notice = NOTICES.find((key) => key === query.hinweis)
  const error = ERRORS.find((key) => key === query.fehler)
  return (
    <SiteShell locale={locale} alternateHref={trackingPath({ locale: otherLocale(locale), token })}>
      <h1>{t('tracking.title')}</h1>
      {query.neu ? <Alert kind="success" role="status" title={t('tracking.received')} /> : null}
      {notice ? (
        <Alert
          kind={notice === 'rateLimited' ? 'warning' : 'success'}
          role="status"
          title={
            notice === 'rateLimited'
              ? t('requestErrors.rateLimited', {
                  minutes: Math.max(1, Number(query.minuten) || 10),
                })
              : t(`tracking.${notice}` as TextKey)
          }
        />
      ) : null}
      {error ? (
        <Alert kind="danger" role="alert" title={t(`requestErrors.${error}` as TextKey)} />
      ) : null}
      <p className="muted">{t('tracking.linkHint')}</p>
      <RequestSummary locale={locale} tracked={tracked} />
      {contactConsent !== undefined ? (
        <ContactConsentForm locale={locale} token={token} isGiven={contactConsent} />
      ) : null}
      <RequesterForms
        locale={locale}
        token={token}
        isClosed={tracked.isClosed}
        feedback={{ error, form: query.formular }}
      />
    </SiteShell>
  )
}
