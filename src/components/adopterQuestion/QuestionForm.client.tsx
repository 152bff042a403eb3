'use client'

import { useActionState, useEffect, useRef } from 'react'

import type { Dictionary } from '@/i18n/de'
import { QUESTION_FIELDS, type QuestionField } from '@/lib/adopterQuestions/form'

import { ErrorMessage, fieldClasses } from '../request/form/FieldParts'
import { ProtectedSubmit } from '../request/form/ProofField'
import { useIsHydrated } from '../request/form/useIsHydrated'
import { useProofOfWork } from '../request/form/useProofOfWork'
import { Alert } from '../ui/Alert'
import { submitQuestionForm } from './actions'
import type { QuestionFormState } from './state'

type Props = {
  locale: 'de' | 'en'
  initial: QuestionFormState
  texts: Dictionary['adopterQuestion']
  proofTexts: Dictionary['request']
  adopters: { id: string; label: string }[]
  privacyHref: string
  privacyVersion: string
  permalink: string
}

const describedBy = (name: QuestionField, error: string | undefined) =>
  error ? `error-${name}` : undefined

/**
 * A question to an earlier adopter, sent to the product's office. Without JavaScript a plain POST
 * (the server renders errors next to the fields); with it, the proof of work replaces the
 * arithmetic question.
 */
export function QuestionForm(props: Props) {
  const { locale, texts, initial, permalink } = props
  const [state, formAction, pending] = useActionState(submitQuestionForm, initial, permalink)
  const { values, errors } = state
  const formRef = useRef<HTMLFormElement>(null)
  const isHydrated = useIsHydrated()
  const { proof, status } = useProofOfWork(state.challenge.challenge)
  const firstError = QUESTION_FIELDS.find((name) => errors[name])
  useEffect(() => {
    if (state.attempt === 0) return
    const target = firstError
      ? formRef.current?.querySelector<HTMLElement>(`[data-field="${firstError}"]`)
      : formRef.current?.querySelector<HTMLElement>(
          state.proofError ? '#error-answer' : '#form-error',
        )
    target?.focus()
  }, [state.attempt, firstError, state.proofError])
  const error = (name: QuestionField) =>
    errors[name] ? <ErrorMessage id={`error-${name}`} text={errors[name]} /> : null
  const control = (name: QuestionField) => ({
    id: `field-${name}`,
    'data-field': name,
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': describedBy(name, errors[name]),
  })
  const chosen = values.adoption || props.adopters[0]?.id

  return (
    <form ref={formRef} action={formAction} className="request-form" noValidate>
      <input type="hidden" id="proof-challenge" value={JSON.stringify(state.challenge.challenge)} />
      {state.formError ? (
        <Alert kind="danger" role="alert" id="form-error" isFocusTarget title={state.formError} />
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="product" value={values.product} />
      <input type="hidden" name="postcode" value={values.postcode} />
      <input type="hidden" name="formToken" value={state.challenge.token} />
      <input type="hidden" name="altcha" value={proof} />
      {errors.postcode ? error('postcode') : null}

      <fieldset className={fieldClasses(errors.adoption).fieldset}>
        <legend className="kern-label">{texts.adoption}</legend>
        {error('adoption')}
        <div className="kern-fieldset__body">
          {props.adopters.map((adopter, index) => (
            <div className="kern-form-check" key={adopter.id}>
              <input
                className="kern-form-check__radio"
                type="radio"
                id={`field-adoption-${adopter.id}`}
                name="adoption"
                value={adopter.id}
                defaultChecked={adopter.id === chosen}
                data-field={index === 0 ? 'adoption' : undefined}
              />
              <label className="kern-label" htmlFor={`field-adoption-${adopter.id}`}>
                {adopter.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>

      <div className={fieldClasses(errors.message).wrapper}>
        <label className="kern-label" htmlFor="field-message">
          {texts.message} <span aria-hidden="true">*</span>
        </label>
        <p className="kern-hint" id="hint-message">
          {texts.messageHint}
        </p>
        {error('message')}
        <textarea
          {...control('message')}
          className={fieldClasses(errors.message).input}
          rows={6}
          aria-required
          defaultValue={values.message}
        />
      </div>

      <div className={fieldClasses(errors.name).wrapper}>
        <label className="kern-label" htmlFor="field-name">
          {texts.name} <span className="kern-hint">{props.proofTexts.optional}</span>
        </label>
        {error('name')}
        <input
          {...control('name')}
          className={fieldClasses(errors.name).input}
          autoComplete="name"
          defaultValue={values.name}
        />
      </div>

      <div className={fieldClasses(errors.email).wrapper}>
        <label className="kern-label" htmlFor="field-email">
          {texts.email} <span aria-hidden="true">*</span>
        </label>
        {error('email')}
        <input
          {...control('email')}
          className={fieldClasses(errors.email).input}
          type="email"
          autoComplete="email"
          aria-required
          defaultValue={values.email}
        />
      </div>

      <fieldset className={fieldClasses(errors.consent).fieldset}>
        <legend className="kern-label">{texts.consentLegend}</legend>
        {error('consent')}
        <div className="kern-fieldset__body">
          <div className="kern-form-check">
            <input
              {...control('consent')}
              className={fieldClasses(errors.consent).checkbox}
              type="checkbox"
              aria-required
              defaultChecked={values.consent}
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
      </fieldset>

      <ProtectedSubmit
        isHydrated={isHydrated}
        status={status}
        question={state.challenge.question}
        proofError={state.proofError}
        hasFieldErrors={firstError !== undefined}
        texts={props.proofTexts}
        pending={pending}
        submitLabel={texts.submit}
        sendingLabel={props.proofTexts.sending}
      />
    </form>
  )
}
