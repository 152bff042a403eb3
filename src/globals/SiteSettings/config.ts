import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { recordGlobalChange } from '@/collections/PublicChanges'
import { DEFAULT_OPEN_DATA_LICENCE, GLOBALS, OPEN_DATA_LICENCE_KEYS } from '@/constants'
import { addressField } from '@/fields/address'
import { emailField, formatValidator, phoneField } from '@/fields/contact'
import { label } from '@/i18n'
import { isContributorId } from '@/lib/openData/dcat'

export const SiteSettings: GlobalConfig = {
  slug: GLOBALS.siteSettings,
  label: label('globals.siteSettings'),
  admin: { group: label('adminGroups.administration') },
  access: { read: anyone, update: isAdmin },
  hooks: { afterChange: [recordGlobalChange(GLOBALS.siteSettings)] },
  fields: [
    { name: 'imprint', type: 'richText', label: label('fields.imprint'), localized: true },
    {
      name: 'privacyPolicy',
      type: 'richText',
      label: label('fields.privacyPolicy'),
      localized: true,
    },
    {
      name: 'privacyPolicyVersion',
      type: 'text',
      label: label('fields.privacyPolicyVersion'),
      required: true,
      defaultValue: '1',
      admin: { description: label('descriptions.privacyPolicyVersion') },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'requestOverdueDays',
          type: 'number',
          label: label('fields.requestOverdueDays'),
          required: true,
          defaultValue: 14,
          min: 1,
          max: 365,
          admin: { description: label('descriptions.requestOverdueDays') },
        },
        {
          name: 'requestRetentionMonths',
          type: 'number',
          label: label('fields.requestRetentionMonths'),
          required: true,
          defaultValue: 24,
          min: 1,
          max: 120,
          admin: { description: label('descriptions.requestRetentionMonths') },
        },
        {
          name: 'reviewOverdueDays',
          type: 'number',
          label: label('fields.reviewOverdueDays'),
          required: true,
          defaultValue: 5,
          min: 1,
          max: 365,
          admin: { description: label('descriptions.reviewOverdueDays') },
        },
      ],
    },
    {
      // The public face: what the header and footer say besides the catalogue's own name.
      name: 'identity',
      type: 'group',
      label: label('fields.identity'),
      fields: [
        {
          name: 'programme',
          type: 'text',
          label: label('fields.programmeName'),
          localized: true,
          maxLength: 120,
        },
        {
          name: 'fundingLine',
          type: 'textarea',
          label: label('fields.fundingLine'),
          localized: true,
          maxLength: 400,
          admin: { description: label('descriptions.fundingLine') },
        },
      ],
    },
    {
      name: 'accessibilityStatement',
      type: 'richText',
      label: label('fields.accessibilityStatement'),
      localized: true,
    },
    {
      name: 'contact',
      type: 'group',
      label: label('fields.generalContact'),
      fields: [
        { name: 'role', type: 'text', label: label('fields.contactRole'), localized: true },
        emailField(),
        phoneField(),
        addressField({ name: 'postalAddress' }),
      ],
    },
    {
      // What /open-data/dcat.jsonld tells GovData (src/lib/openData/dcat.ts).
      name: 'openData',
      type: 'group',
      label: label('openData.settings.group'),
      fields: [
        {
          name: 'licence',
          type: 'select',
          label: label('openData.settings.licence'),
          required: true,
          defaultValue: DEFAULT_OPEN_DATA_LICENCE,
          options: OPEN_DATA_LICENCE_KEYS.map((value) => ({
            value,
            label: label(`openData.licences.${value}`),
          })),
          admin: { description: label('openData.settings.licenceDescription') },
        },
        {
          name: 'contributorId',
          type: 'text',
          label: label('openData.settings.contributorId'),
          validate: formatValidator(isContributorId, 'openData.settings.contributorIdInvalid'),
          admin: { description: label('openData.settings.contributorIdDescription') },
        },
      ],
    },
  ],
}
