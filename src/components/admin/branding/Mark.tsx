import { createElement } from 'react'

import { MARK_SHAPES } from '@/lib/branding'

/** The mark's shapes inside an `<svg>` of the caller's (src/lib/branding.ts draws them). */
export function MarkShapes() {
  return (
    <>{MARK_SHAPES.map(({ tag, attrs }, index) => createElement(tag, { key: index, ...attrs }))}</>
  )
}
