import { pageMetadata, mapRoute } from '@/components/site/routes'

export const dynamic = 'force-dynamic'
export const metadata = pageMetadata('en', 'map.title')
export default mapRoute('en')
