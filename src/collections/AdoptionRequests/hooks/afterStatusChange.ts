import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { COLLECTIONS, CONTEXT, type Locale, type RequestStatus } from '@/constants'
import { lookupOptions, officeRecipients } from '@/hooks/lookupOffice'
import { queueMail } from '@/hooks/queueMail'
import {
  confirmationMail,
  officeNotificationMail,
  statusChangeMail,
} from '@/lib/email/requestMails'
import { relationId, relationIds } from '@/lib/ids'
import { postcodeArea } from '@/lib/postcodeAreas'
import type { AdoptionRequest } from '@/payload-types'

/** The facts every mail about a request needs, in the requester's language. */
export const requestSummary = async (doc: AdoptionRequest, req: PayloadRequest) => {
  const locale: Locale = doc.locale === 'en' ? 'en' : 'de'
  const { docs: products } = await req.payload.find({
    collection: COLLECTIONS.transferProducts,
    where: { id: { in: relationIds(doc.products) } },
    locale,
    select: { title: true },
    pagination: false,
    ...lookupOptions(req),
  })
  return {
    id: doc.id,
    locale,
    trackingToken: doc.trackingToken ?? '',
    requesterName: doc.requester.name,
    requesterEmail: doc.requester.email,
    organisation: doc.requester.organisation,
    state: doc.requester.state,
    productTitles: products.map((product) => product.title),
  }
}

/**
 * After a request is stored or its status changes (inside the same transaction): the mails are
 * queued, and "übernommen" records the adoption. Seeds switch this off.
 */
export const afterStatusChange: CollectionAfterChangeHook<AdoptionRequest> = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (context[CONTEXT.skipSideEffects] || doc.anonymisedAt) return doc
  const statusChanged = operation === 'create' || previousDoc?.status !== doc.status
  if (!statusChanged) return doc
  const summary = await requestSummary(doc, req)
  if (operation === 'create') {
    const office = await officeRecipients({
      officeId: relationId(doc.office),
      req,
      locale: summary.locale,
    })
    await queueMail({
      req,
      kind: 'confirmation',
      mail: confirmationMail(summary, office.name),
      requestId: doc.id,
    })
    for (const email of office.emails) {
      await queueMail({
        req,
        kind: 'office-notification',
        mail: officeNotificationMail(summary, email),
        requestId: doc.id,
      })
    }
    return doc
  }
  const latest = doc.statusHistory?.at(-1)
  await queueMail({
    req,
    kind: 'status-change',
    mail: statusChangeMail(summary, {
      status: doc.status as RequestStatus,
      comment: latest?.comment,
    }),
    requestId: doc.id,
  })
  if (doc.status === 'adopted') await recordAdoptions({ doc, req })
  return doc
}

/**
 * "übernommen" becomes one adoption per requested product (created once, linked to this request).
 * It is public, and counted on the product page, only when the requester agreed to be named.
 */
const recordAdoptions = async ({ doc, req }: { doc: AdoptionRequest; req: PayloadRequest }) => {
  const { requester } = doc
  const consented = doc.publicListingConsent === true
  // The organisation is named (a public record) only with the requester's consent.
  const organisationId = consented ? await adoptingOrganisation({ doc, req }) : undefined
  for (const productId of relationIds(doc.products)) {
    const { totalDocs } = await req.payload.count({
      collection: COLLECTIONS.adoptions,
      where: {
        and: [{ sourceRequest: { equals: doc.id } }, { product: { equals: productId } }],
      },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) continue
    await req.payload.create({
      collection: COLLECTIONS.adoptions,
      data: {
        product: productId as number,
        organisation: organisationId,
        place: {
          city: requester.city || requester.postcode || requester.state,
          state: requester.state,
          // The two-digit region only: enough for "nearest adopters", no address.
          postcodeArea: postcodeArea(requester.postcode ?? ''),
        },
        since: new Date().toISOString(),
        status: 'established',
        publicConsent: doc.publicListingConsent === true,
        sourceRequest: doc.id,
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
}

/** The organisation record for a consenting adopter: an existing one of that name and type, or new. */
const adoptingOrganisation = async ({
  doc,
  req,
}: {
  doc: AdoptionRequest
  req: PayloadRequest
}) => {
  const { requester } = doc
  const existing = await req.payload.find({
    collection: COLLECTIONS.organisations,
    where: {
      and: [
        { name: { equals: requester.organisation } },
        { type: { equals: requester.organisationType } },
      ],
    },
    limit: 1,
    select: {},
    ...lookupOptions(req),
  })
  if (existing.docs[0]) return existing.docs[0].id
  const created = await req.payload.create({
    collection: COLLECTIONS.organisations,
    data: {
      name: requester.organisation,
      type: requester.organisationType,
      address: { city: requester.city ?? undefined, state: requester.state },
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return created.id
}
