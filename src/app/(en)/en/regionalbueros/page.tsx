import { pageMetadata, officesRoute } from '@/components/site/routes'

export const dynamic = 'force-dynamic'
export const metadata = pageMetadata('en', 'network.offices')
export default officesRoute('en')
