import { pageMetadata, officesRoute } from '@/components/site/routes'

export const dynamic = 'force-dynamic'
export const metadata = pageMetadata('de', 'network.offices')
export default officesRoute('de')
