'use client'

import { DefaultCell, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import type { AdminTranslationKey } from '@/i18n/admin'

/** The assignee as Payload shows it, or "nicht zugewiesen" instead of "<Kein Zuständig>". */
export function AssigneeCell(props: DefaultCellComponentProps) {
  const { t } = useTranslation<object, AdminTranslationKey>()
  const { cellData } = props
  if (cellData === null || cellData === undefined || cellData === '')
    return <span className="request-unassigned">{t('requestList:unassigned')}</span>
  return <DefaultCell {...props} />
}
