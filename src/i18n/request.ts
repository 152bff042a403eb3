import type { PayloadRequest } from 'payload'

import type { TextKey } from '.'
import { translate } from '.'

/** A UI text in the language of whoever sent the request (admin language or Accept-Language). */
export const translateFor = (
  req: Pick<PayloadRequest, 'i18n'> | undefined,
  key: TextKey,
  values?: Record<string, string | number>,
): string => translate({ key, locale: req?.i18n?.language, values })
