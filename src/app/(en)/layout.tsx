import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { translate } from '@/i18n'

import '../site.css'

export const metadata: Metadata = {
  metadataBase: new URL(process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000'),
  title: translate({ key: 'site.name', locale: 'en' }),
  description: translate({ key: 'site.tagline', locale: 'en' }),
}

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
