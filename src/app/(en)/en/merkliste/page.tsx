import { pageMetadata, merklisteRoute } from '@/components/site/routes'

export const dynamic = 'force-dynamic'
export const metadata = pageMetadata('en', 'merkliste.title')
export default merklisteRoute('en')
