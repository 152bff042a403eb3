import type { CollectionAfterChangeHook } from 'payload'

import { COLLECTIONS, CONTEXT } from '@/constants'
import { lookupOptions, officeRecipients } from '@/hooks/lookupOffice'
import { queueMail } from '@/hooks/queueMail'
import { adopterQuestionOfficeMail } from '@/lib/email/adopterQuestionMails'
import { relationId } from '@/lib/ids'
import type { AdopterQuestion } from '@/payload-types'

/** A new question is announced to its office (queued in the same transaction as the question). */
export const notifyOffice: CollectionAfterChangeHook<AdopterQuestion> = async ({
  doc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'create' || context[CONTEXT.skipSideEffects]) return doc
  const productId = relationId(doc.product)
  const product =
    productId === undefined
      ? null
      : await req.payload.findByID({
          collection: COLLECTIONS.transferProducts,
          id: productId,
          locale: 'de',
          select: { title: true },
          ...lookupOptions(req),
        })
  const office = await officeRecipients({ officeId: relationId(doc.office), req })
  for (const to of office.emails)
    await queueMail({
      req,
      kind: 'adopter-question',
      mail: adopterQuestionOfficeMail({ id: doc.id, productTitle: product?.title ?? '', to }),
    })
  return doc
}
