import type { Ref } from 'react'

import { FieldHead } from './FieldParts'
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
  return (
    <div className="form-field">
      <FieldHead {...{ name, label, hint, error, optional }} isRequired />
      <select {...control} ref={ref} defaultValue={value as string} onChange={onChange}>
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
