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

/**
 * How every public form ends: the honeypot that people never see, the proof, and the submit
 * button, which waits while the proof of work runs.
 */
export function ProtectedSubmit({
  pending,
  submitLabel,
  sendingLabel,
  texts,
  ...proof
}: Parameters<typeof ProofField>[0] & {
  pending: boolean
  submitLabel: string
  sendingLabel: string
  texts: Parameters<typeof ProofField>[0]['texts'] & { honeypot: string }
}) {
  return (
    <>
      {/* People never see this field; form-filling bots do. */}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="field-website">{texts.honeypot}</label>
        <input id="field-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>

      <ProofField {...proof} texts={texts} />

      <p>
        <button
          type="submit"
          className="kern-btn kern-btn--primary"
          disabled={pending || (proof.isHydrated && proof.status === 'running')}
        >
          <span className="kern-label">{pending ? sendingLabel : submitLabel}</span>
        </button>
      </p>
    </>
  )
}
