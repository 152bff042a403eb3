import { catalogueMetadata, catalogueRoute } from '@/components/site/routes'

export const dynamic = 'force-dynamic'
export const metadata = catalogueMetadata('en')
export default catalogueRoute('en')
