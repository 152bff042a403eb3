import type { Locale } from '@/constants'
import { translate, type TextKey } from '@/i18n'
import { publicServerURL } from '@/lib/env'

import type { Mail } from './requestMails'

const adminURL = (id: number | string): string =>
  `${publicServerURL()}/admin/collections/adopter-questions/${id}`

/**
 * The office learns of a new question; who asked and what stays behind the admin login (the
 * mail may be read on a shared mailbox).
 */
export const adopterQuestionOfficeMail = ({
  id,
  productTitle,
  to,
}: {
  id: number | string
  productTitle: string
  to: string
}): Mail => ({
  to,
  subject: translate({
    key: 'adopterQuestion.officeMailSubject',
    locale: 'de',
    values: { product: productTitle },
  }),
  text: [
    translate({ key: 'adopterQuestion.officeMailIntro', locale: 'de' }),
    '',
    adminURL(id),
  ].join('\n'),
})

/**
 * The question as forwarded to the adopter: the asker's words, name and address (so the adopter
 * can answer directly, if they wish). The adopter's address is never shown to the asker.
 */
export const adopterQuestionForwardMail = ({
  to,
  locale,
  productTitle,
  askerName,
  askerEmail,
  message,
}: {
  to: string
  locale: Locale
  productTitle: string
  askerName: string
  askerEmail: string
  message: string
}): Mail => {
  const t = (key: TextKey, values?: Record<string, string | number>) =>
    translate({ key, locale, values })
  return {
    to,
    subject: t('adopterQuestion.forwardMailSubject', { product: productTitle }),
    text: [
      t('adopterQuestion.forwardMailIntro', { product: productTitle }),
      '',
      message,
      '',
      t('adopterQuestion.forwardMailAsker', {
        name: askerName || t('adopterQuestion.anonymousAsker'),
        email: askerEmail,
      }),
      '',
      t('adopterQuestion.forwardMailWithdraw'),
      '',
      t('emails.signature'),
    ].join('\n'),
  }
}
