import Link from 'next/link'
import type { ReactNode } from 'react'

import type { Locale } from '@/constants'
import { translate, type TextKey } from '@/i18n'

import { MerklisteLink } from '../merkliste/MerklisteLink.client'
import {
  cataloguePath,
  LEGAL_PAGES,
  legalPath,
  localeBase,
  mapPath,
  merklistePath,
  officesPath,
  projectsPath,
} from '@/lib/paths'

/** Header, main landmark and footer of every public page. */
export function SiteShell({
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
  return (
    <>
      <a className="skip-link" href="#main">
        {t('site.skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href={localeBase(locale) || '/'} className="site-name">
            {t('site.name')}
          </Link>
          <nav aria-label={t('site.name')}>
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
        <p>{t('site.tagline')}</p>
        <ul className="footer-links">
          {(Object.keys(LEGAL_PAGES) as (keyof typeof LEGAL_PAGES)[]).map((page) => (
            <li key={page}>
              <Link href={legalPath({ locale, page })}>{t(`legal.${page}`)}</Link>
            </li>
          ))}
          <li>
            <a href={`${localeBase(locale)}/feed.xml`}>Atom-Feed</a>
          </li>
        </ul>
      </footer>
    </>
  )
}
