import type { Ref } from 'react'

import { fieldClasses, FieldHead } from './FieldParts'
import { useField } from './fieldState'

export type Option = { value: string; label: string }

/** A required choice from a list, with its label, hint and error. */
export function SelectField({
  name,
  label,
  options,
  placeholder,
  hint,
  ref,
  onChange,
}: {
  name: 'organisationType' | 'state'
  label: string
  options: Option[]
  /** The empty first option. */
  placeholder: string
  hint?: string
  ref?: Ref<HTMLSelectElement>
  onChange?: () => void
}) {
  const { control, error, value, optional } = useField(name, { hasHint: Boolean(hint) })
  const classes = fieldClasses(error)
  return (
    <div className={classes.wrapper}>
      <FieldHead {...{ name, label, hint, error, optional }} isRequired />
      <div className="kern-form-input__select-wrapper">
        <select
          {...control}
          className={classes.select}
          ref={ref}
          defaultValue={value as string}
          onChange={onChange}
        >
          <option value="">{placeholder}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}
