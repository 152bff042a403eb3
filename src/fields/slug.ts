import type { TextField } from 'payload'

import { label } from '@/i18n'
import { translateFor } from '@/i18n/request'
import { SLUG_PATTERN, slugify } from '@/lib/slugify'

type SlugArgs = {
  /** The field the slug is derived from when none is given. */
  from?: string
  overrides?: Partial<TextField>
}

/** A unique, URL-safe slug, derived from another field (the title or name) when left empty. */
export const slugField = ({ from = 'title', overrides = {} }: SlugArgs = {}): TextField =>
  ({
    name: 'slug',
    type: 'text',
    label: label('fields.slug'),
    unique: true,
    index: true,
    admin: { position: 'sidebar', description: label('descriptions.slug') },
    hooks: {
      beforeValidate: [
        ({ value, data, originalDoc }) => {
          if (typeof value === 'string' && value.trim() !== '') return value.trim()
          if (typeof originalDoc?.slug === 'string' && originalDoc.slug !== '')
            return originalDoc.slug
          const source = data?.[from] ?? originalDoc?.[from]
          return typeof source === 'string' ? slugify(source) : value
        },
      ],
    },
    validate: (value: string | null | undefined, { req }) => {
      // Not `required` in the schema, so that callers may leave it to the hook; an empty result
      // (nothing to derive it from) is still refused here.
      return (
        (Boolean(value) && SLUG_PATTERN.test(value ?? '')) ||
        translateFor(req, 'errors.slugInvalid')
      )
    },
    ...overrides,
  }) as TextField
