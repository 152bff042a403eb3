import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'

import type { Locale } from '@/constants'
import { getSiteSettings } from '@/data/network'
import { translate, type TextKey } from '@/i18n'
import { otherLocale, pageLocale, type LocaleParams } from '@/i18n/routing'
import { legalPath, type LegalPage as Page } from '@/lib/paths'
import { getPayloadClient } from '@/services/payload'

import { SiteShell } from './SiteShell'

/** Which site setting holds each legal page's text, and its heading. */
const LEGAL_FIELDS = {
  imprint: 'imprint',
  privacy: 'privacyPolicy',
  accessibility: 'accessibilityStatement',
} as const
const LEGAL_TITLES: Record<Page, TextKey> = {
  imprint: 'legal.imprint',
  privacy: 'legal.privacy',
  accessibility: 'legal.accessibility',
}

export const legalMetadata =
  (page: Page) =>
  async ({ params }: { params: Promise<LocaleParams> }): Promise<Metadata> => {
    const locale = await pageLocale(params)
    return {
      title: `${translate({ key: LEGAL_TITLES[page], locale })} · ${translate({ key: 'site.name', locale })}`,
    }
  }

/** Imprint, privacy policy, accessibility statement: texts the office keeps in the site settings. */
export async function LegalPage({ locale, page }: { locale: Locale; page: Page }) {
  const settings = await getSiteSettings({ payload: await getPayloadClient(), locale })
  const content = settings[LEGAL_FIELDS[page]]
  return (
    <SiteShell locale={locale} alternateHref={legalPath({ locale: otherLocale(locale), page })}>
      <h1>{translate({ key: LEGAL_TITLES[page], locale })}</h1>
      {page === 'privacy' ? (
        <p className="muted">
          {translate({
            key: 'legal.privacyVersion',
            locale,
            values: { version: settings.privacyPolicyVersion },
          })}
        </p>
      ) : null}
      {content ? <RichText data={content} /> : null}
    </SiteShell>
  )
}
