'use client'

import './productEdit.css'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useId } from 'react'

import type { TextKey } from '@/i18n'
import type { CompletenessItem } from '@/lib/products/completeness'

import { focusField, tabOfField, type FieldLike } from './focusField'
import { useAdminText, type AdminText } from './useAdminText'
import { useProductCompleteness } from './useCompleteness'

const base = 'product-checklist'

function ItemList({
  items,
  fields,
  t,
}: {
  items: CompletenessItem[]
  fields: FieldLike[]
  t: AdminText
}) {
  return (
    <ul className={`${base}__items`}>
      {items.map((item) => (
        <li
          key={item.key}
          className={`${base}__item ${base}__item--${item.done ? 'done' : item.level === 'required' ? 'missing' : 'recommended'}`}
        >
          <button
            type="button"
            className={`${base}__link`}
            data-item={item.key}
            onClick={() =>
              void focusField({ path: item.field, tabIndex: tabOfField(fields, item.field) })
            }
          >
            <span className={`${base}__mark`} aria-hidden="true">
              {item.done ? '✓' : item.level === 'required' ? '✗' : '○'}
            </span>
            <span>{t(`completeness.${item.key}` as TextKey)}</span>
            <span className={`${base}__state`}>
              {t(
                item.done
                  ? 'productEdit.itemDone'
                  : item.level === 'required'
                    ? 'productEdit.itemMissing'
                    : 'productEdit.itemRecommended',
              )}
            </span>
          </button>
        </li>
      ))}
    </ul>
  )
}

/**
 * What the product still needs before it can be submitted, and what is recommended, beside the
 * form (a UI field in the sidebar), following the form as it is typed. Each item takes the user
 * to its field. Missing English is flagged but never blocks.
 */
export function CompletenessChecklist() {
  const { collectionSlug } = useDocumentInfo()
  const { getEntityConfig } = useConfig()
  const { t } = useAdminText()
  const { completeness, isEnglishMissing } = useProductCompleteness()
  const titleId = useId()
  const fields = (getEntityConfig({ collectionSlug })?.fields ?? []) as unknown as FieldLike[]
  const required = completeness.items.filter((item) => item.level === 'required')
  const recommended = completeness.items.filter((item) => item.level === 'recommended')
  return (
    <section className={base} aria-labelledby={titleId}>
      <h3 id={titleId} className={`${base}__title`}>
        {t('productEdit.checklistTitle')}
      </h3>
      <p className={`${base}__summary`} role="status">
        {completeness.complete
          ? t('productEdit.checklistComplete')
          : t('productEdit.checklistMissing', { count: completeness.missing.length })}
      </p>
      {isEnglishMissing && (
        <p className={`${base}__flag`}>
          <strong>{t('productEdit.englishMissing')}</strong> {t('productEdit.englishMissingNote')}
        </p>
      )}
      <h4 className={`${base}__heading`}>{t('productEdit.checklistRequired')}</h4>
      <ItemList items={required} fields={fields} t={t} />
      <h4 className={`${base}__heading`}>{t('productEdit.checklistRecommended')}</h4>
      <ItemList items={recommended} fields={fields} t={t} />
      <p className={`${base}__note`}>{t('productEdit.checklistNote')}</p>
    </section>
  )
}
