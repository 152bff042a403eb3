import { OfficesPage } from '@/components/network/NetworkPages'
import { titled } from '@/components/site/metadata'
import { SiteShell } from '@/components/site/SiteShell'
import { listOffices } from '@/data/network'
import { otherLocale, pageLocale, type PageProps } from '@/i18n/routing'
import { officesPath } from '@/lib/paths'
import { getPayloadClient } from '@/services/payload'

export const generateMetadata = titled('network.offices')

export default async function OfficesRoute({ params }: PageProps) {
  const locale = await pageLocale(params)
  const offices = await listOffices({ payload: await getPayloadClient(), locale })
  return (
    <SiteShell locale={locale} alternateHref={officesPath(otherLocale(locale))}>
      <OfficesPage locale={locale} offices={offices} />
    </SiteShell>
  )
}
