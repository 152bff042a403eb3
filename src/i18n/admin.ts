import { de } from './de'
import { en } from './en'

/**
 * The parts of our texts that client components of the admin read through Payload's own
 * translations (`t('requestList:unassigned')`), so that the browser gets these few texts and not
 * the whole dictionary. Server components use `translate` instead.
 */
export const adminTranslations = {
  de: { requestList: de.requestList },
  en: { requestList: en.requestList },
}

export type AdminTranslationKey = `requestList:${keyof (typeof de)['requestList'] & string}`
