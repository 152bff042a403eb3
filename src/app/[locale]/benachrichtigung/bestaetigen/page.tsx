import { confirmFollow } from '@/components/follow/actions'
import { titled } from '@/components/site/metadata'
import { SiteShell } from '@/components/site/SiteShell'
import { Alert } from '@/components/ui/Alert'
import type { Locale } from '@/constants'
import { translate, type TextKey } from '@/i18n'
import { otherLocale, pageLocale, type PageProps } from '@/i18n/routing'
import { confirmPath } from '@/lib/follow/paths'
import { cataloguePath } from '@/lib/paths'
import { followedThing } from '@/services/follow/describe'
import { findPendingByConfirmToken } from '@/services/follow/subscriptions'
import { getPayloadClient } from '@/services/payload'

// Reads a token from the address: rendered per request (private, no-store), never indexed, and
// the token is not passed on to the next site.
export const dynamic = 'force-dynamic'

export const generateMetadata = titled('follow.confirm.title', {
  robots: { index: false },
  referrer: 'no-referrer',
})

const OUTCOMES = ['confirmed', 'expired', 'invalid', 'rateLimited'] as const
type Outcome = (typeof OUTCOMES)[number]

const Result = ({ locale, outcome }: { locale: Locale; outcome: Outcome }) => {
  const t = (key: TextKey) => translate({ key, locale })
  return (
    <Alert
      kind={outcome === 'confirmed' ? 'success' : 'warning'}
      role="status"
      title={t(`follow.confirm.${outcome}Title` as TextKey)}
    >
      <p className="kern-body">{t(`follow.confirm.${outcome}` as TextKey)}</p>
      <p className="kern-body">
        <a href={cataloguePath(locale)}>{t('follow.backToCatalogue')}</a>
      </p>
    </Alert>
  )
}

/**
 * The confirmation link's page: it shows what will be followed and one button that confirms. A
 * GET changes nothing, so a mail scanner that opens links cannot confirm on someone's behalf.
 */
export default async function ConfirmFollowRoute({ params, searchParams }: PageProps) {
  const locale = await pageLocale(params)
  const { token, ergebnis } = await searchParams
  const t = (key: TextKey) => translate({ key, locale })
  const shell = (children: React.ReactNode) => (
    <SiteShell
      locale={locale}
      alternateHref={confirmPath({ locale: otherLocale(locale), token: '' })}
    >
      <h1>{t('follow.confirm.title')}</h1>
      {children}
    </SiteShell>
  )
  if (OUTCOMES.includes(ergebnis as Outcome))
    return shell(<Result locale={locale} outcome={ergebnis as Outcome} />)
  const payload = await getPayloadClient()
  const found = await findPendingByConfirmToken({ payload, token: String(token ?? '') })
  if (found.outcome !== 'pending') return shell(<Result locale={locale} outcome={found.outcome} />)
  const thing = await followedThing({ payload, locale, subscription: found.subscription })
  return shell(
    <>
      <p>
        {thing?.kind === 'search'
          ? translate({
              key: 'follow.mail.aboutSearch',
              locale,
              values: { search: thing.description },
            })
          : translate({
              key: 'follow.mail.aboutProduct',
              locale,
              values: { title: thing?.title ?? '' },
            })}
      </p>
      <p>{t('follow.confirm.intro')}</p>
      <form id="bestaetigen" action={confirmFollow}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={String(token)} />
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t('follow.confirm.button')}</span>
        </button>
      </form>
    </>,
  )
}
