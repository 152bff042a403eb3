import { legalMetadata, legalRoute } from '@/components/site/routes'

export const dynamic = 'force-dynamic'
export const metadata = legalMetadata('de', 'imprint')
export default legalRoute('de', 'imprint')
