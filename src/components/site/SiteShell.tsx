import Link from 'next/link'
import type { ReactNode } from 'react'

import type { Locale } from '@/constants'
import { getSiteSettings } from '@/data/network'
import { translate, type TextKey } from '@/i18n'
import { MARK_VIEWBOX } from '@/lib/branding'
import {
  cataloguePath,
  LEGAL_PAGES,
  legalPath,
  localeBase,
  mapPath,
  merklistePath,
  officesPath,
  openDataPath,
  projectsPath,
} from '@/lib/paths'
import { getPayloadClient } from '@/services/payload'

import { MarkShapes } from '../admin/branding/Mark'
import { MerklisteLink } from '../merkliste/MerklisteLink.client'

/**
 * Header, main landmark and footer of every public page. The programme, the funding line and the
 * contact come from the site settings (read from the public snapshot, so an edit shows within
 * seconds); the catalogue's name and the mark are the app's own.
 */
export async function SiteShell({
  locale,
  alternateHref,
  children,
}: {
  locale: Locale
  /** The same page in the other language. */
  alternateHref: string
  children: ReactNode
}) {
  const t = (key: TextKey) => translate({ key, locale })
  const other = locale === 'de' ? 'en' : 'de'
  const { identity, contact } = await getSiteSettings({ payload: await getPayloadClient(), locale })
  const programme = identity?.programme?.trim() || t('identity.programme')
  const address = contact?.postalAddress
  const addressLines = [
    address?.street,
    [address?.postcode, address?.city].filter(Boolean).join(' '),
  ].filter(Boolean)
  return (
    <>
      <a className="skip-link" href="#main">
        {t('site.skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href={localeBase(locale) || '/'} className="site-brand">
            <svg
              className="site-brand__mark"
              viewBox={MARK_VIEWBOX}
              width={48}
              height={48}
              aria-hidden="true"
              focusable="false"
            >
              <MarkShapes />
            </svg>
            <span className="site-brand__text">
              <span className="site-brand__name">{t('site.name')}</span>
              <span className="site-brand__programme">{programme}</span>
            </span>
          </Link>
          <nav aria-label={t('identity.navLabel')}>
            <ul className="site-nav">
              <li>
                <Link href={cataloguePath(locale)}>{t('catalogue.nav')}</Link>
              </li>
              <li>
                <Link href={projectsPath(locale)}>{t('network.projects')}</Link>
              </li>
              <li>
                <Link href={officesPath(locale)}>{t('network.offices')}</Link>
              </li>
              <li>
                <Link href={mapPath(locale)}>{t('map.nav')}</Link>
              </li>
              <li>
                <MerklisteLink href={merklistePath(locale)} label={t('merkliste.nav')} />
              </li>
              <li>
                <a
                  href={alternateHref}
                  hrefLang={other}
                  lang={other}
                  title={t('language.switchLabel')}
                >
                  {t('language.switchTo')}
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <section aria-labelledby="footer-about">
            <h2 className="site-footer__heading" id="footer-about">
              {t('identity.footerAbout')}
            </h2>
            <p>
              {t('site.name')}: {t('site.tagline')}
            </p>
            <p data-testid="footer-programme">{programme}</p>
            {identity?.fundingLine?.trim() ? (
              <p className="pre-line" data-testid="footer-funding">
                {identity.fundingLine.trim()}
              </p>
            ) : null}
          </section>
          {contact?.email || contact?.phone || addressLines.length ? (
            <section aria-labelledby="footer-contact">
              <h2 className="site-footer__heading" id="footer-contact">
                {t('identity.footerContact')}
              </h2>
              <address data-testid="footer-contact">
                {contact?.role ? (
                  <>
                    {contact.role}
                    <br />
                  </>
                ) : null}
                {addressLines.map((line) => (
                  <span key={line}>
                    {line}
                    <br />
                  </span>
                ))}
                {contact?.email ? (
                  <>
                    {t('identity.email')}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
                    <br />
                  </>
                ) : null}
                {contact?.phone ? (
                  <>
                    {t('identity.phone')}:{' '}
                    <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
                  </>
                ) : null}
              </address>
            </section>
          ) : null}
          <nav aria-labelledby="footer-legal">
            <h2 className="site-footer__heading" id="footer-legal">
              {t('identity.footerLegal')}
            </h2>
            <ul className="site-footer__links">
              {(Object.keys(LEGAL_PAGES) as (keyof typeof LEGAL_PAGES)[]).map((page) => (
                <li key={page}>
                  <Link href={legalPath({ locale, page })}>{t(`legal.${page}`)}</Link>
                </li>
              ))}
              <li>
                <a href={`${localeBase(locale)}/feed.xml`}>{t('identity.feed')}</a>
              </li>
              <li>
                <Link href={openDataPath(locale)}>{t('openData.nav')}</Link>
              </li>
            </ul>
          </nav>
        </div>
      </footer>
    </>
  )
}
