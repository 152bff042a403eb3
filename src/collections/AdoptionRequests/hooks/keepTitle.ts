import type { CollectionBeforeChangeHook } from 'payload'

import { requestTitle } from '@/lib/requests/title'

type RequesterPart = { organisation?: string | null } | undefined

/**
 * The stored title follows the organisation on every write (the form, staff edits, anonymisation),
 * so lists, searches and sorting never show a stale name. Field access already removed what the
 * writer may not change, so the original document fills the gaps of a partial update.
 */
export const keepTitle: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const organisation =
    (data.requester as RequesterPart)?.organisation ??
    (originalDoc?.requester as RequesterPart)?.organisation
  const createdAt =
    (originalDoc?.createdAt as string | undefined) ??
    (data.createdAt as string | undefined) ??
    new Date()
  return { ...data, title: requestTitle({ organisation, createdAt }) }
}
