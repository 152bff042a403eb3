'use client'

import { useParams } from 'next/navigation'

import { ErrorPage } from '@/components/site/ErrorPage.client'

export default function ErrorBoundary({ reset }: { reset: () => void }) {
  const { locale } = useParams<{ locale: string }>()
  return <ErrorPage locale={locale === 'en' ? 'en' : 'de'} reset={reset} />
}
