import { getOpenDataProducts, getOpenDataSettings, siteOrigin } from '@/data/openData'
import { translate, type TextKey } from '@/i18n'
import { pageLocale, type LocaleParams } from '@/i18n/routing'
import { buildDcat } from '@/lib/openData/dcat'
import { lastModified } from '@/lib/openData/products'
import { OPEN_DATA_FILES, openDataPath } from '@/lib/paths'
import { getPayloadClient } from '@/services/payload'

// Built on first request, then served from the page cache until something public changes.
export const dynamic = 'force-static'
export const generateStaticParams = () => []
export const revalidate = 60

const both = (key: TextKey) => ({
  de: translate({ key, locale: 'de' }),
  en: translate({ key, locale: 'en' }),
})

/** The DCAT-AP.de record GovData harvests (src/lib/openData/dcat.ts). Bilingual, like the files. */
export async function GET(_: Request, { params }: { params: Promise<LocaleParams> }) {
  // Like the feed: the address's language is checked (only de and en) though the file is bilingual.
  await pageLocale(params)
  const payload = await getPayloadClient()
  const [products, settings] = await Promise.all([
    getOpenDataProducts({ payload }),
    getOpenDataSettings({ payload }),
  ])
  const base = siteOrigin()
  const issued = products
    .map((product) => product.firstPublishedAt)
    .filter((date): date is string => Boolean(date))
    .sort()[0]
  const record = buildDcat({
    base,
    landingPage: `${base}${openDataPath('de')}`,
    title: both('openData.dataset.title'),
    description: both('openData.dataset.description'),
    catalogueTitle: both('site.name'),
    catalogueDescription: both('openData.dataset.catalogueDescription'),
    keywords: both('openData.dataset.keywords'),
    publisherName: settings.publisherName,
    contactEmail: settings.contactEmail,
    contributorId: settings.contributorId,
    licence: settings.licence,
    attribution: settings.attribution.de,
    issued: issued ?? null,
    modified: lastModified(products),
    distributions: [
      {
        url: `${base}${OPEN_DATA_FILES.json}`,
        title: { de: 'produkte.json', en: 'produkte.json' },
        description: both('openData.files.json'),
        fileType: 'JSON',
        mediaType: 'application/json',
        isDownload: true,
      },
      {
        url: `${base}${OPEN_DATA_FILES.csv}`,
        title: { de: 'produkte.csv', en: 'produkte.csv' },
        description: both('openData.files.csv'),
        fileType: 'CSV',
        mediaType: 'text/csv',
        isDownload: true,
      },
      {
        url: `${base}/api/transfer-products`,
        title: both('openData.dataset.api'),
        description: both('openData.files.openapi'),
        fileType: 'JSON',
        mediaType: 'application/json',
        isDownload: false,
        documentation: `${base}${OPEN_DATA_FILES.openapi}`,
      },
    ],
  })
  return new Response(JSON.stringify(record), {
    headers: { 'Content-Type': 'application/ld+json; charset=utf-8' },
  })
}
