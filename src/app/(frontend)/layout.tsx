import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { translate } from '@/i18n'

import './styles.css'

export const metadata: Metadata = {
  title: translate({ key: 'site.name' }),
  description: translate({ key: 'site.tagline' }),
}

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de">
      <body>
        <a className="skip-link" href="#main">
          {translate({ key: 'site.skipLink' })}
        </a>
        {children}
      </body>
    </html>
  )
}
