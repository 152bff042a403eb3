import { notFound } from 'next/navigation'

import { ProjectPage } from '@/components/network/NetworkPages'
import { SiteShell } from '@/components/site/SiteShell'
import { getProjectBySlug } from '@/data/network'
import { otherLocale, pageLocale, type PageProps } from '@/i18n/routing'
import { projectPath } from '@/lib/paths'
import { getPayloadClient } from '@/services/payload'

// Rendered on first visit, then from the page cache (see app/[locale]/layout.tsx).
export const generateStaticParams = () => []

export default async function ProjectRoute({ params }: PageProps<{ slug: string }>) {
  const locale = await pageLocale(params)
  const slug = decodeURIComponent((await params).slug)
  const project = await getProjectBySlug({ payload: await getPayloadClient(), locale, slug })
  if (!project) notFound()
  return (
    <SiteShell locale={locale} alternateHref={projectPath({ locale: otherLocale(locale), slug })}>
      <ProjectPage locale={locale} project={project} />
    </SiteShell>
  )
}
