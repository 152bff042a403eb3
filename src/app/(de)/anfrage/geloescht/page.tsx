import { pageMetadata } from '@/components/site/routes'
import { deletedRoute } from '@/components/request/routes'

export const metadata = { ...pageMetadata('de', 'tracking.deletedTitle'), robots: { index: false } }
export default deletedRoute('de')
