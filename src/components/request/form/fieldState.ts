import { createContext, useContext } from 'react'

import type { RequestField } from '@/lib/requests/form'

import type { RequestFormState } from '../state'

/** What every field of the request form reads: the last attempt's values and errors. */
export type FieldState = Pick<RequestFormState, 'values' | 'errors'> & {
  /** The field that gets the focus after an attempt with errors. */
  firstError: RequestField | undefined
  /** The word that marks a field as optional. */
  optional: string
}

export const FieldStateContext = createContext<FieldState | null>(null)

export const useFieldState = (): FieldState => {
  const state = useContext(FieldStateContext)
  if (!state) throw new Error('A request form field is used outside the request form')
  return state
}

/** The ids that tie a field's hint and error to its control, or undefined when there are none. */
export const describedBy = ({
  name,
  hasHint = false,
  hasError,
}: {
  name: RequestField
  hasHint?: boolean
  hasError: boolean
}) =>
  [hasHint ? `hint-${name}` : '', hasError ? `error-${name}` : ''].filter(Boolean).join(' ') ||
  undefined

/** One field's error and value, and what its control carries: name, error state, description, focus. */
export const useField = (
  name: RequestField,
  { isRequired = true, hasHint = false }: { isRequired?: boolean; hasHint?: boolean } = {},
) => {
  const { values, errors, firstError, optional } = useFieldState()
  const error = errors[name]
  return {
    error,
    value: values[name],
    optional,
    isFirstError: firstError === name,
    control: {
      id: `field-${name}`,
      'data-field': name,
      name,
      'aria-required': isRequired || undefined,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy({ name, hasHint, hasError: Boolean(error) }),
      autoFocus: firstError === name ? true : undefined,
    },
  }
}
