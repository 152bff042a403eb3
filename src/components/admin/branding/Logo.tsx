import type { ServerProps } from 'payload'

import { translate } from '@/i18n'

import { MarkShapes } from './Mark'

/** Word mark on the login page: the mark and "Transferkatalog" in the admin's own font. */
export function Logo({ i18n }: Partial<ServerProps>) {
  const name = translate({ key: 'branding.name', locale: i18n?.language })
  return (
    <svg
      className="tk-logo"
      viewBox="0 0 300 48"
      width={300}
      height={48}
      role="img"
      aria-label={translate({ key: 'branding.logoLabel', locale: i18n?.language })}
    >
      <g transform="scale(1.5)">
        <MarkShapes />
      </g>
      {/* The system's sans-serif, fitted to a fixed width so no font has to be loaded. */}
      <text
        x={60}
        y={34}
        textLength={236}
        lengthAdjust="spacingAndGlyphs"
        fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
        fontSize={28}
        fontWeight={700}
        fill="currentColor"
        aria-hidden="true"
      >
        {name}
      </text>
    </svg>
  )
}
