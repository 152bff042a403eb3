import type { CollectionBeforeChangeHook } from 'payload'

type HistoryEntry = {
  at: string
  by?: number | string | null
  from?: string | null
  to: string
  comment?: string | null
}

/**
 * Every status change is appended to the history: who, when, from, to. The history is never
 * written directly (its field refuses input); this hook is its only author.
 */
export const recordStatusChange: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  const previous = (originalDoc?.status as string | undefined) ?? null
  const next = (data.status as string | undefined) ?? previous ?? 'new'
  if (operation === 'update' && next === previous) return data
  const history = ((originalDoc?.statusHistory ?? data.statusHistory ?? []) as HistoryEntry[]).map(
    ({ at, by, from, to, comment }) => ({ at, by, from, to, comment }),
  )
  const entry: HistoryEntry = {
    at: new Date().toISOString(),
    by: req.user?.id ?? null,
    from: operation === 'create' ? null : previous,
    to: next,
    comment: typeof context.statusComment === 'string' ? context.statusComment : null,
  }
  return { ...data, status: next, statusHistory: [...history, entry] }
}
