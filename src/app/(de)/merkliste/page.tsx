import { merklisteRoute } from '@/components/site/routes'

export const dynamic = 'force-dynamic'
export default merklisteRoute('de')
