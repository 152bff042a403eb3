import type { PayloadHandler, PayloadRequest, Where } from 'payload'

import { isAdminUser } from '@/access/roles'
import { COLLECTIONS } from '@/constants'
import { translate } from '@/i18n'
import { translateFor } from '@/i18n/request'
import { isEmail, normaliseEmail } from '@/lib/validators'
import { questionsOf } from '@/collections/AdopterQuestions/personalData'
import { subscriptionsOf } from '@/collections/Subscriptions/personalData'
import type { AdoptionRequest } from '@/payload-types'

import { attachment, authorise, berlinDate, jsonError, recordExport } from './shared'

/** The part after the @: enough for the log to tell exports apart without naming the person. */
export const emailDomain = (email: string): string => email.slice(email.lastIndexOf('@') + 1)

/**
 * POST /api/adoption-requests/data-export (form field or JSON `email`): everything stored about one requester (GDPR
 * Art. 15), for admins answering a subject access request. Matches the address case-insensitively:
 * `like` narrows the rows in the database (case-insensitive on every adapter, but a substring
 * match), the exact comparison happens here. The tracking token is left out: it is a credential,
 * and the file may travel by mail.
 */
/** The posted form fields or JSON body (POST, so the address stays out of URLs and logs). */
export const postedFields = async (
  req: PayloadRequest,
): Promise<{ email: string; confirm: string }> => {
  const body = (await req.text?.()) ?? ''
  if ((req.headers.get('content-type') ?? '').includes('application/json')) {
    try {
      const json = JSON.parse(body) as { email?: unknown; confirm?: unknown }
      return { email: String(json.email ?? ''), confirm: String(json.confirm ?? '') }
    } catch {
      return { email: '', confirm: '' }
    }
  }
  const form = new URLSearchParams(body)
  return { email: form.get('email') ?? '', confirm: form.get('confirm') ?? '' }
}

/** Rows that may be the address's, narrowed in the database; the exact comparison follows. */
const requesterIs = (email: string): Where => ({
  or: [
    { 'requester.email': { like: email } },
    { 'requester.email': { equals: email } },
    { 'requester.email': { equals: normaliseEmail(email) } },
  ],
})

/**
 * An address's requests. Stored addresses are normalised; older rows may not be, hence the `like`
 * (case-insensitive on every adapter, but a substring match) and the exact comparison here.
 */
export const requestsOf = async ({
  email,
  req,
}: {
  email: string
  req: PayloadRequest
}): Promise<AdoptionRequest[]> => {
  const address = normaliseEmail(email)
  const { docs } = await req.payload.find({
    collection: COLLECTIONS.adoptionRequests,
    where: requesterIs(email),
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.filter((doc) => normaliseEmail(doc.requester?.email ?? '') === address)
}

export const dataExport: PayloadHandler = async (req) => {
  const user = authorise(req, isAdminUser)
  if (user instanceof Response) return user
  // POST, so the address stays out of URLs, access logs and browser history.
  const email = (await postedFields(req)).email.trim()
  if (!email || !isEmail(email)) {
    return jsonError(400, translateFor(req, 'errors.emailInvalid'), 'email')
  }
  // Stored addresses are normalised; older rows may not be, hence the `like` and the filter.
  const address = normaliseEmail(email)
  const { docs } = await req.payload.find({
    collection: COLLECTIONS.adoptionRequests,
    where: requesterIs(email),
    depth: 1,
    pagination: false,
    sort: 'createdAt',
    select: { trackingToken: false },
    populate: {
      [COLLECTIONS.transferProducts]: { title: true },
      [COLLECTIONS.regionalOffices]: { name: true },
      [COLLECTIONS.users]: { name: true },
    },
    overrideAccess: false,
    user,
    req,
  })
  const requests = docs.filter((doc) => normaliseEmail(doc.requester?.email ?? '') === address)
  const adoptions =
    requests.length === 0
      ? []
      : (
          await req.payload.find({
            collection: COLLECTIONS.adoptions,
            where: { sourceRequest: { in: requests.map((request) => request.id) } },
            depth: 0,
            pagination: false,
            sort: 'createdAt',
            overrideAccess: false,
            user,
            req,
          })
        ).docs
  // An adopter's contact address an office recorded with their consent to be asked.
  const adopterContacts = (
    await req.payload.find({
      collection: COLLECTIONS.adoptions,
      where: { 'contactConsent.email': { equals: address } },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user,
      req,
    })
  ).docs
  // Questions to earlier adopters asked from the same address (issue 13).
  const adopterQuestions = await questionsOf({ email, req, overrideAccess: false })
  // Follow (issue 13): the address's notifications, without their keys.
  const subscriptions = await subscriptionsOf({ payload: req.payload, email, req })
  const now = new Date()
  await recordExport({
    req,
    action: 'data-subject-export',
    user,
    details: translate({
      key: 'dashboard.auditDataExportDetails',
      values: {
        requests: requests.length,
        adoptions: adoptions.length,
        domain: emailDomain(address),
      },
    }),
  })
  return attachment({
    body: JSON.stringify(
      {
        email: address,
        exportedAt: now.toISOString(),
        requests,
        adoptions,
        adopterQuestions,
        adopterContacts,
        subscriptions,
      },
      null,
      2,
    ),
    contentType: 'application/json; charset=utf-8',
    filename: `datenauskunft-${berlinDate(now)}.json`,
  })
}
