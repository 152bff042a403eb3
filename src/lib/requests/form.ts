import {
  FEDERAL_STATES,
  ORGANISATION_TYPES,
  type FederalState,
  type Locale,
  type OrganisationType,
} from '@/constants'
import { translate, type TextKey } from '@/i18n'
import { isEmail, isGermanPostcode, isPhone, normaliseEmail } from '@/lib/validators'

/** The public request form's fields, in the order they appear (and errors are listed). */
export const REQUEST_FIELDS = [
  'products',
  'organisation',
  'organisationType',
  'name',
  'role',
  'email',
  'phone',
  'postcode',
  'city',
  'state',
  'goal',
  'desiredStart',
  'consent',
] as const
export type RequestField = (typeof REQUEST_FIELDS)[number]

export const MAX_PRODUCTS = 10
export const GOAL_MAX_LENGTH = 2000
const TEXT_MAX_LENGTH = 200

export type RequestFormValues = {
  products: string[]
  organisation: string
  organisationType: string
  name: string
  role: string
  email: string
  phone: string
  postcode: string
  city: string
  state: string
  goal: string
  desiredStart: string
  consent: boolean
  publicListing: boolean
}

export const emptyRequestForm = (products: string[] = []): RequestFormValues => ({
  products,
  organisation: '',
  organisationType: '',
  name: '',
  role: '',
  email: '',
  phone: '',
  postcode: '',
  city: '',
  state: '',
  goal: '',
  desiredStart: '',
  consent: false,
  publicListing: false,
})

const text = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value.trim() : ''
}

export const parseRequestForm = (form: FormData): RequestFormValues => ({
  products: [
    ...new Set(
      form
        .getAll('products')
        .filter((value): value is string => typeof value === 'string' && value !== '')
        .slice(0, 50),
    ),
  ],
  organisation: text(form, 'organisation'),
  organisationType: text(form, 'organisationType'),
  name: text(form, 'name'),
  role: text(form, 'role'),
  // Compared (the per-address cap) and stored in one form; a control character stays in, so
  // that validation refuses it instead of storing a cut-off address.
  email: normaliseEmail(text(form, 'email')),
  phone: text(form, 'phone'),
  postcode: text(form, 'postcode'),
  city: text(form, 'city'),
  // The form suggests the state from the postcode for the visitor to confirm; the server never
  // guesses, because the state decides which office sees the request.
  state: text(form, 'state'),
  goal: text(form, 'goal'),
  desiredStart: text(form, 'desiredStart'),
  consent: form.get('consent') === 'on',
  publicListing: form.get('publicListing') === 'on',
})

export type FieldErrors = Partial<Record<RequestField, string>>

/** A date input's value (YYYY-MM-DD) as a real calendar date, or undefined. */
const calendarDate = (value: string): Date | undefined => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined
  const date = new Date(`${value}T00:00:00Z`)
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value
    ? undefined
    : date
}

/**
 * Every rule of the form, checked on the server, with messages in the visitor's language.
 * `knownProducts` are the slugs of published products.
 */
export const validateRequestForm = ({
  values,
  locale,
  knownProducts,
  now = new Date(),
}: {
  values: RequestFormValues
  locale: Locale
  knownProducts: Set<string>
  now?: Date
}): FieldErrors => {
  const t = (key: TextKey, vars?: Record<string, string | number>) =>
    translate({ key, locale, values: vars })
  const errors: FieldErrors = {}
  const required = (field: RequestField, value: string) => {
    if (!value) errors[field] = t('requestErrors.required')
    else if (value.length > TEXT_MAX_LENGTH)
      errors[field] = t('requestErrors.tooLong', { max: TEXT_MAX_LENGTH })
  }
  if (values.products.length === 0) errors.products = t('requestErrors.productsRequired')
  else if (values.products.length > MAX_PRODUCTS)
    errors.products = t('requestErrors.tooManyProducts', { max: MAX_PRODUCTS })
  else if (values.products.some((slug) => !knownProducts.has(slug)))
    errors.products = t('requestErrors.productUnknown')
  required('organisation', values.organisation)
  if (!values.organisationType) errors.organisationType = t('requestErrors.required')
  else if (!ORGANISATION_TYPES.includes(values.organisationType as OrganisationType))
    errors.organisationType = t('requestErrors.typeInvalid')
  required('name', values.name)
  if (values.role.length > TEXT_MAX_LENGTH)
    errors.role = t('requestErrors.tooLong', { max: TEXT_MAX_LENGTH })
  if (!values.email) errors.email = t('requestErrors.required')
  else if (!isEmail(values.email)) errors.email = t('errors.emailInvalid')
  if (values.phone && !isPhone(values.phone)) errors.phone = t('errors.phoneInvalid')
  if (!values.postcode) errors.postcode = t('requestErrors.required')
  else if (!isGermanPostcode(values.postcode)) errors.postcode = t('errors.postcodeInvalid')
  required('city', values.city)
  if (!values.state) errors.state = t('requestErrors.required')
  else if (!FEDERAL_STATES.includes(values.state as FederalState))
    errors.state = t('requestErrors.stateInvalid')
  if (!values.goal) errors.goal = t('requestErrors.required')
  else if (values.goal.length > GOAL_MAX_LENGTH)
    errors.goal = t('requestErrors.tooLong', { max: GOAL_MAX_LENGTH })
  if (values.desiredStart) {
    const date = calendarDate(values.desiredStart)
    const today = new Date(now.toISOString().slice(0, 10) + 'T00:00:00Z')
    if (!date) errors.desiredStart = t('requestErrors.dateInvalid')
    else if (date < today) errors.desiredStart = t('requestErrors.datePast')
  }
  if (!values.consent) errors.consent = t('requestErrors.consentRequired')
  return errors
}
