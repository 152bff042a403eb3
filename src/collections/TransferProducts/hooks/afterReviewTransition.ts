import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import { COLLECTIONS, CONTEXT, type ReviewStatus } from '@/constants'
import { lookupOptions, officeRecipients, projectOfficeId } from '@/hooks/lookupOffice'
import { queueMail } from '@/hooks/queueMail'
import type { TextKey } from '@/i18n'
import { translateFor } from '@/i18n/request'
import { type ID, relationId } from '@/lib/ids'
import { COMPLETENESS_FIELDS, type CompletenessKey } from '@/lib/products/completeness'
import { reviewMail, type ReviewMailKind } from '@/lib/email/reviewMails'
import { productCompleteness } from '@/collections/TransferProducts/completeness'

import type { ReviewHistoryEntry } from './enforceReviewFlow'
import { storedReviewStatus } from './reviewState'

const MAIL_KIND: Partial<Record<ReviewStatus, ReviewMailKind>> = {
  submitted: 'review-submitted',
  'changes-requested': 'review-changes-requested',
  published: 'review-published',
}

/**
 * A submission is checked on the state just saved (the draft, in both languages, with its hero
 * image's alt text): refused, the whole save is rolled back, because this runs inside its
 * transaction. One error on `reviewStatus` lists what is missing, one per field points at it.
 */
const requireComplete = async ({ id, req }: { id: ID; req: PayloadRequest }) => {
  const completeness = await productCompleteness({ payload: req.payload, id, req })
  if (!completeness || completeness.complete) return
  const label = (key: CompletenessKey) => translateFor(req, `completeness.${key}` as TextKey)
  const byPath = new Map<string, CompletenessKey[]>()
  for (const key of completeness.missing)
    byPath.set(COMPLETENESS_FIELDS[key], [...(byPath.get(COMPLETENESS_FIELDS[key]) ?? []), key])
  const message = (keys: CompletenessKey[]) =>
    translateFor(req, 'errors.reviewIncomplete', { missing: keys.map(label).join(', ') })
  throw new ValidationError({
    collection: COLLECTIONS.transferProducts,
    errors: [
      { path: 'reviewStatus', message: message(completeness.missing) },
      ...[...byPath].map(([path, keys]) => ({ path, message: message(keys) })),
    ],
    req,
  })
}

/** The staff of a project: who hears that their product came back or went live. */
const projectStaffEmails = async ({ projectId, req }: { projectId: ID; req: PayloadRequest }) => {
  const { docs } = await req.payload.find({
    collection: COLLECTIONS.users,
    where: {
      and: [{ roles: { contains: 'project-staff' } }, { projects: { in: [projectId] } }],
    },
    select: { email: true },
    pagination: false,
    ...lookupOptions(req),
  })
  return docs.map((user) => user.email)
}

const recipients = async ({
  status,
  projectId,
  req,
}: {
  status: ReviewStatus
  projectId: ID | undefined
  req: PayloadRequest
}): Promise<string[]> => {
  if (projectId === undefined) return []
  if (status === 'submitted')
    return (await officeRecipients({ officeId: await projectOfficeId({ projectId, req }), req }))
      .emails
  return projectStaffEmails({ projectId, req })
}

/**
 * After a review transition, inside the save's transaction: a submission must be complete, and
 * the office (on submit) or the project's staff (changes requested, published) get a notice,
 * queued so that it exists only if the save commits. Seeds and tests switch mails off.
 */
export const afterReviewTransition: CollectionAfterChangeHook = async ({
  doc,
  data,
  previousDoc,
  operation,
  req,
  context,
}) => {
  const to = data.reviewStatus as ReviewStatus | undefined
  const from = operation === 'create' ? 'draft' : storedReviewStatus(previousDoc)
  if (!to || to === from) return doc
  if (to === 'submitted') await requireComplete({ id: doc.id, req })
  const kind = MAIL_KIND[to]
  if (!kind || context[CONTEXT.skipSideEffects]) return doc
  const projectId = relationId(data.originProject ?? previousDoc?.originProject)
  const emails = await recipients({ status: to, projectId, req })
  if (emails.length === 0) return doc
  const titles = await req.payload.findByID({
    collection: COLLECTIONS.transferProducts,
    id: doc.id,
    draft: true,
    locale: 'all',
    select: { title: true },
    ...lookupOptions(req),
  })
  const entry = (data.reviewHistory as ReviewHistoryEntry[] | undefined)?.at(-1)
  const title = titles?.title as unknown as { de?: string; en?: string } | string | undefined
  const facts = {
    id: doc.id,
    titles: typeof title === 'string' ? { de: title } : { de: title?.de, en: title?.en },
    byName: entry?.byName ?? 'Transferkatalog',
    comment: entry?.comment,
  }
  for (const to of emails) await queueMail({ req, kind, mail: reviewMail({ kind, to, facts }) })
  return doc
}
