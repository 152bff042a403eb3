import { allianceRoute } from '@/components/site/routes'

export const dynamic = 'force-dynamic'
export default allianceRoute('de')
