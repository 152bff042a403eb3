import { LegalPage, legalMetadata } from '@/components/site/LegalPage'
import { pageLocale, type PageProps } from '@/i18n/routing'

export const generateMetadata = legalMetadata('privacy')

export default async function Page({ params }: PageProps) {
  return <LegalPage locale={await pageLocale(params)} page="privacy" />
}
