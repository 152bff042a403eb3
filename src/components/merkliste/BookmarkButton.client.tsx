'use client'

import { useSyncExternalStore } from 'react'

import { savedSnapshot, subscribeSaved, toggleSaved } from './storage'

/** Save or unsave a product; only rendered in the browser (the list lives in localStorage). */
export function BookmarkButton({
  slug,
  title,
  labels,
}: {
  slug: string
  title: string
  labels: { add: string; added: string }
}) {
  const saved = useSyncExternalStore(subscribeSaved, savedSnapshot, () => null)
  if (saved === null) return null
  const isSaved = saved.split('\n').includes(slug)
  return (
    <button
      type="button"
      className="kern-btn kern-btn--secondary bookmark"
      aria-pressed={isSaved}
      aria-label={`${isSaved ? labels.added : labels.add}: ${title}`}
      onClick={() => toggleSaved(slug)}
    >
      <span className="kern-label">{isSaved ? labels.added : labels.add}</span>
    </button>
  )
}
