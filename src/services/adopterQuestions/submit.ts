import type { Payload } from 'payload'

import { COLLECTIONS, GLOBALS, type Locale } from '@/constants'
import { getNearestAdopters } from '@/data/nearestAdopters'
import { translate } from '@/i18n'
import {
  validateQuestion,
  type QuestionErrors,
  type QuestionValues,
} from '@/lib/adopterQuestions/form'
import { normaliseEmail } from '@/lib/validators'
import { REQUESTS_PER_ADDRESS_AND_DAY } from '@/services/requests/submit'

const DAY_MS = 24 * 60 * 60 * 1000

/** How many adopters the page lists (and a question may be addressed to). */
export const NEAREST_LIMIT = 5

/** The published product a question is about, by slug, or undefined. */
export const publishedProduct = async ({
  payload,
  slug,
}: {
  payload: Payload
  slug: string
}): Promise<{ id: number } | undefined> => {
  const { docs } = await payload.find({
    collection: COLLECTIONS.transferProducts,
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 0,
    select: {},
    overrideAccess: false,
  })
  return docs[0] as { id: number } | undefined
}

/** The form's field errors, against the adopters the visitor was shown (stores nothing). */
export const checkQuestion = async ({
  payload,
  values,
  locale,
}: {
  payload: Payload
  values: QuestionValues
  locale: Locale
}): Promise<{ errors: QuestionErrors; productId?: number }> => {
  const product = await publishedProduct({ payload, slug: values.product })
  const adopters = product
    ? await getNearestAdopters({
        payload,
        locale,
        productId: product.id,
        postcode: values.postcode,
        limit: NEAREST_LIMIT,
      })
    : []
  const errors = validateQuestion({
    values,
    locale,
    adoptions: new Set(adopters.map((adopter) => adopter.id)),
  })
  return { errors, productId: product?.id }
}

export type QuestionResult = { ok: true } | { ok: false; errors: QuestionErrors }

/**
 * Stores a visitor's question on their behalf; its hooks route it to the product's office and
 * queue the office's mail in the same transaction. The abuse checks happen before this; the
 * per-address cap is the request form's (questions and requests are counted apart).
 */
export const submitQuestion = async ({
  payload,
  values,
  locale,
  now = new Date(),
}: {
  payload: Payload
  values: QuestionValues
  locale: Locale
  now?: Date
}): Promise<QuestionResult> => {
  const { errors, productId } = await checkQuestion({ payload, values, locale })
  if (Object.keys(errors).length > 0 || productId === undefined) return { ok: false, errors }
  const email = normaliseEmail(values.email)
  const { totalDocs: recent } = await payload.count({
    collection: COLLECTIONS.adopterQuestions,
    where: {
      and: [
        { 'asker.email': { equals: email } },
        { createdAt: { greater_than: new Date(now.getTime() - DAY_MS).toISOString() } },
      ],
    },
    overrideAccess: true,
  })
  if (recent >= REQUESTS_PER_ADDRESS_AND_DAY)
    return {
      ok: false,
      errors: { email: translate({ key: 'adopterQuestion.tooManyForAddress', locale }) },
    }
  const settings = await payload.findGlobal({ slug: GLOBALS.siteSettings, depth: 0 })
  const asId = (id: string | number) =>
    (payload.db.defaultIDType === 'number' ? Number(id) : id) as number
  await payload.create({
    collection: COLLECTIONS.adopterQuestions,
    data: {
      product: productId,
      adoption: asId(values.adoption),
      asker: { name: values.name || undefined, email, postcode: values.postcode },
      message: values.message,
      consent: {
        given: true,
        givenAt: now.toISOString(),
        privacyPolicyVersion: settings.privacyPolicyVersion,
      },
      locale,
    },
    overrideAccess: true,
    depth: 0,
  })
  return { ok: true }
}
