import type { Dictionary } from '@/i18n/de'

import { fieldClasses, FieldError } from './FieldParts'
import { useField, useFieldState } from './fieldState'

/** The required privacy consent (with the policy's version) and the optional public listing. */
export function ConsentFields({
  privacyHref,
  privacyVersion,
  texts,
}: {
  privacyHref: string
  privacyVersion: string
  texts: Pick<
    Dictionary['request'],
    'consentLegend' | 'consentBefore' | 'consentLink' | 'consentAfter' | 'publicListing'
  >
}) {
  const consent = useField('consent')
  const { values } = useFieldState()
  const classes = fieldClasses(consent.error)
  return (
    <fieldset className={classes.fieldset}>
      <legend className="kern-label">{texts.consentLegend}</legend>
      <FieldError name="consent" error={consent.error} />
      <div className="kern-fieldset__body">
        <div className="kern-form-check">
          <input
            className={classes.checkbox}
            type="checkbox"
            id="field-consent"
            data-field="consent"
            name="consent"
            defaultChecked={values.consent}
            aria-required
            aria-invalid={consent.control['aria-invalid']}
            aria-describedby={consent.control['aria-describedby']}
            autoFocus={consent.control.autoFocus}
          />
          <label className="kern-label" htmlFor="field-consent">
            {texts.consentBefore}
            <a href={privacyHref} target="_blank" rel="noopener">
              {texts.consentLink}
            </a>
            {texts.consentAfter.replace('{{version}}', privacyVersion)}{' '}
            <span aria-hidden="true">*</span>
          </label>
        </div>
        <div className="kern-form-check">
          <input
            className="kern-form-check__checkbox"
            type="checkbox"
            id="field-publicListing"
            name="publicListing"
            defaultChecked={values.publicListing}
          />
          <label className="kern-label" htmlFor="field-publicListing">
            {texts.publicListing}
          </label>
        </div>
      </div>
    </fieldset>
  )
}
