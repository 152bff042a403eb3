import type { RequestField } from '@/lib/requests/form'

/** A field's error, next to it; its id is what the control's aria-describedby names. */
export function FieldError({ name, error }: { name: RequestField; error: string | undefined }) {
  return error ? (
    <p className="field-error" id={`error-${name}`}>
      {error}
    </p>
  ) : null
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
      <label htmlFor={`field-${name}`}>
        {label}{' '}
        {isRequired ? <span aria-hidden="true">*</span> : <span className="muted">{optional}</span>}
      </label>
      {hint ? (
        <p className="hint" id={`hint-${name}`}>
          {hint}
        </p>
      ) : null}
      <FieldError name={name} error={error} />
    </>
  )
}
