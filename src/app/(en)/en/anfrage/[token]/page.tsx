import { pageMetadata } from '@/components/site/routes'
import { trackingRoute } from '@/components/request/routes'

export const dynamic = 'force-dynamic'
// The token is a key: keep it out of search engines and out of other sites' referrer logs.
export const metadata = {
  ...pageMetadata('en', 'tracking.title'),
  robots: { index: false, follow: false },
  referrer: 'no-referrer' as const,
}
export default trackingRoute('en')
