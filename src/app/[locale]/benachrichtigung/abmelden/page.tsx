import { readTokens } from '@/collections/Subscriptions/unsubscribe'
import { unsubscribeFollow } from '@/components/follow/actions'
import { titled } from '@/components/site/metadata'
import { SiteShell } from '@/components/site/SiteShell'
import { Alert } from '@/components/ui/Alert'
import { translate, type TextKey } from '@/i18n'
import { otherLocale, pageLocale, type PageProps } from '@/i18n/routing'
import { unsubscribePath } from '@/lib/follow/paths'
import { cataloguePath } from '@/lib/paths'

// Reads tokens from the address: rendered per request (private, no-store), never indexed.
export const dynamic = 'force-dynamic'

export const generateMetadata = titled('follow.unsubscribe.title', {
  robots: { index: false },
  referrer: 'no-referrer',
})

const OUTCOMES = ['done', 'invalid', 'rateLimited'] as const

/**
 * The page behind a notice mail's unsubscribe link: one button, no questions. Opening the link
 * (GET) deletes nothing, because mail scanners open links (RFC 8058, section 1); the mail
 * program's own one-click unsubscribe posts to /api/subscriptions/unsubscribe instead.
 */
export default async function UnsubscribeRoute({ params, searchParams }: PageProps) {
  const locale = await pageLocale(params)
  const query = await searchParams
  const t = (key: TextKey) => translate({ key, locale })
  const values = [query.token ?? []].flat()
  const tokens = readTokens(values)
  const outcome =
    OUTCOMES.find((value) => value === query.ergebnis) ?? (tokens ? undefined : 'invalid')
  return (
    <SiteShell
      locale={locale}
      alternateHref={unsubscribePath({ locale: otherLocale(locale), tokens: tokens ?? [] })}
    >
      <h1>{t('follow.unsubscribe.title')}</h1>
      {outcome ? (
        <Alert
          kind={outcome === 'done' ? 'success' : 'warning'}
          role="status"
          title={t(`follow.unsubscribe.${outcome}Title` as TextKey)}
        >
          <p className="kern-body">{t(`follow.unsubscribe.${outcome}` as TextKey)}</p>
          <p className="kern-body">
            <a href={cataloguePath(locale)}>{t('follow.backToCatalogue')}</a>
          </p>
        </Alert>
      ) : (
        <>
          <p>{t('follow.unsubscribe.intro')}</p>
          <form id="abmelden" action={unsubscribeFollow}>
            <input type="hidden" name="locale" value={locale} />
            {tokens!.map((token) => (
              <input key={token} type="hidden" name="token" value={token} />
            ))}
            <button type="submit" className="kern-btn kern-btn--primary">
              <span className="kern-label">{t('follow.unsubscribe.button')}</span>
            </button>
          </form>
        </>
      )}
    </SiteShell>
  )
}
