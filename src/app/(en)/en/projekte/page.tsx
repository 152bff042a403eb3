import { projectsRoute } from '@/components/site/routes'

export const dynamic = 'force-dynamic'
export default projectsRoute('en')
