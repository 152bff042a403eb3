import type { ReactNode } from 'react'

import type { Locale } from '@/constants'
import type { TextKey } from '@/i18n'

import { trackingPath } from '@/lib/paths'

import { deleteRequestData, sendTrackingMessage, withdrawRequest } from '../actions'
import { ErrorMessage, fieldClasses, FieldGroup } from '../form/FieldParts'
import { ActionForm } from './ActionForm.client'
import { trackingTexts, type TrackingText } from './texts'

/** What the page was told after a form was sent (`?fehler=…&formular=…`). */
export type FormFeedback = { error?: string; form?: string | string[] }

const Hidden = ({ token, locale }: { token: string; locale: Locale }) => (
  <>
    <input type="hidden" name="token" value={token} />
    <input type="hidden" name="locale" value={locale} />
  </>
)

/**
 * The requester's own actions, as plain POST forms that work without JavaScript: a message to
 * the office and withdrawing (while the request is open), deleting their data (always).
 */
export function RequesterForms({
  locale,
  token,
  isClosed,
  feedback,
}: {
  locale: Locale
  token: string
  isClosed: boolean
  feedback: FormFeedback
}) {
  const t = trackingTexts(locale)
  const hidden = <Hidden token={token} locale={locale} />
  const permalink = trackingPath({ locale, token })
  // Which of the two confirm forms was sent without its tick (the error goes next to it).
  const unconfirmed = feedback.error === 'confirmRequired' ? feedback.form : undefined
  const confirm = { hidden, t, unconfirmed, permalink }
  return (
    <>
      {isClosed ? (
        <p>{t('tracking.closed')}</p>
      ) : (
        <>
          <MessageForm
            hidden={hidden}
            t={t}
            missing={feedback.error === 'messageRequired'}
            permalink={permalink}
          />
          <ConfirmForm action={withdrawRequest} id="zurueckziehen" kind="withdraw" {...confirm} />
        </>
      )}
      <ConfirmForm action={deleteRequestData} id="loeschen" kind="delete" {...confirm} />
    </>
  )
}

function MessageForm({
  hidden,
  t,
  missing,
  permalink,
}: {
  hidden: ReactNode
  t: TrackingText
  missing: boolean
  permalink: string
}) {
  const classes = fieldClasses(missing ? 'missing' : undefined)
  return (
    <ActionForm
      action={sendTrackingMessage}
      permalink={permalink}
      className="request-form"
      id="nachricht"
    >
      {hidden}
      <FieldGroup legend={t('tracking.messageLegend')}>
        <div className={classes.wrapper}>
          <label className="kern-label" htmlFor="tracking-message">
            {t('tracking.message')}
          </label>
          {missing ? (
            <ErrorMessage id="tracking-message-error" text={t('requestErrors.messageRequired')} />
          ) : null}
          <textarea
            className={classes.input}
            id="tracking-message"
            name="message"
            rows={4}
            maxLength={2000}
            aria-invalid={missing || undefined}
            aria-describedby={missing ? 'tracking-message-error' : undefined}
          />
        </div>
        <p>
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t('tracking.messageSend')}</span>
          </button>
        </p>
      </FieldGroup>
    </ActionForm>
  )
}

/** A step the requester must confirm with a tick (withdraw, delete). */
function ConfirmForm({
  action,
  id,
  kind,
  hidden,
  t,
  unconfirmed,
  permalink,
}: {
  action: (state: null, data: FormData) => Promise<null>
  permalink: string
  id: string
  kind: 'withdraw' | 'delete'
  hidden: ReactNode
  t: TrackingText
  unconfirmed?: string | string[]
}) {
  const text = (part: 'Legend' | 'Hint' | 'Confirm' | 'Button') =>
    t(`tracking.${kind}${part}` as TextKey)
  const missing = unconfirmed === id
  const classes = fieldClasses(missing ? 'missing' : undefined)
  return (
    <ActionForm action={action} permalink={permalink} className="request-form" id={id}>
      {hidden}
      <fieldset className={classes.fieldset}>
        <legend className="kern-label">{text('Legend')}</legend>
        <p className="kern-hint">{text('Hint')}</p>
        {missing ? (
          <ErrorMessage id={`${id}-error`} text={t('requestErrors.confirmRequired')} />
        ) : null}
        <div className="kern-fieldset__body">
          <div className="kern-form-check">
            <input
              type="checkbox"
              id={`${id}-confirm`}
              className={classes.checkbox}
              name="confirm"
              aria-invalid={missing || undefined}
              aria-describedby={missing ? `${id}-error` : undefined}
              autoFocus={missing || undefined}
            />
            <label className="kern-label" htmlFor={`${id}-confirm`}>
              {text('Confirm')}
            </label>
          </div>
          <p>
            <button type="submit" className="kern-btn kern-btn--secondary">
              <span className="kern-label">{text('Button')}</span>
            </button>
          </p>
        </div>
      </fieldset>
    </ActionForm>
  )
}
