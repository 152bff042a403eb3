'use client'

import Link from 'next/link'
import { useSyncExternalStore } from 'react'

import { savedSnapshot, subscribeSaved } from './storage'

/** The header link to the saved list, with how many products it holds. */
export function MerklisteLink({ href, label }: { href: string; label: string }) {
  const saved = useSyncExternalStore(subscribeSaved, savedSnapshot, () => '')
  const slugs = saved ? saved.split('\n') : []
  const target = slugs.length
    ? `${href}?${slugs.map((slug) => `p=${encodeURIComponent(slug)}`).join('&')}`
    : href
  return (
    <Link href={target}>
      {label}
      {slugs.length ? ` (${slugs.length})` : ''}
    </Link>
  )
}
