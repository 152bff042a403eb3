import Link from 'next/link'

import type { Locale } from '@/constants'
import type { TrackedRequest } from '@/data/tracking'
import type { TextKey } from '@/i18n'
import { formatDate } from '@/lib/dates'
import { productPath } from '@/lib/paths'

import { trackingTexts } from './texts'
import { ScrollableTable } from '@/components/ui/ScrollableTable'

/** Status, products, date and office of a request, then its history and the messages sent. */
export function RequestSummary({
  locale,
  tracked: { request, products, officeName },
}: {
  locale: Locale
  tracked: TrackedRequest
}) {
  const t = trackingTexts(locale)
  const status = (value: string) => t(`options.requestStatuses.${value}` as TextKey)
  return (
    <>
      <dl className="facts">
        <dt>{t('tracking.status')}</dt>
        <dd>
          <span className="kern-badge kern-badge--info status-badge" data-status={request.status}>
            <span className="kern-label">{status(request.status)}</span>
          </span>
        </dd>
        <dt>{t('tracking.products')}</dt>
        <dd>
          <ul className="plain-list">
            {products.map((entry) => (
              <li key={entry.id}>
                <Link href={productPath({ locale, slug: entry.slug })}>{entry.title}</Link>
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <p>
        {t('tracking.submittedAt', { date: formatDate(locale, request.createdAt) })}.{' '}
        {officeName ? t('tracking.office', { office: officeName }) : t('tracking.officeNone')}
      </p>

      <h2>{t('tracking.history')}</h2>
      <ScrollableTable label={t('tracking.history')}>
        <table className="kern-table compare">
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th className="kern-table__header" scope="col">
                {t('tracking.historyDate')}
              </th>
              <th className="kern-table__header" scope="col">
                {t('tracking.historyStatus')}
              </th>
              <th className="kern-table__header" scope="col">
                {t('tracking.historyNote')}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {(request.statusHistory ?? []).map((entry, index) => (
              <tr className="kern-table__row" key={entry.id ?? index}>
                <td className="kern-table__cell">{formatDate(locale, entry.at)}</td>
                <td className="kern-table__cell">{status(entry.to)}</td>
                <td className="kern-table__cell">{entry.comment ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollableTable>

      {request.requesterMessages?.length ? (
        <>
          <h2>{t('tracking.messages')}</h2>
          <ul className="plain-list">
            {request.requesterMessages.map((message, index) => (
              <li key={message.id ?? index}>
                <p className="muted">{formatDate(locale, message.at)}</p>
                <p className="pre-line">{message.text}</p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}
