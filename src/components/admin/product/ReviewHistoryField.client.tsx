'use client'

import './productEdit.css'

import { useForm, useFormFields } from '@payloadcms/ui'
import { useId } from 'react'

import type { ReviewStatus } from '@/constants'
import type { TextKey } from '@/i18n'

import { formatAdminDateTime } from '@/lib/dates'
import { useAdminText, type AdminText } from './useAdminText'

type Entry = {
  id?: string
  at?: string
  byName?: string | null
  from?: ReviewStatus | null
  to?: ReviewStatus
  comment?: string | null
}

const base = 'product-review-history'
const SHOWN = 5

const statusLabel = (t: AdminText, status: ReviewStatus | null | undefined) =>
  status ? t(`options.reviewStatuses.${status}` as TextKey) : t('productEdit.historyStart')

function EntryItem({ entry, t }: { entry: Entry; t: AdminText }) {
  return (
    <li className={`${base}__entry`}>
      <p className={`${base}__meta`}>
        {entry.at && <time dateTime={entry.at}>{formatAdminDateTime(entry.at)}</time>}
        {entry.byName && <> · {t('productEdit.historyBy', { name: entry.byName })}</>}
      </p>
      <p className={`${base}__step`}>
        {statusLabel(t, entry.from)} → {statusLabel(t, entry.to)}
      </p>
      {entry.comment && <blockquote className={`${base}__comment`}>{entry.comment}</blockquote>}
    </li>
  )
}

/**
 * The review history (`reviewHistory`, written by the server only) made readable in the sidebar:
 * the reviewer's last comment on top, then the newest steps, the older ones folded away.
 */
export function ReviewHistoryField() {
  const { t } = useAdminText()
  const { getDataByPath } = useForm()
  const titleId = useId()
  // Re-read the rows whenever their number changes (the server appends one per transition).
  const rowCount = useFormFields(([fields]) => fields.reviewHistory?.rows?.length ?? 0)
  const history = rowCount > 0 ? ((getDataByPath('reviewHistory') as Entry[] | null) ?? []) : []
  const newestFirst = [...history].reverse()
  const lastComment = newestFirst.find(
    (entry) => entry.to === 'changes-requested' && entry.comment?.trim(),
  )
  return (
    <section className={base} aria-labelledby={titleId}>
      <h3 id={titleId} className={`${base}__title`}>
        {t('productEdit.historyTitle')}
      </h3>
      {lastComment && (
        <div className={`${base}__last`}>
          <h4 className={`${base}__last-title`}>{t('productEdit.lastComment')}</h4>
          <blockquote className={`${base}__comment`}>{lastComment.comment}</blockquote>
          <p className={`${base}__meta`}>
            {t('productEdit.lastCommentMeta', {
              name: lastComment.byName ?? '–',
              date: lastComment.at ? formatAdminDateTime(lastComment.at) : '–',
            })}
          </p>
        </div>
      )}
      {newestFirst.length === 0 ? (
        <p className={`${base}__empty`}>{t('productEdit.historyEmpty')}</p>
      ) : (
        <ol className={`${base}__entries`}>
          {newestFirst.slice(0, SHOWN).map((entry, index) => (
            <EntryItem key={entry.id ?? index} entry={entry} t={t} />
          ))}
        </ol>
      )}
      {newestFirst.length > SHOWN && (
        <details className={`${base}__older`}>
          <summary>{t('productEdit.historyOlder', { count: newestFirst.length - SHOWN })}</summary>
          <ol className={`${base}__entries`}>
            {newestFirst.slice(SHOWN).map((entry, index) => (
              <EntryItem key={entry.id ?? index} entry={entry} t={t} />
            ))}
          </ol>
        </details>
      )}
    </section>
  )
}
