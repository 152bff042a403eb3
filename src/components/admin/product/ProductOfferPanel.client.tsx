'use client'

import './productEdit.css'

import { Button, toast, useConfig, useDocumentInfo, useLocale, useModal } from '@payloadcms/ui'
import Link from 'next/link'
import { useEffect, useId, useState } from 'react'

import { RETIREMENT_REASON_MAX_LENGTH, type Locale } from '@/constants'
import type { ID } from '@/lib/ids'

import { requestJson } from './api'
import { formatAdminDateTime } from '@/lib/dates'
import { ReasonDialog } from './ReasonDialog.client'
import { versionCompareHref } from '../links'
import { productVersionsApiHref, retirementsApiHref } from './links'
import { useAdminText } from './useAdminText'

type Retirement = { id: ID; reason?: string | null; createdAt: string }
type Page<T> = { docs: T[] }

const base = 'product-offer'

/** The newest draft and the published version, when a draft is pending beside a published one. */
const usePendingVersions = (): { draftVersionId: ID; publishedVersionId: ID } | null => {
  const { id, hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const {
    config: { routes },
  } = useConfig()
  const [versions, setVersions] = useState<{ draftVersionId: ID; publishedVersionId: ID } | null>(
    null,
  )
  const isPending = Boolean(id) && hasPublishedDoc && unpublishedVersionCount > 0
  useEffect(() => {
    if (!isPending || id === undefined || id === null) return
    let isCurrent = true
    void Promise.all(
      (['draft', 'published'] as const).map((status) =>
        requestJson<Page<{ id: ID }>>(productVersionsApiHref(routes, { id, status })),
      ),
    ).then(([draft, published]) => {
      if (!isCurrent) return
      const draftVersionId = draft.ok ? draft.data.docs[0]?.id : undefined
      const publishedVersionId = published.ok ? published.data.docs[0]?.id : undefined
      setVersions(
        draftVersionId !== undefined && publishedVersionId !== undefined
          ? { draftVersionId, publishedVersionId }
          : null,
      )
    })
    return () => {
      isCurrent = false
    }
  }, [isPending, id, routes, unpublishedVersionCount])
  return isPending ? versions : null
}

/**
 * Beside the form (a UI field in the sidebar): the way to the differences between the published
 * version and the pending draft, and whether the product is still offered, with "Nicht mehr
 * anbieten" (a reason is required) and "Wieder anbieten" for reviewers. Retiring writes a record
 * beside the product, so it takes effect on the published version at once.
 */
export function ProductOfferPanel() {
  const { id, hasPublishPermission } = useDocumentInfo()
  const {
    config: { routes },
  } = useConfig()
  const { code } = useLocale()
  const { openModal } = useModal()
  const { t, language } = useAdminText()
  const titleId = useId()
  const locale: Locale = code === 'en' ? 'en' : 'de'
  const pending = usePendingVersions()
  const [retirement, setRetirement] = useState<Retirement | null | undefined>(undefined)
  const [isBusy, setIsBusy] = useState(false)
  const dialogSlug = `retire-product-${id ?? 'new'}`

  useEffect(() => {
    if (id === undefined || id === null) return
    let isCurrent = true
    const query = new URLSearchParams({
      'where[product][equals]': String(id),
      limit: '1',
      depth: '0',
      locale,
    })
    void requestJson<Page<Retirement>>(`${retirementsApiHref(routes)}?${query.toString()}`).then(
      (result) => {
        if (isCurrent) setRetirement(result.ok ? (result.data.docs[0] ?? null) : null)
      },
    )
    return () => {
      isCurrent = false
    }
  }, [id, locale, routes])

  if (id === undefined || id === null) return null

  const restore = async () => {
    if (!retirement) return
    setIsBusy(true)
    const result = await requestJson(retirementsApiHref(routes, retirement.id), {
      method: 'DELETE',
      language,
    })
    setIsBusy(false)
    if (!result.ok) {
      toast.error(t('productEdit.failed', { message: result.errors.message }))
      return
    }
    toast.success(t('productEdit.restored'))
    setRetirement(null)
  }

  return (
    <section className={base} aria-labelledby={titleId}>
      {pending && (
        <div className={`${base}__pending`}>
          <p>{t('productEdit.pendingDraft')}</p>
          <Link
            id="product-compare-versions"
            href={versionCompareHref(routes, {
              productId: id,
              locale,
              from: pending.publishedVersionId,
              to: pending.draftVersionId,
            })}
          >
            {t('productEdit.compare')}
          </Link>
        </div>
      )}
      <h3 id={titleId} className={`${base}__title`}>
        {t('productEdit.offerTitle')}
      </h3>
      {retirement === undefined ? null : retirement ? (
        <div className={`${base}__retired`} id="product-offer-state">
          <p>
            <strong>
              {t('productEdit.retiredSince', { date: formatAdminDateTime(retirement.createdAt) })}
            </strong>
          </p>
          {retirement.reason && (
            <p>{t('productEdit.retiredReason', { reason: retirement.reason })}</p>
          )}
        </div>
      ) : (
        <p id="product-offer-state">{t('productEdit.offered')}</p>
      )}
      {hasPublishPermission && retirement !== undefined && (
        <Button
          buttonStyle="secondary"
          size="small"
          id={retirement ? 'action-restore-offer' : 'action-retire'}
          disabled={isBusy}
          onClick={() => (retirement ? void restore() : openModal(dialogSlug))}
        >
          {t(retirement ? 'productEdit.restore' : 'productEdit.retire')}
        </Button>
      )}
      <ReasonDialog
        slug={dialogSlug}
        maxLength={RETIREMENT_REASON_MAX_LENGTH}
        texts={{
          title: t('productEdit.retire'),
          intro: t('productEdit.retireIntro'),
          label: t('productEdit.reasonLabel'),
          confirm: t('productEdit.retire'),
          cancel: t('productEdit.cancel'),
          required: t('productEdit.reasonRequired'),
          tooLong: t('productEdit.tooLong', { max: RETIREMENT_REASON_MAX_LENGTH }),
        }}
        onConfirm={async (reason) => {
          const result = await requestJson<{ doc: Retirement }>(
            `${retirementsApiHref(routes)}?locale=${locale}`,
            { method: 'POST', body: { product: id, reason }, language },
          )
          if (!result.ok) return result.errors.fields.reason ?? result.errors.message
          toast.success(t('productEdit.retired'))
          setRetirement(result.data.doc)
          return null
        }}
      />
    </section>
  )
}
