import { pageMetadata } from '@/components/site/routes'
import { deletedRoute } from '@/components/request/routes'

export const metadata = { ...pageMetadata('en', 'tracking.deletedTitle'), robots: { index: false } }
export default deletedRoute('en')
