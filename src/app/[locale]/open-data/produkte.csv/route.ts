import { getOpenDataProducts } from '@/data/openData'
import { pageLocale, type LocaleParams } from '@/i18n/routing'
import { toCsv } from '@/lib/csv'
import { CSV_COLUMNS, csvRows } from '@/lib/openData/products'
import { getPayloadClient } from '@/services/payload'

// Built on first request, then served from the page cache until something public changes.
export const dynamic = 'force-static'
export const generateStaticParams = () => []
export const revalidate = 60

/**
 * The products of produkte.json, one row each: UTF-8 with a byte order mark, and no cell a
 * spreadsheet would run as a formula (src/lib/csv.ts). The same file under `/en/…`.
 */
export async function GET(_: Request, { params }: { params: Promise<LocaleParams> }) {
  // Like the feed: the address's language is checked (only de and en) though the file is bilingual.
  await pageLocale(params)
  const products = await getOpenDataProducts({ payload: await getPayloadClient() })
  const body = toCsv(
    CSV_COLUMNS.map((column) => column.name),
    csvRows(products),
  )
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': 'inline; filename="produkte.csv"',
    },
  })
}
