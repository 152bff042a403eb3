import { ProjectsPage } from '@/components/network/NetworkPages'
import { titled } from '@/components/site/metadata'
import { SiteShell } from '@/components/site/SiteShell'
import { listProjects } from '@/data/network'
import { otherLocale, pageLocale, type PageProps } from '@/i18n/routing'
import { projectsPath } from '@/lib/paths'
import { getPayloadClient } from '@/services/payload'

export const generateMetadata = titled('network.projects')

export default async function ProjectsRoute({ params }: PageProps) {
  const locale = await pageLocale(params)
  const projects = await listProjects({ payload: await getPayloadClient(), locale })
  return (
    <SiteShell locale={locale} alternateHref={projectsPath(otherLocale(locale))}>
      <ProjectsPage locale={locale} projects={projects} />
    </SiteShell>
  )
}
