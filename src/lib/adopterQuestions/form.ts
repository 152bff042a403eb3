import type { Locale } from '@/constants'
import { translate, type TextKey } from '@/i18n'
import { postcodeArea } from '@/lib/postcodeAreas'
import { hasControlCharacters, isEmail } from '@/lib/validators'

/** The question form's fields, in the order they appear (and errors are listed). */
export const QUESTION_FIELDS = [
  'postcode',
  'adoption',
  'message',
  'name',
  'email',
  'consent',
] as const
export type QuestionField = (typeof QUESTION_FIELDS)[number]
export type QuestionErrors = Partial<Record<QuestionField, string>>

export const QUESTION_MAX_LENGTH = 2000
const NAME_MAX_LENGTH = 200

export type QuestionValues = {
  product: string
  postcode: string
  adoption: string
  message: string
  name: string
  email: string
  consent: boolean
}

export const emptyQuestion = (product: string, postcode = ''): QuestionValues => ({
  product,
  postcode,
  adoption: '',
  message: '',
  name: '',
  email: '',
  consent: false,
})

const text = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

export const parseQuestionForm = (form: FormData): QuestionValues => ({
  product: text(form, 'product'),
  postcode: text(form, 'postcode').trim(),
  adoption: text(form, 'adoption'),
  message: text(form, 'message').trim(),
  name: text(form, 'name').trim(),
  email: text(form, 'email').trim(),
  consent: form.get('consent') === 'on',
})

/** A postcode's error in the visitor's language, or undefined when it is a five-digit one in use. */
export const postcodeError = (postcode: string, locale: Locale): string | undefined => {
  const t = (key: TextKey) => translate({ key, locale })
  if (!postcode.trim()) return t('requestErrors.required')
  if (!/^\d{5}$/.test(postcode.trim())) return t('adopterQuestion.postcodeInvalid')
  return postcodeArea(postcode) ? undefined : t('adopterQuestion.postcodeUnknown')
}

/** Field errors of a question; `adoptions` are the ids the visitor may choose from. */
export const validateQuestion = ({
  values,
  locale,
  adoptions,
}: {
  values: QuestionValues
  locale: Locale
  adoptions: Set<string>
}): QuestionErrors => {
  const t = (key: TextKey, vars?: Record<string, string | number>) =>
    translate({ key, locale, values: vars })
  const errors: QuestionErrors = {}
  const postcode = postcodeError(values.postcode, locale)
  if (postcode) errors.postcode = postcode
  if (!adoptions.has(values.adoption)) errors.adoption = t('adopterQuestion.adoptionRequired')
  if (!values.message) errors.message = t('requestErrors.required')
  else if (values.message.length > QUESTION_MAX_LENGTH)
    errors.message = t('requestErrors.tooLong', { max: QUESTION_MAX_LENGTH })
  if (values.name.length > NAME_MAX_LENGTH || hasControlCharacters(values.name))
    errors.name = t('requestErrors.tooLong', { max: NAME_MAX_LENGTH })
  if (!values.email) errors.email = t('requestErrors.required')
  else if (!isEmail(values.email)) errors.email = t('errors.emailInvalid')
  if (!values.consent) errors.consent = t('adopterQuestion.consentRequired')
  return errors
}
