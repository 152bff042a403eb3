import type { CollectionConfig, Field } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { slugField } from '@/fields/slug'
import { collectionLabels, label, type TextKey } from '@/i18n'

/**
 * The shape the network's and the directories' collections share: a name (title and default
 * sort), a slug made from it, public read and admin-only changes unless `access` says otherwise.
 * `fields` follow name and slug. Public-change recording is added to all of them in ./index.ts.
 */
export const taxonomyCollection = ({
  slug,
  labels,
  group,
  defaultColumns,
  isNameLocalized = true,
  access,
  fields = [],
}: {
  slug: string
  labels: Parameters<typeof collectionLabels>[0]
  group: Extract<TextKey, `adminGroups.${string}`>
  defaultColumns: string[]
  isNameLocalized?: boolean
  access?: CollectionConfig['access']
  fields?: Field[]
}): CollectionConfig => ({
  slug,
  labels: collectionLabels(labels),
  admin: { useAsTitle: 'name', group: label(group), defaultColumns },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin, ...access },
  defaultSort: 'name',
  fields: [
    {
      name: 'name',
      type: 'text',
      label: label('fields.name'),
      required: true,
      ...(isNameLocalized ? { localized: true } : {}),
    },
    slugField({ from: 'name' }),
    ...fields,
  ],
})
