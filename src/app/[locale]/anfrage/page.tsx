import { RequestForm } from '@/components/request/RequestForm.client'
import { titled } from '@/components/site/metadata'
import { SiteShell } from '@/components/site/SiteShell'
import { FEDERAL_STATES, ORGANISATION_TYPES } from '@/constants'
import { getEntriesBySlugs } from '@/data/catalogue'
import { getSiteSettings } from '@/data/network'
import { dictionaries, translate, type TextKey } from '@/i18n'
import { otherLocale, pageLocale, type PageProps } from '@/i18n/routing'
import { legalPath, requestFormPath } from '@/lib/paths'
import { issueFormChallenge } from '@/lib/requests/antiAbuse'
import { emptyRequestForm, MAX_PRODUCTS } from '@/lib/requests/form'
import { getPayloadClient } from '@/services/payload'

// Reads the query string or the visitor's session: rendered per request, never cached.
export const dynamic = 'force-dynamic'

export const generateMetadata = titled('request.title', { robots: { index: false } })

/** `/anfrage?produkt=…`: the request form for the products in the address. */
export default async function RequestFormRoute({ params, searchParams }: PageProps) {
  const locale = await pageLocale(params)
  const { produkt } = await searchParams
  const asked = Array.isArray(produkt) ? produkt : produkt ? [produkt] : []
  const slugs = [...new Set(asked)].slice(0, MAX_PRODUCTS)
  const payload = await getPayloadClient()
  const [entries, settings, challenge] = await Promise.all([
    getEntriesBySlugs({ payload, locale, slugs }),
    getSiteSettings({ payload, locale }),
    issueFormChallenge(),
  ])
  const t = (key: TextKey) => translate({ key, locale })
  const chosen = entries.map((entry) => entry.slug)
  const choices = (group: 'organisationTypes' | 'states', values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`options.${group}.${value}` as TextKey) }))
  return (
    <SiteShell
      locale={locale}
      alternateHref={requestFormPath({ locale: otherLocale(locale), slugs: chosen })}
    >
      <h1>{t('request.title')}</h1>
      <p>{t('request.intro')}</p>
      <RequestForm
        locale={locale}
        initial={{ values: emptyRequestForm(chosen), errors: {}, challenge, attempt: 0 }}
        texts={dictionaries[locale].request}
        products={entries.map((entry) => ({ slug: entry.slug, title: entry.title }))}
        organisationTypes={choices('organisationTypes', ORGANISATION_TYPES)}
        states={choices('states', FEDERAL_STATES)}
        privacyHref={legalPath({ locale, page: 'privacy' })}
        privacyVersion={settings.privacyPolicyVersion}
        permalink={requestFormPath({ locale, slugs: chosen })}
        today={new Date().toISOString().slice(0, 10)}
      />
    </SiteShell>
  )
}
