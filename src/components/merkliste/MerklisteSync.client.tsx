'use client'

import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { useEffect, useSyncExternalStore } from 'react'

import { savedSnapshot, subscribeSaved } from './storage'

/**
 * The saved-list page is rendered on the server from `?p=slug&p=slug`; in the browser this keeps
 * that URL in step with the stored list. A shared link is shown as it is while nothing is stored.
 */
export function MerklisteSync() {
  const saved = useSyncExternalStore(subscribeSaved, savedSnapshot, () => null)
  const router = useRouter()
  const pathname = usePathname()
  const params = useSearchParams()
  useEffect(() => {
    if (saved === null) return
    const stored = saved ? saved.split('\n') : []
    const shown = params.getAll('p')
    if (stored.length === 0 && shown.length > 0 && !params.has('synced')) return
    if (stored.join('\n') === shown.join('\n')) return
    const query = [...stored.map((slug) => `p=${encodeURIComponent(slug)}`), 'synced=1'].join('&')
    router.replace(`${pathname}?${query}`, { scroll: false })
  }, [saved, params, pathname, router])
  return null
}
