import type { PayloadRequest } from 'payload'

import { COLLECTIONS } from '@/constants'
import { monthsBefore } from '@/lib/requests/retention'
import { normaliseEmail } from '@/lib/validators'

/**
 * The questions one address asked (GDPR export and deletion). Addresses are stored normalised;
 * `like` finds older spellings, the exact comparison happens here, as for requests.
 */
export const questionsOf = async ({
  email,
  req,
  overrideAccess = true,
}: {
  email: string
  req: PayloadRequest
  overrideAccess?: boolean
}) => {
  const address = normaliseEmail(email)
  const { docs } = await req.payload.find({
    collection: COLLECTIONS.adopterQuestions,
    where: {
      or: [{ 'asker.email': { like: email } }, { 'asker.email': { equals: address } }],
    },
    depth: 0,
    pagination: false,
    sort: 'createdAt',
    overrideAccess,
    user: overrideAccess ? undefined : req.user,
    req,
  })
  return docs.filter((doc) => normaliseEmail(doc.asker?.email ?? '') === address)
}

/** The per-email erasure deletes the questions the address asked. */
export const deleteQuestionsOf = async ({
  email,
  req,
}: {
  email: string
  req: PayloadRequest
}): Promise<number> => {
  const questions = await questionsOf({ email, req })
  for (const question of questions)
    await req.payload.delete({
      collection: COLLECTIONS.adopterQuestions,
      id: question.id,
      overrideAccess: true,
      req,
    })
  return questions.length
}

/** Questions are kept as long as closed requests (the site's retention setting), then deleted. */
export const deleteExpiredQuestions = async ({
  req,
  retentionMonths,
  now = new Date(),
}: {
  req: PayloadRequest
  retentionMonths: number
  now?: Date
}): Promise<number> => {
  const { docs } = await req.payload.delete({
    collection: COLLECTIONS.adopterQuestions,
    where: { createdAt: { less_than: monthsBefore(now, retentionMonths).toISOString() } },
    overrideAccess: true,
    req,
  })
  return docs.length
}
