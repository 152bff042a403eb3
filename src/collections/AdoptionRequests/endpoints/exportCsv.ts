import type { PayloadHandler, PayloadRequest } from 'payload'

import { isAdminOrOfficeStaffUser, staffOfficeId } from '@/access/roles'
import { COLLECTIONS, DEFAULT_LOCALE } from '@/constants'
import { translate } from '@/i18n'
import { toCsv, type CsvValue } from '@/lib/csv'
import type { AdoptionRequest, RegionalOffice, TransferProduct, User } from '@/payload-types'

import { attachment, berlinDate, contentLocale, authorise, recordExport } from './shared'

/** Stable, technical column names, so that spreadsheets and scripts can rely on them. */
export const CSV_COLUMNS = [
  'id',
  'createdAt',
  'status',
  'statusChangedAt',
  'office',
  'products',
  'organisation',
  'organisationType',
  'state',
  'postcode',
  'city',
  'contactName',
  'role',
  'email',
  'phone',
  'desiredStart',
  'publicListingConsent',
  'assigneeEmail',
] as const

const titleOf = (product: number | TransferProduct): string =>
  typeof product === 'object' ? product.title : `#${product}`

const officeName = (office: AdoptionRequest['office']): string =>
  office && typeof office === 'object' ? (office as RegionalOffice).name : ''

const assigneeEmail = (assignee: AdoptionRequest['assignee']): string =>
  assignee && typeof assignee === 'object' ? (assignee as User).email : ''

/** The fields the export reads; the rest of the request stays in the database. */
export type CsvRequest = Pick<
  AdoptionRequest,
  | 'id'
  | 'createdAt'
  | 'status'
  | 'statusChangedAt'
  | 'office'
  | 'products'
  | 'requester'
  | 'desiredStart'
  | 'publicListingConsent'
  | 'assignee'
>

/** One request as a CSV row, in the order of CSV_COLUMNS (relations populated at depth 1). */
export const requestCsvRow = (request: CsvRequest): CsvValue[] => [
  request.id,
  request.createdAt,
  request.status,
  request.statusChangedAt,
  officeName(request.office),
  (request.products ?? []).map(titleOf).join('; '),
  request.requester?.organisation,
  request.requester?.organisationType,
  request.requester?.state,
  request.requester?.postcode,
  request.requester?.city,
  request.requester?.name,
  request.requester?.role,
  request.requester?.email,
  request.requester?.phone,
  request.desiredStart,
  Boolean(request.publicListingConsent),
  assigneeEmail(request.assignee),
]

/** "Regionalbüro West" for office staff, "alle Regionalbüros" for admins: the log's wording. */
const exportScope = async (req: PayloadRequest, user: User): Promise<string> => {
  const officeId = staffOfficeId(user)
  if (officeId === undefined) return translate({ key: 'dashboard.auditAllOffices' })
  const { docs } = await req.payload.find({
    collection: COLLECTIONS.regionalOffices,
    where: { id: { equals: officeId } },
    limit: 1,
    depth: 0,
    select: { name: true },
    locale: DEFAULT_LOCALE,
    overrideAccess: true,
    req,
  })
  return docs[0]?.name ?? `#${officeId}`
}

/**
 * GET /api/adoption-requests/export.csv: the requests the caller may read (admins: all offices,
 * office staff: their own), one row each. Reads run as the caller, so the collection's access
 * rules pick the rows; every export is written to the audit log.
 */
export const exportCsv: PayloadHandler = async (req) => {
  const user = authorise(req, isAdminOrOfficeStaffUser)
  if (user instanceof Response) return user
  const { docs } = await req.payload.find({
    collection: COLLECTIONS.adoptionRequests,
    depth: 1,
    pagination: false,
    sort: '-createdAt',
    select: {
      createdAt: true,
      status: true,
      statusChangedAt: true,
      office: true,
      products: true,
      requester: true,
      desiredStart: true,
      publicListingConsent: true,
      assignee: true,
    },
    populate: {
      [COLLECTIONS.transferProducts]: { title: true },
      [COLLECTIONS.regionalOffices]: { name: true },
      [COLLECTIONS.users]: { email: true },
    },
    locale: contentLocale(req),
    overrideAccess: false,
    user,
    req,
  })
  const details = translate({
    key: 'dashboard.auditCsvDetails',
    values: { count: docs.length, scope: await exportScope(req, user) },
  })
  await recordExport({ req, action: 'requests-csv-export', user, details })
  return attachment({
    body: toCsv(CSV_COLUMNS, docs.map(requestCsvRow)),
    contentType: 'text/csv; charset=utf-8',
    filename: `anfragen-${berlinDate(new Date())}.csv`,
  })
}
