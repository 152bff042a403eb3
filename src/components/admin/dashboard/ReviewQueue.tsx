import Link from 'next/link'

import type { Routes } from '@/components/admin/links'
import type { QueueItem, ReviewQueue as Queue } from '@/services/admin/productDashboards'

import { formatAdminDateTime } from '@/lib/dates'
import { productHref, productListHref, versionCompareHref } from '../links'
import type { T } from './types'

const base = 'pd-dash'

function Compare({ item, routes, t }: { item: QueueItem; routes: Routes; t: T }) {
  if (!item.compare)
    return (
      <>
        <span className="pd-badge pd-badge--new">{t('productDashboard.isNew')}</span>{' '}
        <span className={`${base}__note`}>{t('productDashboard.isNewNote')}</span>
      </>
    )
  return (
    <Link href={versionCompareHref(routes, { productId: item.id, ...item.compare })}>
      {t('productDashboard.compareLink')}
      <span className={`${base}__sr-only`}>: {item.title}</span>
    </Link>
  )
}

/**
 * The review queue of office staff and admins: submitted products, oldest submission first,
 * each with the days it has waited and a one-click compare with the published version.
 */
export function ReviewQueue({
  queue,
  isAdmin,
  routes,
  t,
}: {
  queue: Queue | null
  isAdmin: boolean
  routes: Routes
  t: T
}) {
  const id = `${base}-queue`
  return (
    <section className={`${base}__section`} aria-labelledby={id}>
      <h2 id={id}>
        {t('productDashboard.queue')}{' '}
        {queue && <span className={`${base}__count`}>{queue.items.length}</span>}
      </h2>
      {queue === null ? (
        <p role="alert">{t('productDashboard.unavailable')}</p>
      ) : (
        <>
          <p className={`${base}__note`}>
            {t(isAdmin ? 'productDashboard.queueIntroAdmin' : 'productDashboard.queueIntro', {
              days: queue.overdueDays,
            })}
          </p>
          {queue.items.length === 0 ? (
            <p>{t('productDashboard.queueEmpty')}</p>
          ) : (
            <div className={`${base}__scroll`}>
              <table className={`${base}__table`}>
                <caption className={`${base}__sr-only`}>
                  {t('productDashboard.queueCaption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('productDashboard.product')}</th>
                    <th scope="col">{t('productDashboard.submittedAt')}</th>
                    <th scope="col">{t('productDashboard.daysWaited')}</th>
                    <th scope="col">{t('productDashboard.compare')}</th>
                  </tr>
                </thead>
                <tbody>
                  {queue.items.map((item) => (
                    <tr key={String(item.id)} data-product={String(item.id)}>
                      <th scope="row">
                        <Link href={productHref(routes, item.id)}>{item.title}</Link>
                        {item.project && <p className={`${base}__note`}>{item.project}</p>}
                      </th>
                      <td>{formatAdminDateTime(item.waitingSince)}</td>
                      <td>
                        <span className={`${base}__days`}>{item.daysWaited}</span>
                        {item.isOverdue && (
                          <>
                            {' '}
                            <span className="pd-badge pd-badge--overdue">
                              {t('productDashboard.overdue')}
                            </span>
                          </>
                        )}
                      </td>
                      <td>
                        <Compare item={item} routes={routes} t={t} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p>
            <Link href={productListHref(routes, { reviewStatus: { equals: 'changes-requested' } })}>
              {t('productDashboard.changesRequested', { count: queue.changesRequested })}
            </Link>{' '}
            <span className={`${base}__note`}>({t('productDashboard.changesRequestedNote')})</span>
          </p>
        </>
      )}
    </section>
  )
}
