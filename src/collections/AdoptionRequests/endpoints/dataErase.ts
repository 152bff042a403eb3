import type { PayloadHandler, PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { isAdminUser } from '@/access/roles'
import { deleteQuestionsOf } from '@/collections/AdopterQuestions/personalData'
import { deleteSubscriptionsOf } from '@/collections/Subscriptions/personalData'
import { COLLECTIONS } from '@/constants'
import { translate } from '@/i18n'
import { translateFor } from '@/i18n/request'
import { isEmail, normaliseEmail } from '@/lib/validators'

import { eraseRequest } from '../retention'
import { emailDomain, postedFields, requestsOf } from './dataExport'
import { authorise, jsonError, recordExport } from './shared'

/**
 * POST /api/adoption-requests/data-erase (form fields or JSON: `email`, `confirm`): erases what is
 * stored about one address (GDPR Art. 17), for admins answering an erasure request after they
 * have checked who asks. The counterpart of the data export, over the same records: the address's
 * requests are withdrawn if open and anonymised (as the requester's own "delete my data" does for
 * one request), its questions to earlier adopters and its follows are deleted, and a contact
 * consent an office recorded for an adopter under that address is withdrawn. All or nothing (one
 * transaction), logged without the address.
 */
export const dataErase: PayloadHandler = async (req) => {
  const user = authorise(req, isAdminUser)
  if (user instanceof Response) return user
  const { email: posted, confirm } = await postedFields(req)
  const email = posted.trim()
  if (!email || !isEmail(email)) {
    return jsonError(400, translateFor(req, 'errors.emailInvalid'), 'email')
  }
  if (confirm !== 'on' && confirm !== 'true') {
    return jsonError(400, translateFor(req, 'dashboard.dataEraseConfirmRequired'), 'confirm')
  }
  const address = normaliseEmail(email)
  const ownTransaction = await initTransaction(req)
  try {
    const requests = await requestsOf({ email, req })
    const comment = translate({ key: 'dashboard.dataEraseComment', locale: 'de' })
    for (const request of requests) await eraseRequest({ request, req, comment })
    const adopterQuestions = await deleteQuestionsOf({ email, req })
    const subscriptions = await deleteSubscriptionsOf({ payload: req.payload, email, req })
    // Done as the system within the same transaction: as the admin, the adoptions' own rules would
    // ask for things the erasure does not touch (the evidence of a public adoption's consent).
    const { docs: consents, errors } = await req.payload.update({
      collection: COLLECTIONS.adoptions,
      where: { 'contactConsent.email': { equals: address } },
      data: { contactConsent: { given: false, email: null, note: null } },
      overrideAccess: true,
      depth: 0,
      req: { ...req, user: null } as PayloadRequest,
    })
    // All or nothing: an adoption that could not be changed undoes the whole erasure.
    if (errors.length > 0) throw new Error(errors.map((error) => error.message).join('; '))
    await recordExport({
      req,
      action: 'data-subject-erasure',
      user,
      details: translate({
        key: 'dashboard.auditDataEraseDetails',
        values: {
          requests: requests.length,
          questions: adopterQuestions,
          subscriptions,
          consents: consents.length,
          domain: emailDomain(address),
        },
      }),
    })
    if (ownTransaction) await commitTransaction(req)
    return Response.json(
      {
        erased: {
          requests: requests.length,
          adopterQuestions,
          subscriptions,
          adopterContacts: consents.length,
        },
      },
      { headers: { 'cache-control': 'no-store' } },
    )
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}
