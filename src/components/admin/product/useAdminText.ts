'use client'

import { useTranslation } from '@payloadcms/ui'
import { useCallback } from 'react'

import type { Locale } from '@/constants'
import { translate, type TextKey } from '@/i18n'

export type AdminText = (key: TextKey, values?: Record<string, string | number>) => string

/**
 * Our texts in the admin's interface language (the user's choice in the admin, which may differ
 * from the content language being edited).
 */
export const useAdminText = (): { t: AdminText; language: Locale } => {
  const { i18n } = useTranslation()
  const language: Locale = i18n.language === 'en' ? 'en' : 'de'
  const t = useCallback<AdminText>(
    (key, values) => translate({ key, locale: language, values }),
    [language],
  )
  return { t, language }
}
