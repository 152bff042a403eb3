import type { Locale } from '@/constants'
import { translate, type TextKey } from '@/i18n'
import { publicServerURL } from '@/lib/env'

import type { Mail } from './requestMails'

/**
 * The password-reset link. It always points at the configured public address, never at the Host
 * of the request that asked for it, so a forged Host header cannot send the token elsewhere.
 */
export const passwordResetMail = ({
  to,
  name,
  token,
  locale,
}: {
  to: string
  name: string
  token: string
  locale: Locale
}): Mail => {
  const t = (key: TextKey, values?: Record<string, string>) => translate({ key, locale, values })
  return {
    to,
    subject: t('emails.resetSubject'),
    text: [
      t('emails.greeting', { name }),
      '',
      t('emails.resetIntro'),
      `${publicServerURL()}/admin/reset/${token}`,
      '',
      t('emails.resetIgnore'),
      '',
      t('emails.signature'),
    ].join('\n'),
  }
}
