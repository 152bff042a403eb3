'use client'

import { solveChallenge } from 'altcha-lib/v1'
import { useActionState, useEffect, useRef, useState, type ReactNode, type Ref } from 'react'

import type { Dictionary } from '@/i18n/de'
import { stateFromPostcode } from '@/lib/postcodeState'
import { REQUEST_FIELDS, type RequestField } from '@/lib/requests/form'

import { submitRequestForm } from './actions'
import type { RequestFormState } from './state'

type Option = { value: string; label: string }

type Props = {
  locale: 'de' | 'en'
  initial: RequestFormState
  texts: Dictionary['request']
  products: { slug: string; title: string }[]
  organisationTypes: Option[]
  states: Option[]
  privacyHref: string
  privacyVersion: string
  permalink: string
  today: string
}

type ProofStatus = 'running' | 'done' | 'failed'

/** Solves the proof-of-work puzzle in the background (ALTCHA protocol, SHA-256). */
const useProofOfWork = (challenge: RequestFormState['challenge']['challenge']) => {
  const [result, setResult] = useState<{ salt: string; proof: string } | null>(null)
  useEffect(() => {
    const { promise, controller } = solveChallenge(
      challenge.challenge,
      challenge.salt,
      challenge.algorithm,
      challenge.maxnumber,
    )
    promise
      .then((solution) =>
        setResult({
          salt: challenge.salt,
          proof: solution
            ? btoa(JSON.stringify({ ...challenge, number: solution.number, took: solution.took }))
            : '',
        }),
      )
      .catch(() => setResult({ salt: challenge.salt, proof: '' }))
    return () => controller.abort()
  }, [challenge])
  // A result for an earlier challenge (before the last submission) does not count.
  const current = result?.salt === challenge.salt ? result : null
  const status: ProofStatus = !current ? 'running' : current.proof ? 'done' : 'failed'
  return { proof: current?.proof ?? '', status }
}

/**
 * The adoption request form. Without JavaScript it is a plain POST and the server renders the
 * result; with it, the same action runs without a reload, focus moves to the first error, and the
 * proof of work replaces the arithmetic question.
 */
export function RequestForm(props: Props) {
  const { locale, texts, initial, permalink } = props
  const [state, formAction, pending] = useActionState(submitRequestForm, initial, permalink)
  const { values, errors } = state
  const formRef = useRef<HTMLFormElement>(null)
  const stateRef = useRef<HTMLSelectElement>(null)
  const stateSuggested = useRef(false)
  const [hydrated, setHydrated] = useState(false)
  const { proof, status } = useProofOfWork(state.challenge.challenge)
  useEffect(() => setHydrated(true), [])

  const firstError = REQUEST_FIELDS.find((name) => errors[name])
  useEffect(() => {
    if (state.attempt === 0) return
    const target = firstError
      ? formRef.current?.querySelector<HTMLElement>(`[data-field="${firstError}"]`)
      : formRef.current?.querySelector<HTMLElement>(
          state.proofError ? '#error-answer' : '#form-error',
        )
    target?.focus()
  }, [state.attempt, firstError, state.proofError])

  const describe = (name: RequestField, hint?: boolean) =>
    [hint ? `hint-${name}` : '', errors[name] ? `error-${name}` : ''].filter(Boolean).join(' ') ||
    undefined
  const invalid = (name: RequestField) => (errors[name] ? true : undefined)
  const focusFirst = (name: RequestField) => (firstError === name ? true : undefined)
  const error = (name: RequestField) =>
    errors[name] ? (
      <p className="field-error" id={`error-${name}`}>
        {errors[name]}
      </p>
    ) : null
  const label = (name: RequestField, text: string, required: boolean): ReactNode => (
    <label htmlFor={`field-${name}`}>
      {text}{' '}
      {required ? (
        <span aria-hidden="true">*</span>
      ) : (
        <span className="muted">{texts.optional}</span>
      )}
    </label>
  )
  /** Label, hint and error of a field, in the order a screen reader should meet them. */
  const head = (name: RequestField, text: string, required: boolean, hint?: string) => (
    <>
      {label(name, text, required)}
      {hint ? (
        <p className="hint" id={`hint-${name}`}>
          {hint}
        </p>
      ) : null}
      {error(name)}
    </>
  )
  /** What every control of the form carries: its name, error state, description and focus. */
  const control = (name: RequestField, { required = true, hint = false } = {}) => ({
    id: `field-${name}`,
    'data-field': name,
    name,
    'aria-required': required || undefined,
    'aria-invalid': invalid(name),
    'aria-describedby': describe(name, hint),
    autoFocus: focusFirst(name),
  })
  const input = (
    name: RequestField,
    text: string,
    {
      required = true,
      type = 'text',
      autoComplete,
      hint,
    }: {
      required?: boolean
      type?: string
      autoComplete?: string
      hint?: string
    } = {},
  ) => (
    <div className="form-field">
      {head(name, text, required, hint)}
      <input
        {...control(name, { required, hint: Boolean(hint) })}
        type={type}
        autoComplete={autoComplete}
        defaultValue={values[name] as string}
        onChange={
          name === 'postcode'
            ? (event) => {
                const guess = stateFromPostcode(event.target.value)
                const select = stateRef.current
                if (guess && select && (!select.value || stateSuggested.current)) {
                  select.value = guess
                  stateSuggested.current = true
                }
              }
            : undefined
        }
      />
    </div>
  )
  const select = (
    name: 'organisationType' | 'state',
    text: string,
    choices: Option[],
    {
      hint,
      ref,
      onChange,
    }: {
      hint?: string
      ref?: Ref<HTMLSelectElement>
      onChange?: () => void
    } = {},
  ) => (
    <div className="form-field">
      {head(name, text, true, hint)}
      <select
        {...control(name, { hint: Boolean(hint) })}
        ref={ref}
        defaultValue={values[name]}
        onChange={onChange}
      >
        <option value="">{texts.choose}</option>
        {choices.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
  const errorCount = Object.keys(errors).length

  return (
    <form ref={formRef} action={formAction} className="request-form" noValidate>
      {/* Unnamed, so never submitted: the puzzle for scripts that solve it outside a browser. */}
      <input type="hidden" id="proof-challenge" value={JSON.stringify(state.challenge.challenge)} />
      {state.formError ? (
        <div className="error-summary" id="form-error" role="alert" tabIndex={-1}>
          <p>{state.formError}</p>
        </div>
      ) : null}
      {errorCount > 0 || state.proofError ? (
        <div className="error-summary" role="alert">
          <p>
            {texts.errorSummary.replace(
              '{{count}}',
              String(errorCount + (state.proofError ? 1 : 0)),
            )}
          </p>
          <ul>
            {REQUEST_FIELDS.filter((name) => errors[name]).map((name) => (
              <li key={name}>
                <a
                  href={`#field-${name === 'products' ? `products-${props.products[0]?.slug ?? ''}` : name}`}
                >
                  {errors[name]}
                </a>
              </li>
            ))}
            {state.proofError ? (
              <li>
                <a href={hydrated ? '#error-answer' : '#field-answer'}>{state.proofError}</a>
              </li>
            ) : null}
          </ul>
        </div>
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="formToken" value={state.challenge.token} />
      <input type="hidden" name="altcha" value={proof} />

      <fieldset className="form-group" aria-describedby={describe('products', true)}>
        <legend>{texts.productsLegend}</legend>
        <p className="hint" id="hint-products">
          {props.products.length ? texts.productsHint : texts.productsNone}
        </p>
        {error('products')}
        {props.products.map((product, index) => (
          <div className="check" key={product.slug}>
            <input
              type="checkbox"
              id={`field-products-${product.slug}`}
              data-field={index === 0 ? 'products' : undefined}
              name="products"
              value={product.slug}
              defaultChecked={values.products.includes(product.slug)}
              autoFocus={index === 0 ? focusFirst('products') : undefined}
            />
            <label htmlFor={`field-products-${product.slug}`}>{product.title}</label>
          </div>
        ))}
      </fieldset>

      <fieldset className="form-group">
        <legend>{texts.organisationLegend}</legend>
        {input('organisation', texts.organisation, { autoComplete: 'organization' })}
        {select('organisationType', texts.organisationType, props.organisationTypes)}
      </fieldset>

      <fieldset className="form-group">
        <legend>{texts.contactLegend}</legend>
        {input('name', texts.name, { autoComplete: 'name' })}
        {input('role', texts.role, { required: false, autoComplete: 'organization-title' })}
        {input('email', texts.email, { type: 'email', autoComplete: 'email' })}
        {input('phone', texts.phone, { required: false, type: 'tel', autoComplete: 'tel' })}
      </fieldset>

      <fieldset className="form-group">
        <legend>{texts.locationLegend}</legend>
        {input('postcode', texts.postcode, { autoComplete: 'postal-code' })}
        {input('city', texts.city, { autoComplete: 'address-level2' })}
        {select('state', texts.state, props.states, {
          hint: texts.stateHint,
          ref: stateRef,
          onChange: () => (stateSuggested.current = false),
        })}
      </fieldset>

      <fieldset className="form-group">
        <legend>{texts.goalLegend}</legend>
        <div className="form-field">
          {head('goal', texts.goal, true, texts.goalHint)}
          <textarea {...control('goal', { hint: true })} rows={6} defaultValue={values.goal} />
        </div>
        <div className="form-field">
          {head('desiredStart', texts.desiredStart, false)}
          <input
            {...control('desiredStart', { required: false })}
            type="date"
            min={props.today}
            defaultValue={values.desiredStart}
          />
        </div>
      </fieldset>

      <fieldset className="form-group">
        <legend>{texts.consentLegend}</legend>
        {error('consent')}
        <div className="check">
          <input
            type="checkbox"
            id="field-consent"
            data-field="consent"
            name="consent"
            defaultChecked={values.consent}
            aria-required
            aria-invalid={invalid('consent')}
            aria-describedby={describe('consent')}
            autoFocus={focusFirst('consent')}
          />
          <label htmlFor="field-consent">
            {texts.consentBefore}
            <a href={props.privacyHref} target="_blank" rel="noopener">
              {texts.consentLink}
            </a>
            {texts.consentAfter.replace('{{version}}', props.privacyVersion)}{' '}
            <span aria-hidden="true">*</span>
          </label>
        </div>
        <div className="check">
          <input
            type="checkbox"
            id="field-publicListing"
            name="publicListing"
            defaultChecked={values.publicListing}
          />
          <label htmlFor="field-publicListing">{texts.publicListing}</label>
        </div>
      </fieldset>

      {/* People never see this field; form-filling bots do. */}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="field-website">{texts.honeypot}</label>
        <input id="field-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>

      {hydrated ? (
        <>
          {state.proofError && status !== 'done' ? (
            <p className="field-error" id="error-answer" tabIndex={-1}>
              {state.proofError}
            </p>
          ) : null}
          <p className="muted" role="status">
            {status === 'running'
              ? texts.proofRunning
              : status === 'done'
                ? texts.proofDone
                : texts.proofFailed}{' '}
            {texts.proofNote}
          </p>
        </>
      ) : (
        <div className="form-field">
          <label htmlFor="field-answer">
            {texts.question
              .replace('{{a}}', String(state.challenge.question.a))
              .replace('{{b}}', String(state.challenge.question.b))}{' '}
            <span aria-hidden="true">*</span>
          </label>
          {state.proofError ? (
            <p className="field-error" id="error-answer">
              {state.proofError}
            </p>
          ) : null}
          <input
            id="field-answer"
            name="answer"
            inputMode="numeric"
            autoComplete="off"
            aria-required
            aria-invalid={state.proofError ? true : undefined}
            aria-describedby={state.proofError ? 'error-answer' : undefined}
            autoFocus={!firstError && state.proofError ? true : undefined}
          />
        </div>
      )}

      <p>
        <button type="submit" disabled={pending || (hydrated && status === 'running')}>
          {pending ? texts.sending : texts.submit}
        </button>
      </p>
    </form>
  )
}
