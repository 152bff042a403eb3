import type { PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import type { TextKey } from '@/i18n'
import { translateFor } from '@/i18n/request'

/** A 400 answer that names the offending field, in the language of the request. */
export const fieldError = ({
  collection,
  path,
  key,
  req,
  values,
}: {
  collection: string
  path: string
  key: TextKey
  req: PayloadRequest
  values?: Record<string, string | number>
}): ValidationError =>
  new ValidationError({
    collection,
    errors: [{ path, message: translateFor(req, key, values) }],
    req,
  })
