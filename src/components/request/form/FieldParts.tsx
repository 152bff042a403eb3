import type { ReactNode } from 'react'

import type { RequestField } from '@/lib/requests/form'

/**
 * A message in KERN's error style (icon and text). The text carries the id that a control's
 * aria-describedby names, so a screen reader reads the words without the icon.
 */
export function ErrorMessage({
  id,
  text,
  isFocusTarget = false,
}: {
  id: string
  text: string
  /** Focus is moved here after an attempt (the proof's message has no control of its own). */
  isFocusTarget?: boolean
}) {
  return (
    <p className="kern-error">
      <span className="kern-icon kern-icon--danger" aria-hidden="true" />
      <span className="kern-body" id={id} tabIndex={isFocusTarget ? -1 : undefined}>
        {text}
      </span>
    </p>
  )
}

/** A field's error, next to it. */
export function FieldError({ name, error }: { name: RequestField; error: string | undefined }) {
  return error ? <ErrorMessage id={`error-${name}`} text={error} /> : null
}

/** Label, hint and error of a field, in the order a screen reader should meet them. */
export function FieldHead({
  name,
  label,
  hint,
  error,
  isRequired,
  optional,
}: {
  name: RequestField
  label: string
  hint?: string
  error: string | undefined
  isRequired: boolean
  optional: string
}) {
  return (
    <>
      <label className="kern-label" htmlFor={`field-${name}`}>
        {label}{' '}
        {isRequired ? (
          <span aria-hidden="true">*</span>
        ) : (
          <span className="kern-label__optional">{optional}</span>
        )}
      </label>
      {hint ? (
        <p className="kern-hint" id={`hint-${name}`}>
          {hint}
        </p>
      ) : null}
      <FieldError name={name} error={error} />
    </>
  )
}

/** KERN's classes for a field's wrapper and control, marked when the field has an error. */
export const fieldClasses = (error: string | undefined) => ({
  wrapper: error ? 'kern-form-input kern-form-input--error' : 'kern-form-input',
  input: error ? 'kern-form-input__input kern-form-input__input--error' : 'kern-form-input__input',
  select: error
    ? 'kern-form-input__select kern-form-input__select--error'
    : 'kern-form-input__select',
  checkbox: error
    ? 'kern-form-check__checkbox kern-form-check__checkbox--error'
    : 'kern-form-check__checkbox',
  fieldset: error ? 'kern-fieldset kern-fieldset--error' : 'kern-fieldset',
})

/** A group of fields under one legend (KERN fieldset): the request form's parts, the tracking message. */
export function FieldGroup({ legend, children }: { legend: ReactNode; children: ReactNode }) {
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-label">{legend}</legend>
      <div className="kern-fieldset__body">{children}</div>
    </fieldset>
  )
}
