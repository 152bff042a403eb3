import { legalMetadata, legalRoute } from '@/components/site/routes'

export const dynamic = 'force-dynamic'
export const metadata = legalMetadata('de', 'accessibility')
export default legalRoute('de', 'accessibility')
