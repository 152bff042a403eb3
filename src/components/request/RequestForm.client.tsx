'use client'

import { useActionState, useEffect, useRef } from 'react'

import type { Dictionary } from '@/i18n/de'
import { REQUEST_FIELDS } from '@/lib/requests/form'

import { Alert } from '../ui/Alert'
import { submitRequestForm } from './actions'
import { ConsentFields } from './form/ConsentFields'
import { ErrorSummary } from './form/ErrorSummary'
import { FieldStateContext } from './form/fieldState'
import { ProductChoice } from './form/ProductChoice'
import { ProtectedSubmit } from './form/ProofField'
import { type Option, SelectField } from './form/SelectField'
import { TextAreaField, TextField } from './form/TextField'
import { useIsHydrated } from './form/useIsHydrated'
import { usePostcodeState } from './form/usePostcodeState'
import { useProofOfWork } from './form/useProofOfWork'
import type { RequestFormState } from './state'
import { FieldGroup } from './form/FieldParts'

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
  const isHydrated = useIsHydrated()
  const { proof, status } = useProofOfWork(state.challenge.challenge)
  const { stateRef, onPostcodeChange, onStateChange } = usePostcodeState()

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

  return (
    <FieldStateContext value={{ values, errors, firstError, optional: texts.optional }}>
      <form ref={formRef} action={formAction} className="request-form" noValidate>
        {/* Unnamed, so never submitted: the puzzle for scripts that solve it outside a browser. */}
        <input
          type="hidden"
          id="proof-challenge"
          value={JSON.stringify(state.challenge.challenge)}
        />
        {state.formError ? (
          <Alert kind="danger" role="alert" id="form-error" isFocusTarget title={state.formError} />
        ) : null}
        <ErrorSummary
          summary={texts.errorSummary}
          firstProduct={props.products[0]?.slug}
          proofError={state.proofError}
          isHydrated={isHydrated}
        />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="formToken" value={state.challenge.token} />
        <input type="hidden" name="altcha" value={proof} />

        <ProductChoice products={props.products} texts={texts} />

        <FieldGroup legend={texts.organisationLegend}>
          <TextField name="organisation" label={texts.organisation} autoComplete="organization" />
          <SelectField
            name="organisationType"
            label={texts.organisationType}
            options={props.organisationTypes}
            placeholder={texts.choose}
          />
        </FieldGroup>

        <FieldGroup legend={texts.contactLegend}>
          <TextField name="name" label={texts.name} autoComplete="name" />
          <TextField
            name="role"
            label={texts.role}
            isRequired={false}
            autoComplete="organization-title"
          />
          <TextField name="email" label={texts.email} type="email" autoComplete="email" />
          <TextField
            name="phone"
            label={texts.phone}
            isRequired={false}
            type="tel"
            autoComplete="tel"
          />
        </FieldGroup>

        <FieldGroup legend={texts.locationLegend}>
          <TextField
            name="postcode"
            label={texts.postcode}
            autoComplete="postal-code"
            onChange={onPostcodeChange}
          />
          <TextField name="city" label={texts.city} autoComplete="address-level2" />
          <SelectField
            name="state"
            label={texts.state}
            options={props.states}
            placeholder={texts.choose}
            hint={texts.stateHint}
            ref={stateRef}
            onChange={onStateChange}
          />
        </FieldGroup>

        <FieldGroup legend={texts.goalLegend}>
          <TextAreaField name="goal" label={texts.goal} hint={texts.goalHint} rows={6} />
          <TextField
            name="desiredStart"
            label={texts.desiredStart}
            isRequired={false}
            type="date"
            min={props.today}
          />
        </FieldGroup>

        <ConsentFields
          privacyHref={props.privacyHref}
          privacyVersion={props.privacyVersion}
          texts={texts}
        />

        <ProtectedSubmit
          isHydrated={isHydrated}
          status={status}
          question={state.challenge.question}
          proofError={state.proofError}
          hasFieldErrors={firstError !== undefined}
          texts={texts}
          pending={pending}
          submitLabel={texts.submit}
          sendingLabel={texts.sending}
        />
      </form>
    </FieldStateContext>
  )
}
