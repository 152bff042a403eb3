import type { QuestionErrors, QuestionValues } from '@/lib/adopterQuestions/form'
import type { FormChallenge } from '@/lib/requests/antiAbuse'

/** What the question form shows after each attempt: the entered values and what to correct. */
export type QuestionFormState = {
  values: QuestionValues
  errors: QuestionErrors
  formError?: string
  proofError?: string
  challenge: FormChallenge
  attempt: number
}
