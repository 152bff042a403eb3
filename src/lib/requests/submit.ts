import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import {
  COLLECTIONS,
  GLOBALS,
  type FederalState,
  type Locale,
  type OrganisationType,
} from '@/constants'
import { getCatalogue } from '@/data/catalogue'

import { validateRequestForm, type FieldErrors, type RequestFormValues } from './form'

/** Slugs of the published products a visitor can ask for. */
export const publishedProductSlugs = async (payload: Payload, locale: Locale) => {
  const { entries } = await getCatalogue({ payload, locale })
  return new Map([...entries.values()].map((entry) => [entry.slug, entry.id]))
}

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
}: {
  payload: Payload
  values: RequestFormValues
  locale: Locale
  now?: Date
}): Promise<SubmitResult> => {
  const products = await publishedProductSlugs(payload, locale)
  const errors = validateRequestForm({
    values,
    locale,
    knownProducts: new Set(products.keys()),
    now,
  })
  if (Object.keys(errors).length > 0) return { ok: false, errors }
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
      email: values.email,
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
