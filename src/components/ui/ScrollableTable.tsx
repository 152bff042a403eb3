import type { ReactNode } from 'react'

/**
 * A wide table that scrolls sideways on a narrow screen. The scrolling box is a named region a
 * keyboard can reach (tabIndex 0), so people who do not use a pointer can scroll it too
 * (axe: scrollable-region-focusable).
 */
export function ScrollableTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
