import type { DefaultServerCellComponentProps } from 'payload'

import { translate } from '@/i18n'
import { daysSinceLastChange, lastChangeAt } from '@/lib/requests/age'

/** "3 Tage" since the last status change or update, whichever is later; the exact time on hover. */
export function SinceLastChangeCell({ rowData, i18n }: DefaultServerCellComponentProps) {
  const locale = i18n.language === 'en' ? 'en' : 'de'
  const days = daysSinceLastChange({ request: rowData, now: new Date() })
  if (days === undefined) return <span>–</span>
  const text =
    days === 0
      ? translate({ key: 'requestList.today', locale })
      : days === 1
        ? translate({ key: 'requestList.oneDay', locale })
        : translate({ key: 'requestList.days', locale, values: { count: days } })
  return (
    <time className="request-age" dateTime={lastChangeAt(rowData)?.toISOString()}>
      {text}
    </time>
  )
}
