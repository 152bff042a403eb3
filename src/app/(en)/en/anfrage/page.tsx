import { pageMetadata } from '@/components/site/routes'
import { requestFormRoute } from '@/components/request/routes'

export const dynamic = 'force-dynamic'
export const metadata = { ...pageMetadata('en', 'request.title'), robots: { index: false } }
export default requestFormRoute('en')
