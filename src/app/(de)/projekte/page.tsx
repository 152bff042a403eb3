import { pageMetadata, projectsRoute } from '@/components/site/routes'

export const dynamic = 'force-dynamic'
export const metadata = pageMetadata('de', 'network.projects')
export default projectsRoute('de')
