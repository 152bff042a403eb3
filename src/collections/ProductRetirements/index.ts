import type { CollectionConfig } from 'payload'

import { isAdminOrOfficeStaff } from '@/access/isAdminOrOfficeStaff'
import { isStaffField } from '@/access/isStaff'
import { nobody } from '@/access/nobody'
import { scoped } from '@/access/scoped'
import { COLLECTIONS, RETIREMENT_REASON_MAX_LENGTH } from '@/constants'
import { collectionLabels, label } from '@/i18n'

import { enforceOffice } from './hooks/enforceOffice'

const OFFICE_PATH = 'product.originProject.office'

/**
 * "Nicht mehr angeboten": a product its office no longer offers. Kept beside the product rather
 * than on it, because products are versioned: a retirement must take effect on the published
 * product at once, whatever draft is pending, and must survive that draft's later publication.
 * A retired product leaves search and facets; its page stays (with its adoptions) and says so.
 * Restoring deletes the record.
 */
export const ProductRetirements: CollectionConfig = {
  slug: COLLECTIONS.productRetirements,
  labels: collectionLabels('productRetirements'),
  admin: {
    group: label('adminGroups.catalogue'),
    useAsTitle: 'reason',
    defaultColumns: ['product', 'reason', 'retiredBy', 'createdAt'],
  },
  access: {
    // The public learns it from the product's page; staff read their office's and projects'.
    read: scoped({
      officePath: OFFICE_PATH,
      projectPath: 'product.originProject',
      publicWhere: { 'product._status': { equals: 'published' } },
    }),
    // Which office a new record may name is checked by the collection's hook.
    create: isAdminOrOfficeStaff,
    update: scoped({ officePath: OFFICE_PATH }),
    delete: scoped({ officePath: OFFICE_PATH }),
  },
  hooks: { beforeChange: [enforceOffice] },
  fields: [
    {
      name: 'product',
      type: 'relationship',
      relationTo: COLLECTIONS.transferProducts,
      label: label('fields.product'),
      required: true,
      unique: true,
      index: true,
    },
    {
      name: 'reason',
      type: 'textarea',
      label: label('fields.retirementReason'),
      required: true,
      localized: true,
      maxLength: RETIREMENT_REASON_MAX_LENGTH,
      admin: { description: label('descriptions.retirementReason') },
    },
    {
      name: 'retiredBy',
      type: 'relationship',
      relationTo: COLLECTIONS.users,
      label: label('fields.retiredBy'),
      access: { read: isStaffField, create: nobody, update: nobody },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
