import Link from 'next/link'
import { Suspense } from 'react'

import type { Locale } from '@/constants'
import type { CatalogueEntry } from '@/data/catalogue'
import { translate, type TextKey } from '@/i18n'

import { productPath, requestFormPath } from '@/lib/paths'
import { Alert } from '../ui/Alert'
import { BookmarkButton } from './BookmarkButton.client'
import { MerklisteSync } from './MerklisteSync.client'
import { ScrollableTable } from '@/components/ui/ScrollableTable'

const COMPARE_MAX = 4

/** The saved list with a side-by-side comparison and one request for several products. */
export function MerklistePage({ locale, entries }: { locale: Locale; entries: CatalogueEntry[] }) {
  const t = (key: TextKey, values?: Record<string, string | number>) =>
    translate({ key, locale, values })
  const compared = entries.slice(0, COMPARE_MAX)
  const rows: { label: string; value: (entry: CatalogueEntry) => string }[] = [
    { label: t('fields.kind'), value: (entry) => t(`options.kinds.${entry.kind}` as TextKey) },
    {
      label: t('fields.effortDays'),
      value: (entry) =>
        entry.effortDays === null ? '–' : t('catalogue.days', { count: entry.effortDays }),
    },
    {
      label: t('fields.costModel'),
      value: (entry) =>
        entry.costModel ? t(`options.costModels.${entry.costModel}` as TextKey) : '–',
    },
    {
      label: t('fields.targetGroups'),
      value: (entry) =>
        entry.targetGroups
          .map((group) => t(`options.targetGroups.${group}` as TextKey))
          .join(', ') || '–',
    },
    {
      label: t('fields.transferStatus'),
      value: (entry) => t(`options.transferStatuses.${entry.transferStatus}` as TextKey),
    },
    {
      label: t('product.adoptions'),
      value: (entry) =>
        entry.adoptionCount
          ? t('catalogue.adopted', { count: entry.adoptionCount })
          : t('catalogue.adoptedNone'),
    },
  ]
  return (
    <>
      <Suspense fallback={null}>
        <MerklisteSync />
      </Suspense>
      <h1>{t('merkliste.title')}</h1>
      <p>{t('merkliste.intro')}</p>
      {entries.length === 0 ? (
        <Alert kind="info" title={t('identity.emptyTitle')}>
          <p className="kern-body">{t('merkliste.empty')}</p>
        </Alert>
      ) : (
        <>
          <ul className="plain-list">
            {entries.map((entry) => (
              <li key={entry.id} className="saved-item">
                <Link href={productPath({ locale, slug: entry.slug })}>{entry.title}</Link>
                <BookmarkButton
                  slug={entry.slug}
                  title={entry.title}
                  labels={{ add: t('merkliste.add'), added: t('merkliste.remove') }}
                />
              </li>
            ))}
          </ul>
          <h2>{t('merkliste.compare')}</h2>
          {entries.length > COMPARE_MAX ? (
            <p className="muted">{t('merkliste.compareHint')}</p>
          ) : null}
          <ScrollableTable label={t('merkliste.compare')}>
            <table className="kern-table compare">
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <td className="kern-table__cell" />
                  {compared.map((entry) => (
                    <th key={entry.id} className="kern-table__header" scope="col">
                      {entry.title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {rows.map((row) => (
                  <tr key={row.label} className="kern-table__row">
                    <th className="kern-table__header" scope="row">
                      {row.label}
                    </th>
                    {compared.map((entry) => (
                      <td key={entry.id} className="kern-table__cell">
                        {row.value(entry)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollableTable>
          <p>
            <Link
              className="kern-btn kern-btn--primary"
              href={requestFormPath({ locale, slugs: entries.map((entry) => entry.slug) })}
            >
              <span className="kern-label">{t('merkliste.requestAll')}</span>
            </Link>
          </p>
        </>
      )}
    </>
  )
}
