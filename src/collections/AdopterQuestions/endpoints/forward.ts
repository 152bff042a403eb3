import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type PayloadHandler,
  type PayloadRequest,
} from 'payload'

import { isAdminOrOfficeStaffUser } from '@/access/roles'
import { authorise, jsonError } from '@/collections/AdoptionRequests/endpoints/shared'
import { COLLECTIONS } from '@/constants'
import { lookupOptions } from '@/hooks/lookupOffice'
import { queueMail } from '@/hooks/queueMail'
import { translateFor } from '@/i18n/request'
import { adopterQuestionForwardMail } from '@/lib/email/adopterQuestionMails'
import { relationId } from '@/lib/ids'

/** Where the adopter can be reached: the address of the request the adoption came from, if any. */
const adopterAddress = async ({
  req,
  adoption,
}: {
  req: PayloadRequest
  adoption: { sourceRequest?: unknown; contactConsent?: { email?: string | null } | null }
}): Promise<string | undefined> => {
  const requestId = relationId(adoption.sourceRequest as never)
  if (requestId !== undefined) {
    const request = await req.payload.findByID({
      collection: COLLECTIONS.adoptionRequests,
      id: requestId,
      select: { requester: true, anonymisedAt: true },
      ...lookupOptions(req),
    })
    if (request?.requester?.email && !request.anonymisedAt) return request.requester.email
  }
  return adoption.contactConsent?.email || undefined
}

/**
 * POST /api/adopter-questions/:id/forward: office staff of the question's office (or admins) pass
 * the question on to the adopter. Refused (400, naming the adoption's field) when the adopter has
 * not agreed to be contacted or cannot be reached; a question the caller may not read answers 404
 * as one that does not exist.
 */
export const forwardQuestion: PayloadHandler = async (req) => {
  const user = authorise(req, isAdminOrOfficeStaffUser)
  if (user instanceof Response) return user
  const id = req.routeParams?.id as string | undefined
  const found = id
    ? await req.payload.find({
        collection: COLLECTIONS.adopterQuestions,
        where: { id: { equals: id } },
        limit: 1,
        depth: 0,
        overrideAccess: false,
        user,
        req,
      })
    : undefined
  const question = found?.docs[0]
  if (!question) return jsonError(404, req.t('error:notFound'))
  if (question.forwardedAt)
    return jsonError(400, translateFor(req, 'adopterQuestion.alreadyForwarded'), 'forwardedAt')
  const adoptionId = relationId(question.adoption)
  const adoption =
    adoptionId === undefined
      ? null
      : await req.payload.findByID({
          collection: COLLECTIONS.adoptions,
          id: adoptionId,
          select: { contactConsent: true, sourceRequest: true },
          ...lookupOptions(req),
        })
  if (adoption?.contactConsent?.given !== true)
    return jsonError(
      400,
      translateFor(req, 'adopterQuestion.noContactConsent'),
      'contactConsent.given',
    )
  const to = await adopterAddress({ req, adoption })
  if (!to)
    return jsonError(
      400,
      translateFor(req, 'adopterQuestion.noContactAddress'),
      'contactConsent.email',
    )
  const product = await req.payload.findByID({
    collection: COLLECTIONS.transferProducts,
    id: relationId(question.product) as number,
    locale: question.locale === 'en' ? 'en' : 'de',
    select: { title: true },
    ...lookupOptions(req),
  })
  // The mail and the mark are written together: a question is forwarded once.
  const ownTransaction = await initTransaction(req)
  try {
    await queueMail({
      req,
      kind: 'adopter-question-forward',
      mail: adopterQuestionForwardMail({
        to,
        locale: question.locale === 'en' ? 'en' : 'de',
        productTitle: product?.title ?? '',
        askerName: question.asker?.name ?? '',
        askerEmail: question.asker?.email ?? '',
        message: question.message ?? '',
      }),
    })
    await req.payload.update({
      collection: COLLECTIONS.adopterQuestions,
      id: question.id,
      data: { forwardedAt: new Date().toISOString(), forwardedBy: user.id },
      overrideAccess: true,
      depth: 0,
      req,
    })
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
  return Response.json({ forwarded: true }, { status: 200 })
}
