import { projectRoute } from '@/components/site/routes'

export const dynamic = 'force-dynamic'
export default projectRoute('en')
