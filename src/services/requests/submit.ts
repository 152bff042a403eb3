import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import {
  COLLECTIONS,
  GLOBALS,
  type FederalState,
  type Locale,
  type OrganisationType,
} from '@/constants'
import { getCatalogue } from '@/data/catalogue'
import { translate } from '@/i18n'
import { normaliseEmail } from '@/lib/validators'

import { validateRequestForm, type FieldErrors, type RequestFormValues } from '@/lib/requests/form'

/** Slugs of the published products a visitor can ask for. */
export const publishedProductSlugs = async (payload: Payload, locale: Locale) => {
  const { entries } = await getCatalogue({ payload, locale })
  return new Map([...entries.values()].map((entry) => [entry.slug, entry.id]))
}

type RequestFormArgs = {
  payload: Payload
  values: RequestFormValues
  locale: Locale
  now?: Date
}

/** The form's field errors, checked against the published catalogue (stores nothing). */
export const checkRequestForm = async ({
  payload,
  values,
  locale,
  now = new Date(),
}: RequestFormArgs): Promise<FieldErrors> =>
  validateRequestForm({
    values,
    locale,
    knownProducts: new Set((await publishedProductSlugs(payload, locale)).keys()),
    now,
  })

const DAY_MS = 24 * 60 * 60 * 1000
export const REQUESTS_PER_ADDRESS_AND_DAY = 3

export type SubmitResult = { ok: true; token: string } | { ok: false; errors: FieldErrors }

/**
 * Validates and stores one request on the visitor's behalf. The create runs in one transaction
 * with its side effects: routing to the office, the tracking token, the history entry and the
 * queued mails (src/collections/AdoptionRequests/hooks). Abuse checks happen before this.
 */
export const submitRequest = async ({
  payload,
  values,
  locale,
  now = new Date(),
}: RequestFormArgs): Promise<SubmitResult> => {
  const products = await publishedProductSlugs(payload, locale)
  const errors = validateRequestForm({
    values,
    locale,
    knownProducts: new Set(products.keys()),
    now,
  })
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const email = normaliseEmail(values.email)
  // Confirmation mail goes to an unverified address: a few per day, so the form cannot be
  // used to flood someone else's mailbox.
  const { totalDocs: recent } = await payload.count({
    collection: COLLECTIONS.adoptionRequests,
    where: {
      and: [
        { 'requester.email': { equals: email } },
        { createdAt: { greater_than: new Date(now.getTime() - DAY_MS).toISOString() } },
      ],
    },
    overrideAccess: true,
  })
  if (recent >= REQUESTS_PER_ADDRESS_AND_DAY)
    return {
      ok: false,
      errors: { email: translate({ key: 'requestErrors.tooManyForAddress', locale }) },
    }
  const settings = await payload.findGlobal({ slug: GLOBALS.siteSettings, depth: 0 })
  const data: RequiredDataFromCollectionSlug<typeof COLLECTIONS.adoptionRequests> = {
    // The index keeps ids as strings; SQLite's are numbers, MongoDB's stay strings.
    products: values.products.map((slug) => {
      const id = products.get(slug) as string
      return (payload.db.defaultIDType === 'number' ? Number(id) : id) as number
    }),
    requester: {
      name: values.name,
      role: values.role || undefined,
      organisation: values.organisation,
      organisationType: values.organisationType as OrganisationType,
      email,
      phone: values.phone || undefined,
      postcode: values.postcode,
      city: values.city,
      state: values.state as FederalState,
    },
    message: values.goal,
    desiredStart: values.desiredStart ? `${values.desiredStart}T00:00:00.000Z` : undefined,
    consent: {
      given: true,
      givenAt: now.toISOString(),
      privacyPolicyVersion: settings.privacyPolicyVersion,
    },
    publicListingConsent: values.publicListing,
    locale,
    status: 'new',
  }
  const request = await payload.create({
    collection: COLLECTIONS.adoptionRequests,
    data,
    overrideAccess: true,
    depth: 0,
  })
  return { ok: true, token: request.trackingToken as string }
}
