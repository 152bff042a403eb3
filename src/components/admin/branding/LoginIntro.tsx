import './LoginIntro.css'

import type { ServerProps } from 'payload'

import { GLOBALS, type Locale } from '@/constants'
import { translate, type TextKey } from '@/i18n'

const base = 'tk-login-intro'

/**
 * Above the login form: what this admin is for and whom to ask for an account, in the admin's
 * language. The contact is the general one from the site settings, so it is kept in one place.
 */
export async function LoginIntro({ i18n, payload }: ServerProps) {
  const locale: Locale = i18n?.language === 'en' ? 'en' : 'de'
  const t = (key: TextKey) => translate({ key, locale })
  const { contact } = await payload.findGlobal({
    slug: GLOBALS.siteSettings,
    depth: 0,
    locale,
    select: { contact: true },
    overrideAccess: true,
  })
  const hasContact = Boolean(contact?.email || contact?.phone)
  return (
    <section className={base} aria-labelledby={`${base}-heading`}>
      <h1 id={`${base}-heading`} className={`${base}__heading`}>
        {t('branding.loginHeading')}
      </h1>
      <p>{t('branding.loginPurpose')}</p>
      <p>
        {t('branding.loginAccess')} {hasContact ? contact?.role : t('branding.noContact')}
      </p>
      {hasContact && (
        <dl className={`${base}__contact`}>
          {contact?.email && (
            <>
              <dt>{t('branding.contactEmail')}</dt>
              <dd>
                <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </dd>
            </>
          )}
          {contact?.phone && (
            <>
              <dt>{t('branding.contactPhone')}</dt>
              <dd>
                <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
              </dd>
            </>
          )}
        </dl>
      )}
    </section>
  )
}
