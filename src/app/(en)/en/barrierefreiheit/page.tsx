import { legalMetadata, legalRoute } from '@/components/site/routes'

export const dynamic = 'force-dynamic'
export const metadata = legalMetadata('en', 'accessibility')
export default legalRoute('en', 'accessibility')
