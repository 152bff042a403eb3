import type { FormChallenge } from '@/lib/requests/antiAbuse'
import type { FieldErrors, RequestFormValues } from '@/lib/requests/form'

/** What the request form shows after each attempt: the entered values and what to correct. */
export type RequestFormState = {
  values: RequestFormValues
  errors: FieldErrors
  formError?: string
  /** The proof of work or, without JavaScript, the arithmetic answer. */
  proofError?: string
  challenge: FormChallenge
  attempt: number
}
