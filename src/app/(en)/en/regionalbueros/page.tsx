import { officesRoute } from '@/components/site/routes'

export const dynamic = 'force-dynamic'
export default officesRoute('en')
