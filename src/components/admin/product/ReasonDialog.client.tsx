'use client'

import { Button, Modal, useEditDepth, useModal } from '@payloadcms/ui'
import { useId, useState, type FormEvent } from 'react'

/** Payload's drawers and modals start at this z-index, one step per nesting depth. */
const DRAWER_Z_BASE = 100

export type ReasonDialogTexts = {
  title: string
  intro: string
  label: string
  confirm: string
  cancel: string
  required: string
  tooLong: string
}

/**
 * A modal asking for one required text (a reviewer's comment, a retirement's reason). The text is
 * checked here first and then by the server; `onConfirm` answers with the server's message for
 * the text, or null when done. Errors stand under the field, which is marked invalid.
 */
export function ReasonDialog({
  slug,
  texts,
  maxLength,
  onConfirm,
}: {
  slug: string
  texts: ReasonDialogTexts
  maxLength: number
  onConfirm: (text: string) => Promise<string | null>
}) {
  const { closeModal, isModalOpen } = useModal()
  const editDepth = useEditDepth()
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [isBusy, setIsBusy] = useState(false)
  const id = useId()
  const titleId = `${id}-title`
  const fieldId = `${id}-text`
  const errorId = `${id}-error`
  if (!isModalOpen(slug)) return null

  const close = () => {
    setText('')
    setError(null)
    closeModal(slug)
  }
  const confirm = async (event: FormEvent) => {
    // React passes events on through portals: the document's form must not see this submit.
    event.preventDefault()
    event.stopPropagation()
    const value = text.trim()
    const problem = !value ? texts.required : value.length > maxLength ? texts.tooLong : null
    setError(problem)
    if (problem) {
      document.getElementById(fieldId)?.focus()
      return
    }
    setIsBusy(true)
    const serverProblem = await onConfirm(value).finally(() => setIsBusy(false))
    if (serverProblem) {
      setError(serverProblem)
      document.getElementById(fieldId)?.focus()
      return
    }
    close()
  }

  return (
    <Modal
      slug={slug}
      className="confirmation-modal product-edit-dialog"
      closeOnBlur={false}
      aria-labelledby={titleId}
      style={{ zIndex: DRAWER_Z_BASE + editDepth }}
    >
      <form className="confirmation-modal__wrapper" onSubmit={confirm} noValidate>
        <div className="confirmation-modal__content">
          <h2 id={titleId}>{texts.title}</h2>
          <p>{texts.intro}</p>
          <div className={`field-type textarea${error ? ' error' : ''}`}>
            <label className="field-label" htmlFor={fieldId}>
              {texts.label}
              <span className="required" aria-hidden="true">
                {' '}
                *
              </span>
            </label>
            <div className="textarea-outer">
              <textarea
                id={fieldId}
                className="textarea-element product-edit-dialog__textarea"
                rows={5}
                required
                aria-required="true"
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                value={text}
                onChange={(event) => setText(event.target.value)}
                autoFocus
              />
            </div>
            {error && (
              <p id={errorId} className="product-edit-dialog__error" role="alert">
                {error}
              </p>
            )}
          </div>
        </div>
        <div className="confirmation-modal__controls">
          <Button buttonStyle="secondary" size="large" type="button" onClick={close}>
            {texts.cancel}
          </Button>
          <Button size="large" type="submit" disabled={isBusy}>
            {texts.confirm}
          </Button>
        </div>
      </form>
    </Modal>
  )
}
