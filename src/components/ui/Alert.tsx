import type { ReactNode } from 'react'

/**
 * KERN's alert: an icon and a title, and below them, when given, a body (the links of an error
 * summary, the suggestions for an empty result).
 */
export function Alert({
  kind,
  title,
  role,
  id,
  isFocusTarget = false,
  children,
}: {
  kind: 'info' | 'success' | 'warning' | 'danger'
  title: ReactNode
  role?: 'status' | 'alert'
  id?: string
  /** Focus is moved here by script (the form's error after sending). */
  isFocusTarget?: boolean
  children?: ReactNode
}) {
  return (
    <div
      className={`kern-alert kern-alert--${kind}`}
      role={role}
      id={id}
      tabIndex={isFocusTarget ? -1 : undefined}
    >
      <div className="kern-alert__header">
        <span className={`kern-icon kern-icon--${kind}`} aria-hidden="true" />
        <p className="kern-title">{title}</p>
      </div>
      {children ? <div className="kern-alert__body">{children}</div> : null}
    </div>
  )
}
