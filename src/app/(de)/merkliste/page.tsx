import { pageMetadata, merklisteRoute } from '@/components/site/routes'

export const dynamic = 'force-dynamic'
export const metadata = pageMetadata('de', 'merkliste.title')
export default merklisteRoute('de')
