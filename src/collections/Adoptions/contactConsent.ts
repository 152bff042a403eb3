import type { CollectionBeforeChangeHook, FieldAccess, GroupField, TextField } from 'payload'

import { isAdminUser, staffOfficeId } from '@/access/roles'
import { COLLECTIONS } from '@/constants'
import { emailField, normaliseEmailHook } from '@/fields/contact'
import { lookupOptions, projectOfficeId } from '@/hooks/lookupOffice'
import { label } from '@/i18n'
import { translateFor } from '@/i18n/request'
import { relationId, sameId } from '@/lib/ids'
import { isPostcodeArea } from '@/lib/postcodeAreas'
import type { Adoption } from '@/payload-types'

export const CONTACT_CONSENT_SOURCES = ['requester', 'office'] as const

/**
 * Whether the adopter may be contacted is for admins and the staff of the adoption's office (its
 * product's project's office). Asked without a document (a query's where or sort), admins only.
 */
export const isAdoptionOfficeStaff: FieldAccess = async ({ req, doc, data }) => {
  const { user } = req
  if (isAdminUser(user)) return true
  const officeId = staffOfficeId(user)
  const productId = relationId((doc?.product ?? data?.product) as never)
  if (officeId === undefined || productId === undefined) return false
  const product = await req.payload.findByID({
    collection: COLLECTIONS.transferProducts,
    id: productId,
    select: { originProject: true },
    draft: true,
    ...lookupOptions(req),
  })
  return sameId(
    await projectOfficeId({ projectId: relationId(product?.originProject), req }),
    officeId,
  )
}

/**
 * The adopter's consent to be asked by visitors (through the office, which forwards a question
 * only with it): given by the requester on the tracking page, or recorded by the office on the
 * adopter's word. `email` is where to reach an adopter without a request.
 */
export const contactConsentField: GroupField = {
  name: 'contactConsent',
  type: 'group',
  label: label('adopterQuestion.contactConsent'),
  access: {
    read: isAdoptionOfficeStaff,
    create: isAdoptionOfficeStaff,
    update: isAdoptionOfficeStaff,
  },
  admin: { description: label('adopterQuestion.contactConsentDescription') },
  fields: [
    {
      name: 'given',
      type: 'checkbox',
      label: label('adopterQuestion.contactConsentGiven'),
      defaultValue: false,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'at',
          type: 'date',
          label: label('fields.consentAt'),
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'source',
          type: 'select',
          label: label('adopterQuestion.contactConsentSource'),
          options: CONTACT_CONSENT_SOURCES.map((value) => ({
            value,
            label: label(`adopterQuestion.sources.${value}`),
          })),
        },
      ],
    },
    {
      name: 'note',
      type: 'text',
      label: label('adopterQuestion.contactConsentNote'),
      maxLength: 500,
    },
    emailField({
      admin: { description: label('adopterQuestion.contactEmailDescription') },
      hooks: { beforeValidate: [normaliseEmailHook] },
    }),
  ],
}

/** The coarse place of the adopter for "nearest adopters": a two-digit postcode region. */
export const postcodeAreaField: TextField = {
  name: 'postcodeArea',
  type: 'text',
  label: label('adopterQuestion.postcodeArea'),
  maxLength: 2,
  admin: { description: label('adopterQuestion.postcodeAreaDescription') },
  validate: (value: string | null | undefined, { req }) =>
    !value || isPostcodeArea(value) || translateFor(req, 'adopterQuestion.postcodeAreaInvalid'),
}

/**
 * A change of the consent is stamped with its time and source: staff saying so are always "the
 * office" (the form sends the old source along, which would otherwise survive their change); the
 * requester's own answer on the tracking page comes without a user and names itself.
 */
export const stampContactConsent: CollectionBeforeChangeHook<Adoption> = ({
  data,
  originalDoc,
  req,
}) => {
  const given = data.contactConsent?.given
  if (given === undefined || given === (originalDoc?.contactConsent?.given ?? false)) return data
  return {
    ...data,
    contactConsent: {
      ...data.contactConsent,
      at: new Date().toISOString(),
      source: req.user ? 'office' : data.contactConsent?.source,
    },
  }
}
