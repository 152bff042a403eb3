import type { CollectionBeforeChangeHook } from 'payload'

type HistoryEntry = {
  at: string
  by?: number | string | null
  from?: string | null
  to: string
  comment?: string | null
}

/**
 * Every status change is appended to the history: who, when, from, to and the comment staff
 * typed into the (unstored) "comment on this change" field. The history is never written
 * directly (its field refuses input); this hook is its only author.
 */
export const recordStatusChange: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  const { statusComment: typedComment, ...fields } = data
  // The comment belongs to one change: it lives on in the history entry, not in the field.
  const rest: Record<string, unknown> = { ...fields, statusComment: null }
  const previous = (originalDoc?.status as string | undefined) ?? null
  const next = (rest.status as string | undefined) ?? previous ?? 'new'
  if (operation === 'update' && next === previous) return rest
  const history = ((originalDoc?.statusHistory ?? rest.statusHistory ?? []) as HistoryEntry[]).map(
    ({ at, by, from, to, comment }) => ({ at, by, from, to, comment }),
  )
  const comment =
    (typeof typedComment === 'string' && typedComment.trim()) ||
    (typeof context.statusComment === 'string' && context.statusComment) ||
    null
  const at = new Date().toISOString()
  const entry: HistoryEntry = {
    at,
    by: req.user?.id ?? null,
    from: operation === 'create' ? null : previous,
    to: next,
    comment,
  }
  return {
    ...rest,
    status: next,
    statusChangedAt: at,
    outcomeReminderSentAt: null,
    statusHistory: [...history, entry],
  }
}
