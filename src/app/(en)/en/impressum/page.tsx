import { legalMetadata, legalRoute } from '@/components/site/routes'

export const dynamic = 'force-dynamic'
export const metadata = legalMetadata('en', 'imprint')
export default legalRoute('en', 'imprint')
