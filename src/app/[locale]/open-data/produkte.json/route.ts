import { OPEN_DATA_LICENCES } from '@/constants'
import { getOpenDataProducts, getOpenDataSettings, siteOrigin } from '@/data/openData'
import { pageLocale, type LocaleParams } from '@/i18n/routing'
import { lastModified } from '@/lib/openData/products'
import { OPEN_DATA_FILES } from '@/lib/paths'
import { getPayloadClient } from '@/services/payload'

// Built on first request, then served from the page cache until something public changes.
export const dynamic = 'force-static'
export const generateStaticParams = () => []
export const revalidate = 60

/**
 * Every published product on offer in both languages (src/lib/openData/products.ts). The same
 * file under `/en/open-data/produkte.json`: it holds both languages.
 */
export async function GET(_: Request, { params }: { params: Promise<LocaleParams> }) {
  // Like the feed: the address's language is checked (only de and en) though the file is bilingual.
  await pageLocale(params)
  const payload = await getPayloadClient()
  const [products, settings] = await Promise.all([
    getOpenDataProducts({ payload }),
    getOpenDataSettings({ payload }),
  ])
  const body = {
    source: `${siteOrigin()}/open-data`,
    description: `${siteOrigin()}${OPEN_DATA_FILES.dcat}`,
    licence: OPEN_DATA_LICENCES[settings.licence],
    attribution: settings.attribution,
    modified: lastModified(products),
    count: products.length,
    products,
  }
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
