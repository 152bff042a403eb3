import type { CollectionConfig } from 'payload'

import {
  COLLECTIONS,
  CONTENT_LANGUAGES,
  COST_MODELS,
  REVIEW_COMMENT_MAX_LENGTH,
  REVIEW_STATUSES,
  PITCH_MAX_LENGTH,
  PRODUCT_FORMATS,
  PRODUCT_KINDS,
  TARGET_GROUPS,
  TRANSFER_STATUSES,
} from '@/constants'
import { isStaffField } from '@/access/isStaff'
import { nobody } from '@/access/nobody'
import { roleContactField } from '@/fields/contact'
import { federalStateField } from '@/fields/federalState'
import { seoField } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { previewPath } from '@/lib/paths'
import { collectionLabels, label, options } from '@/i18n'

import {
  canCreateProducts,
  canDeleteProducts,
  canReadProducts,
  canReadProductVersions,
  canUpdateProducts,
} from './access'
import { afterReviewTransition } from './hooks/afterReviewTransition'
import { defaultOriginProject } from './hooks/defaultOriginProject'
import { enforceOwnership } from './hooks/enforceOwnership'
import { enforceReviewFlow } from './hooks/enforceReviewFlow'
import { lockSlugOncePublished } from './hooks/lockSlugOncePublished'
import { publishOnReviewStatus } from './hooks/publishOnReviewStatus'
import { saveAsDraftUnlessOfficeStaff } from './hooks/saveAsDraftUnlessOfficeStaff'

const IMAGE_ONLY = { mimeType: { in: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] } }
const PDF_ONLY = { mimeType: { equals: 'application/pdf' } }

export const TransferProducts: CollectionConfig = {
  slug: COLLECTIONS.transferProducts,
  labels: collectionLabels('transferProducts'),
  admin: {
    useAsTitle: 'title',
    group: label('adminGroups.catalogue'),
    defaultColumns: ['title', 'kind', 'transferStatus', 'originProject', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'pitch', 'slug'],
    // The admin's "Preview" button opens the newest draft on the public layout (staff only).
    preview: (doc, { locale }) =>
      previewPath({ locale: locale === 'en' ? 'en' : 'de', id: String(doc.id) }),
    // The same preview beside the form, in the language being edited; it re-renders after each
    // (auto)save (src/components/admin/product/LivePreviewRefresh.client.tsx).
    livePreview: {
      url: ({ data, locale }) =>
        data?.id
          ? previewPath({ locale: locale?.code === 'en' ? 'en' : 'de', id: String(data.id) })
          : null,
      breakpoints: [
        { name: 'phone', label: 'Smartphone', width: 375, height: 667 },
        { name: 'tablet', label: 'Tablet', width: 768, height: 1024 },
        { name: 'desktop', label: 'Desktop', width: 1440, height: 900 },
      ],
    },
    components: {
      edit: {
        // Submit for review (project staff); publish and request changes (reviewers).
        PublishButton: '@/components/admin/product/ReviewActions.client#ReviewActions',
      },
    },
  },
  access: {
    read: canReadProducts,
    create: canCreateProducts,
    update: canUpdateProducts,
    delete: canDeleteProducts,
    readVersions: canReadProductVersions,
  },
  versions: {
    // Autosave keeps the newest draft current while staff type, so the live preview (which
    // re-renders the page from the saved draft) follows the form.
    drafts: { autosave: { interval: 1000 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  defaultSort: '-updatedAt',
  hooks: {
    // The review's publish request first: it may turn a save into a publish.
    beforeOperation: [publishOnReviewStatus, saveAsDraftUnlessOfficeStaff],
    beforeChange: [enforceOwnership, lockSlugOncePublished, enforceReviewFlow],
    afterChange: [afterReviewTransition],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: label('fields.description'),
          fields: [
            {
              name: 'title',
              type: 'text',
              label: label('fields.title'),
              required: true,
              localized: true,
            },
            {
              name: 'pitch',
              type: 'textarea',
              label: label('fields.pitch'),
              required: true,
              localized: true,
              maxLength: PITCH_MAX_LENGTH,
              admin: { description: label('descriptions.pitch') },
            },
            {
              name: 'description',
              type: 'richText',
              label: label('fields.description'),
              localized: true,
            },
            {
              name: 'heroImage',
              type: 'upload',
              relationTo: COLLECTIONS.media,
              label: label('fields.heroImage'),
              filterOptions: IMAGE_ONLY,
            },
            {
              name: 'gallery',
              type: 'upload',
              relationTo: COLLECTIONS.media,
              hasMany: true,
              label: label('fields.gallery'),
              filterOptions: IMAGE_ONLY,
            },
            {
              name: 'downloads',
              type: 'array',
              label: label('fields.downloads'),
              fields: [
                {
                  name: 'file',
                  type: 'upload',
                  relationTo: COLLECTIONS.media,
                  label: label('fields.downloadFile'),
                  required: true,
                  filterOptions: PDF_ONLY,
                },
                {
                  name: 'label',
                  type: 'text',
                  label: label('fields.downloadLabel'),
                  localized: true,
                },
              ],
            },
          ],
        },
        {
          label: label('fields.targetGroups'),
          fields: [
            {
              name: 'kind',
              type: 'select',
              label: label('fields.kind'),
              options: options('kinds', PRODUCT_KINDS),
              required: true,
              index: true,
            },
            {
              name: 'targetGroups',
              type: 'select',
              label: label('fields.targetGroups'),
              options: options('targetGroups', TARGET_GROUPS),
              hasMany: true,
            },
            {
              name: 'sectors',
              type: 'relationship',
              relationTo: COLLECTIONS.sectors,
              hasMany: true,
              label: label('fields.sectors'),
            },
            {
              name: 'occupations',
              type: 'relationship',
              relationTo: COLLECTIONS.occupations,
              hasMany: true,
              label: label('fields.occupations'),
            },
            {
              name: 'transferStatus',
              type: 'select',
              label: label('fields.transferStatus'),
              options: options('transferStatuses', TRANSFER_STATUSES),
              required: true,
              defaultValue: 'in-development',
              index: true,
            },
            {
              name: 'format',
              type: 'select',
              label: label('fields.format'),
              options: options('formats', PRODUCT_FORMATS),
            },
            {
              name: 'regionsOfOrigin',
              type: 'array',
              label: label('fields.regionsOfOrigin'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'name', type: 'text', label: label('fields.region'), required: true },
                    federalStateField(),
                  ],
                },
              ],
            },
          ],
        },
        {
          label: label('fields.adoptionKit'),
          fields: [
            {
              name: 'adoptionKit',
              type: 'group',
              label: label('fields.adoptionKit'),
              fields: [
                {
                  name: 'included',
                  type: 'textarea',
                  label: label('fields.included'),
                  localized: true,
                },
                {
                  name: 'prerequisites',
                  type: 'textarea',
                  label: label('fields.prerequisites'),
                  localized: true,
                },
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'effortDays',
                      type: 'number',
                      label: label('fields.effortDays'),
                      min: 0,
                      max: 1000,
                      admin: { description: label('descriptions.effortDays') },
                    },
                    {
                      name: 'costModel',
                      type: 'select',
                      label: label('fields.costModel'),
                      options: options('costModels', COST_MODELS),
                    },
                  ],
                },
                {
                  name: 'costNote',
                  type: 'text',
                  label: label('fields.costNote'),
                  localized: true,
                },
                { name: 'licence', type: 'text', label: label('fields.licence') },
                {
                  name: 'duration',
                  type: 'text',
                  label: label('fields.duration'),
                  localized: true,
                },
                {
                  name: 'languages',
                  type: 'select',
                  label: label('fields.languages'),
                  options: options('languages', CONTENT_LANGUAGES),
                  hasMany: true,
                },
              ],
            },
            roleContactField(),
          ],
        },
        { label: label('fields.meta'), fields: [seoField()] },
      ],
    },
    slugField(),
    {
      name: 'originProject',
      type: 'relationship',
      relationTo: COLLECTIONS.projects,
      label: label('fields.originProject'),
      required: true,
      index: true,
      defaultValue: defaultOriginProject,
      admin: { position: 'sidebar' },
    },
    {
      // What is missing before submission, live from the form (admin only, nothing stored).
      name: 'completenessChecklist',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: {
          Field: '@/components/admin/product/CompletenessChecklist.client#CompletenessChecklist',
        },
      },
    },
    {
      // The way to the pending draft's differences; retire and restore (admin only).
      name: 'offerPanel',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: {
          Field: '@/components/admin/product/ProductOfferPanel.client#ProductOfferPanel',
        },
      },
    },
    {
      // Moved only through the review's transitions (src/lib/products/review.ts), checked by the
      // collection's hooks whoever saves; the public never sees it.
      name: 'reviewStatus',
      type: 'select',
      label: label('fields.reviewStatus'),
      options: options('reviewStatuses', REVIEW_STATUSES),
      // Always set by the review hook; not `required`, so that callers need not send it.
      defaultValue: 'draft',
      index: true,
      access: { read: isStaffField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      // The reviewer's comment, sent with the transition it explains and kept in the history;
      // not stored on the product itself.
      name: 'reviewComment',
      type: 'textarea',
      label: label('fields.reviewComment'),
      virtual: true,
      maxLength: REVIEW_COMMENT_MAX_LENGTH,
      admin: { hidden: true },
    },
    {
      name: 'reviewHistory',
      type: 'array',
      label: label('fields.reviewHistory'),
      // Written by the review hook only; project staff and the office read it.
      access: { read: isStaffField, create: nobody, update: nobody },
      admin: {
        readOnly: true,
        position: 'sidebar',
        initCollapsed: true,
        components: {
          Field: '@/components/admin/product/ReviewHistoryField.client#ReviewHistoryField',
        },
      },
      fields: [
        { name: 'at', type: 'date', label: label('fields.changedAt'), required: true },
        {
          name: 'by',
          type: 'relationship',
          relationTo: COLLECTIONS.users,
          label: label('fields.changedBy'),
          // Written by the review hook only. Not checked against the accounts the saver may read:
          // an office publishing a product cannot read the account of the staff who submitted it.
          validate: () => true as const,
        },
        // The name as it was, readable by those who may not read the user account.
        { name: 'byName', type: 'text', label: label('fields.changedByName') },
        {
          name: 'from',
          type: 'select',
          label: label('fields.fromStatus'),
          options: options('reviewStatuses', REVIEW_STATUSES),
        },
        {
          name: 'to',
          type: 'select',
          label: label('fields.toStatus'),
          options: options('reviewStatuses', REVIEW_STATUSES),
          required: true,
        },
        { name: 'comment', type: 'textarea', label: label('fields.comment') },
      ],
    },
    {
      name: 'firstPublishedAt',
      type: 'date',
      label: label('fields.firstPublishedAt'),
      index: true,
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
