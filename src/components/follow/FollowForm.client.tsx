'use client'

import { useActionState, useEffect, useRef } from 'react'

import type { Dictionary } from '@/i18n/de'

import { ErrorMessage, fieldClasses } from '../request/form/FieldParts'
import { ProtectedSubmit } from '../request/form/ProofField'
import { useIsHydrated } from '../request/form/useIsHydrated'
import { useProofOfWork } from '../request/form/useProofOfWork'
import { Alert } from '../ui/Alert'
import { submitFollowForm } from './actions'
import type { FollowFormState } from './state'

type Props = {
  locale: 'de' | 'en'
  initial: FollowFormState
  /** `produkt:<slug>` or `suche:<query string>`. */
  target: string
  texts: Dictionary['follow']['form']
  proofTexts: Dictionary['request']
  privacyHref: string
  privacyVersion: string
  permalink: string
}

/**
 * Asks for an address to notify: a plain POST without JavaScript (the page re-renders with the
 * errors), the same action without a reload with it, where the proof of work replaces the
 * arithmetic question. The request form's parts, so both look and behave alike.
 */
export function FollowForm(props: Props) {
  const { locale, texts, initial, permalink } = props
  const [state, formAction, pending] = useActionState(submitFollowForm, initial, permalink)
  const { errors } = state
  const rootRef = useRef<HTMLDivElement>(null)
  const isHydrated = useIsHydrated()
  const { proof, status } = useProofOfWork(state.challenge.challenge)
  const firstError = (['email', 'consent', 'target'] as const).find((name) => errors[name])

  useEffect(() => {
    if (state.attempt === 0) return
    const target = state.isSent
      ? rootRef.current?.querySelector<HTMLElement>('#follow-sent')
      : firstError
        ? rootRef.current?.querySelector<HTMLElement>(`#field-${firstError}`)
        : rootRef.current?.querySelector<HTMLElement>(
            state.proofError ? '#error-answer' : '#form-error',
          )
    target?.focus()
  }, [state.attempt, state.isSent, firstError, state.proofError])

  if (state.isSent)
    return (
      <div ref={rootRef}>
        <Alert kind="success" role="status" id="follow-sent" isFocusTarget title={texts.sentTitle}>
          <p className="kern-body">{texts.sent}</p>
        </Alert>
      </div>
    )

  const email = fieldClasses(errors.email)
  const consent = fieldClasses(errors.consent)
  return (
    <div ref={rootRef}>
      <form action={formAction} className="request-form follow-form" noValidate>
        <input
          type="hidden"
          id="proof-challenge"
          value={JSON.stringify(state.challenge.challenge)}
        />
        {state.formError ? (
          <Alert kind="danger" role="alert" id="form-error" isFocusTarget title={state.formError} />
        ) : null}
        {errors.target ? <Alert kind="danger" role="alert" title={errors.target} /> : null}
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="target" value={props.target} />
        <input type="hidden" name="formToken" value={state.challenge.token} />
        <input type="hidden" name="altcha" value={proof} />

        <div className={email.wrapper}>
          <label className="kern-label" htmlFor="field-email">
            {texts.email} <span aria-hidden="true">*</span>
          </label>
          {errors.email ? <ErrorMessage id="error-email" text={errors.email} /> : null}
          <input
            className={email.input}
            id="field-email"
            name="email"
            type="email"
            autoComplete="email"
            defaultValue={state.email}
            aria-required
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={errors.email ? 'error-email' : undefined}
          />
        </div>

        <div className={consent.wrapper}>
          {errors.consent ? <ErrorMessage id="error-consent" text={errors.consent} /> : null}
          <div className="kern-form-check">
            <input
              className={consent.checkbox}
              type="checkbox"
              id="field-consent"
              name="consent"
              defaultChecked={state.hasConsent}
              aria-required
              aria-invalid={errors.consent ? true : undefined}
              aria-describedby={errors.consent ? 'error-consent' : undefined}
            />
            <label className="kern-label" htmlFor="field-consent">
              {texts.consentBefore}
              <a href={props.privacyHref} target="_blank" rel="noopener">
                {texts.consentLink}
              </a>
              {texts.consentAfter.replace('{{version}}', props.privacyVersion)}{' '}
              <span aria-hidden="true">*</span>
            </label>
          </div>
        </div>

        <ProtectedSubmit
          isHydrated={isHydrated}
          status={status}
          question={state.challenge.question}
          proofError={state.proofError}
          hasFieldErrors={firstError !== undefined}
          texts={props.proofTexts}
          pending={pending}
          submitLabel={texts.submit}
          sendingLabel={texts.sending}
        />
      </form>
    </div>
  )
}
