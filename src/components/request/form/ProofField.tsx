import type { Dictionary } from '@/i18n/de'

import { ErrorMessage, fieldClasses } from './FieldParts'
import type { ProofStatus } from './useProofOfWork'

/**
 * The form's proof that a person sends it: with scripts, the status of the proof of work solved in
 * the background; without, an arithmetic question the server checks.
 */
export function ProofField({
  isHydrated,
  status,
  question,
  proofError,
  hasFieldErrors,
  texts,
}: {
  isHydrated: boolean
  status: ProofStatus
  question: { a: number; b: number }
  proofError: string | undefined
  /** A field error takes the focus before the proof's. */
  hasFieldErrors: boolean
  texts: Pick<
    Dictionary['request'],
    'proofRunning' | 'proofDone' | 'proofFailed' | 'proofNote' | 'question'
  >
}) {
  if (isHydrated)
    return (
      <>
        {proofError && status !== 'done' ? (
          <ErrorMessage id="error-answer" text={proofError} isFocusTarget />
        ) : null}
        <p className="muted" role="status">
          {status === 'running'
            ? texts.proofRunning
            : status === 'done'
              ? texts.proofDone
              : texts.proofFailed}{' '}
          {texts.proofNote}
        </p>
      </>
    )
  const classes = fieldClasses(proofError)
  return (
    <div className={classes.wrapper}>
      <label className="kern-label" htmlFor="field-answer">
        {texts.question.replace('{{a}}', String(question.a)).replace('{{b}}', String(question.b))}{' '}
        <span aria-hidden="true">*</span>
      </label>
      {proofError ? <ErrorMessage id="error-answer" text={proofError} /> : null}
      <input
        className={classes.input}
        id="field-answer"
        name="answer"
        inputMode="numeric"
        autoComplete="off"
        aria-required
        aria-invalid={proofError ? true : undefined}
        aria-describedby={proofError ? 'error-answer' : undefined}
        autoFocus={!hasFieldErrors && proofError ? true : undefined}
      />
    </div>
  )
}
