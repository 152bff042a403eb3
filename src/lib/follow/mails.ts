import type { Locale, NoticeKind } from '@/constants'
import { translate, type TextKey } from '@/i18n'
import type { Mail } from '@/lib/email/requestMails'

import { absolute, confirmPath, oneClickUnsubscribeURL, unsubscribePath } from './paths'

const lines = (...parts: (string | false | undefined)[]): string =>
  parts.filter((part): part is string => typeof part === 'string').join('\n')

/** What one subscription is about, in words (the search's words and filters, or the product). */
export type FollowedThing =
  { kind: 'search'; description: string } | { kind: 'product'; title: string }

const describe = (thing: FollowedThing, locale: Locale): string =>
  thing.kind === 'search'
    ? translate({ key: 'follow.mail.aboutSearch', locale, values: { search: thing.description } })
    : translate({ key: 'follow.mail.aboutProduct', locale, values: { title: thing.title } })

/** The double opt-in: nothing is sent to this address again unless the link is used. */
export const followConfirmationMail = ({
  to,
  locale,
  token,
  thing,
}: {
  to: string
  locale: Locale
  token: string
  thing: FollowedThing
}): Mail => {
  const t = (key: TextKey, values?: Record<string, string | number>) =>
    translate({ key, locale, values })
  return {
    to,
    subject: t('follow.mail.confirmSubject'),
    text: lines(
      t('follow.mail.hello'),
      '',
      t('follow.mail.confirmIntro'),
      describe(thing, locale),
      '',
      t('follow.mail.confirmLink'),
      absolute(confirmPath({ locale, token })),
      '',
      t('follow.mail.confirmIgnore'),
      '',
      t('follow.mail.signature'),
    ),
  }
}

export type DigestNotice = { kind: NoticeKind; title: string; url: string }
export type DigestSection = {
  thing: FollowedThing
  unsubscribeToken: string
  notices: DigestNotice[]
}

/**
 * The day's notices for one address, grouped by what was followed. Every section has its own
 * unsubscribe link in the body; the List-Unsubscribe header (RFC 8058) names all the mail's
 * subscriptions, so one click in the mail program ends everything this mail was about.
 */
export const followDigestMail = ({
  to,
  locale,
  sections,
}: {
  to: string
  locale: Locale
  sections: DigestSection[]
}): Mail => {
  const t = (key: TextKey, values?: Record<string, string | number>) =>
    translate({ key, locale, values })
  const notices = sections.flatMap((section) => section.notices)
  const tokens = sections.map((section) => section.unsubscribeToken)
  const oneClick = oneClickUnsubscribeURL(tokens)
  return {
    to,
    subject:
      notices.length === 1
        ? t(`follow.mail.subject.${notices[0].kind}` as TextKey, { title: notices[0].title })
        : t('follow.mail.digestSubject', { count: notices.length }),
    text: lines(
      t('follow.mail.hello'),
      '',
      notices.length === 1 ? t('follow.mail.intro') : t('follow.mail.digestIntro'),
      ...sections.flatMap((section) => [
        '',
        describe(section.thing, locale),
        ...section.notices.map(
          (notice) =>
            `- ${t(`follow.mail.notice.${notice.kind}` as TextKey, { title: notice.title })}\n  ${notice.url}`,
        ),
        t('follow.mail.unsubscribeOne'),
        absolute(unsubscribePath({ locale, tokens: [section.unsubscribeToken] })),
      ]),
      '',
      t('follow.mail.footer'),
      ...(sections.length > 1
        ? [t('follow.mail.unsubscribeAll'), absolute(unsubscribePath({ locale, tokens }))]
        : []),
      '',
      t('follow.mail.signature'),
    ),
    headers: {
      'List-Unsubscribe': `<${oneClick}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  }
}
