import { getOpenDataProducts } from '@/data/openData'
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
export async function GET() {
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
