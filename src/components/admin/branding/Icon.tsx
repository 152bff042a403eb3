import type { ServerProps } from 'payload'

import { translate } from '@/i18n'
import { MARK_VIEWBOX } from '@/lib/branding'

import { MarkShapes } from './Mark'

/** The small mark in the admin's header and navigation, where Payload's own icon was. */
export function Icon({ i18n }: Partial<ServerProps>) {
  return (
    <svg
      className="tk-icon"
      viewBox={MARK_VIEWBOX}
      width={24}
      height={24}
      role="img"
      aria-label={translate({ key: 'branding.logoLabel', locale: i18n?.language })}
    >
      <MarkShapes />
    </svg>
  )
}
