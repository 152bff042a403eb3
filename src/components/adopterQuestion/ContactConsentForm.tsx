import { ActionForm } from '@/components/request/tracking/ActionForm.client'
import type { Locale } from '@/constants'
import { translate, type TextKey } from '@/i18n'
import { trackingPath } from '@/lib/paths'

import { setContactConsent } from './contactConsentAction'

/**
 * On the tracking page of an adopted request: the adopter's consent to questions from interested
 * visitors (forwarded by the office, never with the adopter's address), with its current state.
 */
export function ContactConsentForm({
  locale,
  token,
  isGiven,
}: {
  locale: Locale
  token: string
  isGiven: boolean
}) {
  const t = (key: TextKey) => translate({ key, locale })
  return (
    <ActionForm
      action={setContactConsent}
      permalink={trackingPath({ locale, token })}
      className="request-form"
      id="kontakt"
    >
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="contact" value={isGiven ? 'no' : 'yes'} />
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('adopterQuestion.askConsentHeading')}</legend>
        <div className="kern-fieldset__body">
          <p>{t('adopterQuestion.askConsentText')}</p>
          <p role="status" data-testid="contact-consent-state">
            {t(
              isGiven ? 'adopterQuestion.askConsentStateYes' : 'adopterQuestion.askConsentStateNo',
            )}
          </p>
          <p>
            <button type="submit" className="kern-btn kern-btn--secondary">
              <span className="kern-label">
                {t(isGiven ? 'adopterQuestion.askConsentNo' : 'adopterQuestion.askConsentYes')}
              </span>
            </button>
          </p>
        </div>
      </fieldset>
    </ActionForm>
  )
}
