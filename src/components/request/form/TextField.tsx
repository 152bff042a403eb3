import type { ChangeEventHandler } from 'react'

import type { RequestField } from '@/lib/requests/form'

import { fieldClasses, FieldHead } from './FieldParts'
import { useField } from './fieldState'

/** A one-line input (text, email, tel, date) with its label, hint and error. */
export function TextField({
  name,
  label,
  isRequired = true,
  type = 'text',
  autoComplete,
  hint,
  min,
  onChange,
}: {
  name: RequestField
  label: string
  isRequired?: boolean
  type?: string
  autoComplete?: string
  hint?: string
  min?: string
  onChange?: ChangeEventHandler<HTMLInputElement>
}) {
  const { control, error, value, optional } = useField(name, { isRequired, hasHint: Boolean(hint) })
  const classes = fieldClasses(error)
  return (
    <div className={classes.wrapper}>
      <FieldHead {...{ name, label, hint, error, isRequired, optional }} />
      <input
        {...control}
        className={classes.input}
        type={type}
        autoComplete={autoComplete}
        min={min}
        defaultValue={value as string}
        onChange={onChange}
      />
    </div>
  )
}

/** A multi-line answer with its label, hint and error. */
export function TextAreaField({
  name,
  label,
  hint,
  rows,
}: {
  name: RequestField
  label: string
  hint?: string
  rows: number
}) {
  const { control, error, value, optional } = useField(name, { hasHint: Boolean(hint) })
  const classes = fieldClasses(error)
  return (
    <div className={classes.wrapper}>
      <FieldHead {...{ name, label, hint, error, optional }} isRequired />
      <textarea {...control} className={classes.input} rows={rows} defaultValue={value as string} />
    </div>
  )
}
