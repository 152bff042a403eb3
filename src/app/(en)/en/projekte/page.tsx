import { pageMetadata, projectsRoute } from '@/components/site/routes'

export const dynamic = 'force-dynamic'
export const metadata = pageMetadata('en', 'network.projects')
export default projectsRoute('en')
