import { catalogueMetadata, catalogueRoute } from '@/components/site/routes'

export const dynamic = 'force-dynamic'
export const metadata = catalogueMetadata('de')
export default catalogueRoute('de')
