'use client'

import './productEdit.css'

import {
  Button,
  PublishButton,
  toast,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormFields,
  useFormProcessing,
  useLocale,
  useModal,
} from '@payloadcms/ui'
import { useEffect, useId, useRef } from 'react'

import { COLLECTIONS, REVIEW_COMMENT_MAX_LENGTH, type ReviewStatus } from '@/constants'
import { nextReviewStatuses } from '@/lib/products/review'

import { ReasonDialog } from './ReasonDialog.client'
import { useAdminText } from './useAdminText'
import { useProductCompleteness } from './useCompleteness'

const base = 'product-review-actions'

/**
 * The product's review actions, in place of Payload's publish button (`edit.PublishButton`).
 * Reviewers (admins and the product's office: those Payload lets publish, asked with the same
 * access rule as the server) publish with Payload's own button and, once a product is submitted,
 * send it back with a comment. Project staff submit it for review. Every action is one save of
 * the whole form (`submit` with overrides), so unsaved edits go with it, and the server's
 * refusals come back as Payload's field errors.
 */
export function ReviewActions() {
  const { id, hasPublishPermission, unlockDocument } = useDocumentInfo()
  const { submit, getField } = useForm()
  const isProcessing = useFormProcessing()
  const { code: locale } = useLocale()
  const {
    config: { routes },
  } = useConfig()
  const { openModal } = useModal()
  const { t } = useAdminText()
  const { completeness } = useProductCompleteness()
  const status = (useFormFields(([fields]) => fields.reviewStatus?.value) ??
    'draft') as ReviewStatus
  const reasonId = useId()
  const dialogSlug = `request-changes-${id ?? 'new'}`
  const wrapper = useRef<HTMLDivElement>(null)
  const publishOptionsLabel = t('productEdit.publishOptions')

  // Payload's publish button opens its menu (schedule publishing) with an icon-only button that
  // has no name and takes none as a prop; named here, after every render, as it may be re-created.
  useEffect(() => {
    wrapper.current
      ?.querySelector('.popup-button:not([aria-label])')
      ?.setAttribute('aria-label', publishOptionsLabel)
  })

  // The same draft save as Payload's "Save draft", with the review status asked for.
  const draftSave = (overrides: Record<string, unknown>) => {
    const query = new URLSearchParams({
      depth: '0',
      draft: 'true',
      'fallback-locale': 'null',
      locale,
    })
    return submit({
      action: `${routes.api}/${COLLECTIONS.transferProducts}${id ? `/${id}` : ''}?${query.toString()}`,
      method: id ? 'PATCH' : 'POST',
      overrides: { _status: 'draft', ...overrides },
      skipValidation: true,
    })
  }

  if (hasPublishPermission) {
    const canRequestChanges = Boolean(id) && status === 'submitted'
    return (
      <div className={base} ref={wrapper}>
        {canRequestChanges && (
          <Button
            buttonStyle="secondary"
            size="medium"
            id="action-request-changes"
            disabled={isProcessing}
            onClick={() => openModal(dialogSlug)}
          >
            {t('productEdit.requestChanges')}
          </Button>
        )}
        <PublishButton label={t('productEdit.publish')} />
        <ReasonDialog
          slug={dialogSlug}
          maxLength={REVIEW_COMMENT_MAX_LENGTH}
          texts={{
            title: t('productEdit.requestChanges'),
            intro: t('productEdit.requestChangesIntro'),
            label: t('productEdit.commentLabel'),
            confirm: t('productEdit.send'),
            cancel: t('productEdit.cancel'),
            required: t('errors.reviewCommentRequired'),
            tooLong: t('productEdit.tooLong', { max: REVIEW_COMMENT_MAX_LENGTH }),
          }}
          onConfirm={async (comment) => {
            const result = await draftSave({
              reviewStatus: 'changes-requested',
              reviewComment: comment,
            })
            if (result) {
              toast.success(t('productEdit.changesRequested'))
              return null
            }
            // Payload put the server's field errors into the form; the comment's belongs here.
            return (
              getField('reviewComment')?.errorMessage ??
              getField('reviewStatus')?.errorMessage ??
              t('productEdit.failedSeeMessage')
            )
          }}
        />
      </div>
    )
  }

  const canSubmitFrom = nextReviewStatuses(status, 'editor').includes('submitted')
  const reason = !canSubmitFrom
    ? t('productEdit.submitWaiting')
    : !completeness.complete
      ? t('productEdit.submitIncomplete', { count: completeness.missing.length })
      : null
  return (
    <div className={base}>
      <Button
        size="medium"
        id="action-submit-review"
        disabled={Boolean(reason) || isProcessing}
        extraButtonProps={reason ? { 'aria-describedby': reasonId } : undefined}
        onClick={async () => {
          const result = await draftSave({ reviewStatus: 'submitted' })
          if (!result) return
          toast.success(t('productEdit.submitted'))
          // Payload locks a document for whoever typed in it until they leave the view (or five
          // minutes pass); the office could not publish or send back what was just handed over.
          if (id !== undefined && id !== null)
            await unlockDocument(id, COLLECTIONS.transferProducts)
        }}
      >
        {t('productEdit.submit')}
      </Button>
      {reason && (
        <p id={reasonId} className={`${base}__reason`}>
          {reason}
        </p>
      )}
    </div>
  )
}
