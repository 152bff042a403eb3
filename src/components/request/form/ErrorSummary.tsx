import { REQUEST_FIELDS } from '@/lib/requests/form'

import { Alert } from '../../ui/Alert'

import { useFieldState } from './fieldState'

/**
 * The count of problems and a link to each field that has one. The products' link goes to the
 * first checkbox; the proof's to its message once scripts run, else to the arithmetic question.
 */
export function ErrorSummary({
  summary,
  firstProduct,
  proofError,
  isHydrated,
}: {
  /** The summary text with a `{{count}}` placeholder. */
  summary: string
  firstProduct: string | undefined
  proofError: string | undefined
  isHydrated: boolean
}) {
  const { errors } = useFieldState()
  const errorCount = Object.keys(errors).length
  if (errorCount === 0 && !proofError) return null
  return (
    <Alert
      kind="danger"
      role="alert"
      title={summary.replace('{{count}}', String(errorCount + (proofError ? 1 : 0)))}
    >
      <ul>
        {REQUEST_FIELDS.filter((name) => errors[name]).map((name) => (
          <li key={name}>
            <a href={`#field-${name === 'products' ? `products-${firstProduct ?? ''}` : name}`}>
              {errors[name]}
            </a>
          </li>
        ))}
        {proofError ? (
          <li>
            <a href={isHydrated ? '#error-answer' : '#field-answer'}>{proofError}</a>
          </li>
        ) : null}
      </ul>
    </Alert>
  )
}
