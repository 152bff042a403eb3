import { notFound } from 'next/navigation'

import { FollowForm } from '@/components/follow/FollowForm.client'
import { titled } from '@/components/site/metadata'
import { SiteShell } from '@/components/site/SiteShell'
import { getCatalogue } from '@/data/catalogue'
import { getSiteSettings } from '@/data/network'
import { dictionaries, translate } from '@/i18n'
import { otherLocale, pageLocale, type PageProps } from '@/i18n/routing'
import { followPath, type FollowTarget } from '@/lib/follow/paths'
import { normaliseSavedSearch, savedSearchKey } from '@/lib/follow/savedSearch'
import { legalPath } from '@/lib/paths'
import { issueFormChallenge } from '@/lib/requests/antiAbuse'
import { describeSearch } from '@/services/follow/describe'
import { getPayloadClient } from '@/services/payload'

// Reads the query string and issues a form token: rendered per request, never cached.
export const dynamic = 'force-dynamic'

export const generateMetadata = titled('follow.form.title', { robots: { index: false } })

const single = (value: string | string[] | undefined): string =>
  (Array.isArray(value) ? value[0] : value) ?? ''

/**
 * `/benachrichtigung?produkt=…` or `/benachrichtigung?q=…&kind=…`: the follow form for a product
 * or for the catalogue search in the address (the small forms on /produkte and the product pages
 * lead here with the address already typed in).
 */
export default async function FollowRoute({ params, searchParams }: PageProps) {
  const locale = await pageLocale(params)
  const query = await searchParams
  const payload = await getPayloadClient()
  const slug = single(query.produkt)
  let target: FollowTarget
  let about: string
  if (slug) {
    const entry = (await getCatalogue({ payload, locale })).bySlug.get(slug)
    if (!entry) notFound()
    target = { kind: 'product', slug }
    about = translate({ key: 'follow.mail.aboutProduct', locale, values: { title: entry.title } })
  } else {
    const search = normaliseSavedSearch(query)
    target = { kind: 'search', search }
    about = translate({
      key: 'follow.mail.aboutSearch',
      locale,
      values: { search: await describeSearch({ payload, locale, search }) },
    })
  }
  const [settings, challenge] = await Promise.all([
    getSiteSettings({ payload, locale }),
    issueFormChallenge(),
  ])
  const email = single(query.email).slice(0, 254)
  return (
    <SiteShell locale={locale} alternateHref={followPath({ locale: otherLocale(locale), target })}>
      <h1>{translate({ key: 'follow.form.title', locale })}</h1>
      <p>{about}</p>
      <p>{translate({ key: 'follow.form.intro', locale })}</p>
      <FollowForm
        locale={locale}
        initial={{ email, hasConsent: false, errors: {}, challenge, attempt: 0 }}
        target={
          target.kind === 'product' ? `produkt:${slug}` : `suche:${savedSearchKey(target.search)}`
        }
        texts={dictionaries[locale].follow.form}
        proofTexts={dictionaries[locale].request}
        privacyHref={legalPath({ locale, page: 'privacy' })}
        privacyVersion={settings.privacyPolicyVersion}
        permalink={followPath({ locale, target })}
      />
    </SiteShell>
  )
}
