import type { CollectionConfig, Field } from 'payload'

/**
 * Payload checks a relationship's ids against the related collection only when the field has
 * `filterOptions`; without them an unknown id reaches the database and fails there as a 500.
 * Giving every relationship and upload field a pass-through filter makes Payload check that the
 * ids exist (and are readable by the user) and answer 400 naming the field instead.
 */
const allowAll = () => true

const withCheckedRelations = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if ((field.type === 'relationship' || field.type === 'upload') && !field.filterOptions) {
      return { ...field, filterOptions: allowAll }
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      return { ...field, fields: withCheckedRelations(field.fields) } as Field
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: withCheckedRelations(tab.fields) })),
      }
    }
    return field
  })

export const refuseMissingRelations = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: withCheckedRelations(collection.fields),
})
