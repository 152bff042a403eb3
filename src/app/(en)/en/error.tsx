'use client'

import { ErrorPage } from '@/components/site/ErrorPage.client'

export default function ErrorBoundary({ reset }: { reset: () => void }) {
  return <ErrorPage locale="en" reset={reset} />
}
