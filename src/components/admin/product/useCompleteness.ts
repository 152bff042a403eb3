'use client'

import { useAllFormFields, useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useMemo, useState } from 'react'

import { COLLECTIONS, type Locale } from '@/constants'
import { relationId, type ID } from '@/lib/ids'
import {
  checkCompleteness,
  completenessInput,
  type Completeness,
  type LocaleTexts,
  type ProductAllLocales,
} from '@/lib/products/completeness'

import { requestJson } from './api'
import { productApiHref } from './links'

/** One GET per address and page: the checklist and the submit button share what they read. */
const reads = new Map<string, Promise<unknown>>()

const readOnce = (key: string, url: string): Promise<unknown> => {
  let read = reads.get(key)
  if (!read) {
    read = requestJson<unknown>(url).then((result) => (result.ok ? result.data : null))
    reads.set(key, read)
  }
  return read
}

/**
 * The JSON at `url`, read once per `key` (null while loading, when it fails or without an
 * address).
 */
const useJson = <T>(url: string | null, key = url): T | null => {
  const [state, setState] = useState<{ key: string; data: T | null } | null>(null)
  useEffect(() => {
    if (!url || !key) return
    let isCurrent = true
    void readOnce(key, url).then((data) => {
      if (isCurrent) setState({ key, data: data as T | null })
    })
    return () => {
      isCurrent = false
    }
  }, [url, key])
  return key && state?.key === key ? state.data : null
}

type FormValues = {
  title?: string | null
  pitch?: string | null
  description?: unknown
  heroImage?: ID | { id: ID } | null
  adoptionKit?: ProductAllLocales['adoptionKit'] & { prerequisites?: string | null }
  contact?: { role?: string | null; email?: string | null } | null
  targetGroups?: unknown
  sectors?: unknown
  downloads?: unknown
}

type MediaAllLocales = { alt?: { de?: string | null; en?: string | null } | string | null }

export type ProductCompleteness = {
  completeness: Completeness
  /** The language being edited (the admin's content locale). */
  locale: Locale
  /** Whether the English texts are missing (in the form or, when editing German, as saved). */
  isEnglishMissing: boolean
}

/**
 * The completeness of the product as it stands in the form: the language being edited from the
 * form's state (live), the other language as last saved (read in all locales once per page and
 * language), the hero image's alt text from the chosen image.
 */
export const useProductCompleteness = (): ProductCompleteness => {
  const [fields] = useAllFormFields()
  const { id } = useDocumentInfo()
  const { code } = useLocale()
  const {
    config: { routes },
  } = useConfig()
  const locale: Locale = code === 'en' ? 'en' : 'de'
  const values = useMemo(() => reduceFieldsToValues(fields, true) as FormValues, [fields])
  const heroId = relationId(values.heroImage ?? undefined)
  // Read again when the language changes: what was typed in the other one has been saved since.
  const savedUrl =
    id === undefined || id === null
      ? null
      : productApiHref(routes, {
          id,
          query: { draft: 'true', locale: 'all', depth: '0', 'fallback-locale': 'null' },
        })
  const saved = useJson<ProductAllLocales>(savedUrl, savedUrl && `${savedUrl}#${locale}`)
  const hero = useJson<MediaAllLocales>(
    heroId === undefined
      ? null
      : `${routes.api}/${COLLECTIONS.media}/${encodeURIComponent(String(heroId))}?locale=all&depth=0&fallback-locale=null`,
  )
  return useMemo(() => {
    const fromSaved = completenessInput({ ...(saved ?? {}), heroImage: hero ?? heroId })
    const editing: LocaleTexts = {
      title: values.title,
      pitch: values.pitch,
      description: values.description,
      heroImageAlt: fromSaved[locale].heroImageAlt,
      prerequisites: values.adoptionKit?.prerequisites,
      contactRole: values.contact?.role,
    }
    const completeness = checkCompleteness({
      ...fromSaved,
      [locale]: editing,
      heroImage: heroId !== undefined,
      effortDays: values.adoptionKit?.effortDays,
      costModel: values.adoptionKit?.costModel,
      licence: values.adoptionKit?.licence,
      contactEmail: values.contact?.email,
      targetGroups: Array.isArray(values.targetGroups) ? values.targetGroups.length : 0,
      sectors: Array.isArray(values.sectors) ? values.sectors.length : 0,
      downloads: Array.isArray(values.downloads) ? values.downloads.length : 0,
    })
    return {
      completeness,
      locale,
      isEnglishMissing: completeness.recommended.includes('english'),
    }
  }, [saved, hero, heroId, values, locale])
}
