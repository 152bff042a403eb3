import type { Endpoint, PayloadHandler } from 'payload'

import { toCsv } from '@/lib/csv'
import {
  attachment,
  authorise,
  berlinDate,
  contentLocale,
} from '@/collections/AdoptionRequests/endpoints/shared'
import { IMPACT_CSV_PATH } from '@/constants'
import { IMPACT_COLUMNS, impactRows } from '@/lib/impact/table'
import { canSeeImpact, gatherImpact } from '@/services/admin/impact'

/**
 * GET /api/impact/export.csv: the figures of the impact view as one table (UTF-8 with BOM,
 * formula-safe, the request export's CSV writer). Admins get every office, office staff their
 * own; anonymous callers 401, everybody else 403. The office is the caller's, never a parameter.
 * Product titles in the language asked for with `?locale=en` (German otherwise); any other value
 * answers 400 naming `locale` (see `authorise`).
 * The figures are counts without personal data, so, unlike the request export, the download is
 * not audit-logged.
 */
export const impactCsv: PayloadHandler = async (req) => {
  const user = authorise(req, canSeeImpact)
  if (user instanceof Response) return user
  const { figures, labels } = await gatherImpact({
    payload: req.payload,
    user,
    locale: contentLocale(req),
  })
  return attachment({
    body: toCsv(IMPACT_COLUMNS, impactRows(figures, labels)),
    contentType: 'text/csv; charset=utf-8',
    filename: `wirkung-${berlinDate(new Date())}.csv`,
  })
}

export const impactCsvEndpoint: Endpoint = {
  path: IMPACT_CSV_PATH,
  method: 'get',
  handler: impactCsv,
}
