import './RequestDashboard.css'
import './dashboard/Dashboard.css'

import { DefaultDashboard, type DashboardViewServerProps } from '@payloadcms/next/views'
import { Gutter } from '@payloadcms/ui'
import Link from 'next/link'

import { isAdminUser } from '@/access/roles'
import { IMPACT_VIEW_PATH, REQUEST_STATUSES, type Locale } from '@/constants'
import {
  assignedWhere,
  canSeeRequestStats,
  gatherRequestStats,
  overdueWhere,
  type MonthCount,
  type ProductCount,
  type RequestList,
  type RequestStats,
} from '@/data/requestStats'
import { translate, type TextKey } from '@/i18n'
import { formatDate } from '@/lib/dates'
import type { User } from '@/payload-types'

import {
  canReview,
  gatherReviewQueue,
  hasOwnProducts,
  listMyProducts,
  type MyProduct,
  type ReviewQueue as Queue,
} from '@/services/admin/productDashboards'

import { MyProducts } from './dashboard/MyProducts'
import { ReviewQueue } from './dashboard/ReviewQueue'
import type { T } from './dashboard/types'
import {
  csvExportHref,
  dataEraseHref,
  dataExportHref,
  requestHref,
  requestListHref,
  type Routes,
} from './links'

const base = 'rq-dash'

const percent = (count: number, max: number): number =>
  max > 0 ? Math.round((count / max) * 100) : 0

/** A table whose count cells carry a bar: the chart and its accessible text in one. */
function BarTable({
  id,
  title,
  labelHeader,
  rows,
  t,
}: {
  id: string
  title: string
  labelHeader: string
  rows: { key: string; label: string; count: number }[]
  t: T
}) {
  const max = Math.max(0, ...rows.map((row) => row.count))
  return (
    <section className={`${base}__section`} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {rows.length === 0 ? (
        <p>{t('dashboard.none')}</p>
      ) : (
        <>
          <table className={`${base}__table ${base}__bars`} aria-labelledby={id}>
            <thead>
              <tr>
                <th scope="col">{labelHeader}</th>
                <th scope="col">{t('dashboard.count')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td>
                    <div className={`${base}__bar-cell`}>
                      <span className={`${base}__bar-track`} aria-hidden="true">
                        <span
                          className={`${base}__bar`}
                          style={{ width: `${percent(row.count, max)}%` }}
                        />
                      </span>
                      <span className={`${base}__bar-value`}>{row.count}</span>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className={`${base}__note`}>{t('dashboard.chartNote')}</p>
        </>
      )}
    </section>
  )
}

/** Open requests (overdue, or assigned to the user), with a link to each and to the full list. */
function RequestTable({
  id,
  title,
  list,
  listHref,
  routes,
  locale,
  t,
}: {
  id: string
  title: string
  list: RequestList
  listHref: string
  routes: Routes
  locale: Locale
  t: T
}) {
  const date = (value: string | null) => (value ? formatDate(locale, value, 'medium') : '–')
  return (
    <section className={`${base}__section`} aria-labelledby={id}>
      <h3 id={id}>
        {title} <span className={`${base}__badge`}>{list.total}</span>
      </h3>
      {list.rows.length === 0 ? (
        <p>{t('dashboard.none')}</p>
      ) : (
        <div className={`${base}__scroll`}>
          <table className={`${base}__table`} aria-labelledby={id}>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.request')}</th>
                <th scope="col">{t('dashboard.organisation')}</th>
                <th scope="col">{t('dashboard.status')}</th>
                <th scope="col">{t('fields.statusChangedAt')}</th>
                <th scope="col">{t('dashboard.daysWaiting')}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={String(row.id)}>
                  <th scope="row">
                    <Link href={requestHref(routes, row.id)}>#{row.id}</Link>
                  </th>
                  <td>{row.organisation}</td>
                  <td>{t(`options.requestStatuses.${row.status}` as TextKey)}</td>
                  <td>{date(row.statusChangedAt)}</td>
                  <td>
                    <span className={`${base}__days`}>{row.daysWaiting}</span>
                    <span className={`${base}__sr-only`}>
                      {' '}
                      ({t('dashboard.waiting', { days: row.daysWaiting })})
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.total > list.rows.length && (
        <p>
          <Link href={listHref}>{t('dashboard.more', { count: list.total })}</Link>
        </p>
      )}
    </section>
  )
}

/** One link per status, each opening the list filtered by it. */
function StatusCounts({ stats, routes, t }: { stats: RequestStats; routes: Routes; t: T }) {
  return (
    <section className={`${base}__section`} aria-labelledby={`${base}-status`}>
      <h3 id={`${base}-status`}>{t('dashboard.byStatus')}</h3>
      <ul className={`${base}__counts`}>
        {REQUEST_STATUSES.map((status) => (
          <li key={status}>
            <Link
              className={`${base}__count`}
              href={requestListHref(routes, { status: { equals: status } })}
            >
              <span className={`${base}__count-number`}>{stats.byStatus[status]}</span>
              <span className={`${base}__count-label`}>
                {t(`options.requestStatuses.${status}` as TextKey)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link href={requestListHref(routes)}>{t('dashboard.allRequests')}</Link> ({stats.total})
      </p>
    </section>
  )
}

/** The CSV download for everyone here; the data-subject export for admins only. */
function Exports({ user, routes, t }: { user: User; routes: Routes; t: T }) {
  return (
    <section className={`${base}__section`} aria-labelledby={`${base}-export`}>
      <h3 id={`${base}-export`}>{t('dashboard.exportTitle')}</h3>
      <p>
        <a href={csvExportHref(routes)} download>
          {t('dashboard.exportCsv')}
        </a>
      </p>
      <p className={`${base}__note`}>{t('dashboard.exportNote')}</p>
      {isAdminUser(user) && (
        <form className={`${base}__form`} method="post" action={dataExportHref(routes)}>
          <label htmlFor={`${base}-email`}>{t('dashboard.dataExport')}</label>
          <div className={`${base}__form-row`}>
            <input
              id={`${base}-email`}
              name="email"
              type="email"
              required
              autoComplete="off"
              placeholder={t('dashboard.email')}
            />
            <button type="submit">{t('dashboard.dataExportButton')}</button>
          </div>
        </form>
      )}
      {isAdminUser(user) && (
        <form className={`${base}__form`} method="post" action={dataEraseHref(routes)}>
          <label htmlFor={`${base}-erase-email`}>{t('dashboard.dataErase')}</label>
          <div className={`${base}__form-row`}>
            <input
              id={`${base}-erase-email`}
              name="email"
              type="email"
              required
              autoComplete="off"
              placeholder={t('dashboard.email')}
            />
          </div>
          <p>
            <input id={`${base}-erase-confirm`} name="confirm" type="checkbox" required />{' '}
            <label htmlFor={`${base}-erase-confirm`}>{t('dashboard.dataEraseConfirm')}</label>
          </p>
          <button type="submit">{t('dashboard.dataEraseButton')}</button>
        </form>
      )}
    </section>
  )
}

const monthLabel = (month: string, locale: Locale): string =>
  new Date(`${month}-01T12:00:00Z`).toLocaleDateString(locale === 'en' ? 'en-GB' : 'de-DE', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })

const productRows = (products: ProductCount[], otherProducts: number, t: T) => [
  ...products.map((product) => ({
    key: String(product.id),
    label: product.title,
    count: product.count,
  })),
  ...(otherProducts > 0
    ? [{ key: 'other', label: t('dashboard.otherProducts'), count: otherProducts }]
    : []),
]

const monthRows = (months: MonthCount[], locale: Locale) =>
  months.map(({ month, count }) => ({ key: month, label: monthLabel(month, locale), count }))

/** The figures, once gathered; kept apart so the page still renders when reading fails. */
function Overview({
  stats,
  user,
  routes,
  locale,
  now,
  t,
}: {
  stats: RequestStats
  user: User
  routes: Routes
  locale: Locale
  now: Date
  t: T
}) {
  return (
    <>
      <StatusCounts stats={stats} routes={routes} t={t} />
      <div className={`${base}__grid`}>
        <RequestTable
          id={`${base}-overdue`}
          title={t('dashboard.overdue', { days: stats.overdueDays })}
          list={stats.overdue}
          listHref={requestListHref(routes, overdueWhere(now, stats.overdueDays))}
          routes={routes}
          locale={locale}
          t={t}
        />
        <RequestTable
          id={`${base}-mine`}
          title={t('dashboard.assignedToMe')}
          list={stats.assignedToMe}
          listHref={requestListHref(routes, assignedWhere(user.id))}
          routes={routes}
          locale={locale}
          t={t}
        />
      </div>
      <div className={`${base}__grid`}>
        <BarTable
          id={`${base}-products`}
          title={t('dashboard.perProduct')}
          labelHeader={t('dashboard.product')}
          rows={productRows(stats.perProduct, stats.otherProducts, t)}
          t={t}
        />
        <BarTable
          id={`${base}-months`}
          title={t('dashboard.perMonth')}
          labelHeader={t('dashboard.month')}
          rows={monthRows(stats.perMonth, locale)}
          t={t}
        />
      </div>
      <Exports user={user} routes={routes} t={t} />
    </>
  )
}

/** Runs a read for the home page; a failure is logged and shown as such, not as a broken page. */
const attempt = async <R,>(
  req: DashboardViewServerProps['initPageResult']['req'],
  what: string,
  read: () => Promise<R>,
): Promise<R | null> => {
  try {
    return await read()
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Admin home: reading ${what} failed` })
    return null
  }
}

/**
 * The admin home page (registered as `admin.components.views.dashboard`), above Payload's own
 * dashboard: "Meine Produkte" for project staff, the review queue for office staff and admins,
 * then the request figures of the user's office (admins: of all offices). Every read runs as the
 * user, so the collections' access rules decide what is shown; only the request and adoption
 * counts per product are read without them, as numbers, for products the user may read.
 */
export async function RequestDashboard(props: DashboardViewServerProps) {
  const { req } = props.initPageResult
  const user = req.user as User | null
  const hasProducts = hasOwnProducts(user)
  const isReviewer = canReview(user)
  const hasRequests = canSeeRequestStats(user)
  if (!user || (!hasProducts && !isReviewer && !hasRequests)) return <DefaultDashboard {...props} />
  const locale: Locale = req.i18n.language === 'en' ? 'en' : 'de'
  const t: T = (key, values) => translate({ key, locale, values })
  const routes: Routes = req.payload.config.routes
  const now = new Date()
  const read = { payload: req.payload, user, now, locale }
  const [products, queue, stats] = await Promise.all([
    hasProducts
      ? attempt<MyProduct[]>(req, 'my products', () => listMyProducts(read))
      : Promise.resolve(null),
    isReviewer
      ? attempt<Queue>(req, 'the review queue', () => gatherReviewQueue(read))
      : Promise.resolve(null),
    hasRequests
      ? attempt<RequestStats>(req, 'the request figures', () => gatherRequestStats(read))
      : Promise.resolve(null),
  ])
  return (
    <>
      <Gutter className={`${base} pd-dash`}>
        <h1>{t('productDashboard.title')}</h1>
        <p className={`${base}__intro`}>{t('productDashboard.intro')}</p>
        {hasProducts && <MyProducts products={products} routes={routes} t={t} />}
        {isReviewer && (
          <ReviewQueue queue={queue} isAdmin={isAdminUser(user)} routes={routes} t={t} />
        )}
        {hasRequests && (
          <section className={`${base}__section`} aria-labelledby={`${base}-requests`}>
            <h2 id={`${base}-requests`}>{t('dashboard.title')}</h2>
            <p className={`${base}__intro`}>
              {t(isAdminUser(user) ? 'dashboard.introAdmin' : 'dashboard.intro')}
            </p>
            <p>
              <Link href={`${routes.admin}${IMPACT_VIEW_PATH}`}>{t('impact.dashboardLink')}</Link>
            </p>
            {stats ? (
              <Overview stats={stats} user={user} routes={routes} locale={locale} now={now} t={t} />
            ) : (
              <p role="alert">{t('dashboard.unavailable')}</p>
            )}
          </section>
        )}
      </Gutter>
      <DefaultDashboard {...props} />
    </>
  )
}
