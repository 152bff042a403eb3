import { notFound } from 'next/navigation'

import { AlliancePage } from '@/components/network/NetworkPages'
import { SiteShell } from '@/components/site/SiteShell'
import { getAllianceBySlug } from '@/data/network'
import { otherLocale, pageLocale, type PageProps } from '@/i18n/routing'
import { alliancePath } from '@/lib/paths'
import { getPayloadClient } from '@/services/payload'

// Rendered on first visit, then from the page cache (see app/[locale]/layout.tsx).
export const generateStaticParams = () => []

export default async function AllianceRoute({ params }: PageProps<{ slug: string }>) {
  const locale = await pageLocale(params)
  const slug = decodeURIComponent((await params).slug)
  const alliance = await getAllianceBySlug({ payload: await getPayloadClient(), locale, slug })
  if (!alliance) notFound()
  return (
    <SiteShell locale={locale} alternateHref={alliancePath({ locale: otherLocale(locale), slug })}>
      <AlliancePage locale={locale} alliance={alliance} />
    </SiteShell>
  )
}
