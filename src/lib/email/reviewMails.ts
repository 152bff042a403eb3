import { COLLECTIONS, LOCALES, type Locale } from '@/constants'
import { translate, type TextKey } from '@/i18n'
import { publicServerURL } from '@/lib/env'

import type { Mail } from './requestMails'

/** The review's three notices (see src/collections/TransferProducts/hooks/notifyReview.ts). */
export type ReviewMailKind = 'review-submitted' | 'review-changes-requested' | 'review-published'

export type ReviewMailFacts = {
  id: number | string
  /** The product's title per language (the English one may be missing). */
  titles: Partial<Record<Locale, string>>
  /** Who made the change, as the history names them. */
  byName: string
  comment?: string | null
}

const TEXTS: Record<ReviewMailKind, { subject: TextKey; intro: TextKey }> = {
  'review-submitted': {
    subject: 'review.mailSubmittedSubject',
    intro: 'review.mailSubmittedIntro',
  },
  'review-changes-requested': {
    subject: 'review.mailChangesSubject',
    intro: 'review.mailChangesIntro',
  },
  'review-published': {
    subject: 'review.mailPublishedSubject',
    intro: 'review.mailPublishedIntro',
  },
}

const editURL = (id: number | string): string =>
  `${publicServerURL()}/admin/collections/${COLLECTIONS.transferProducts}/${id}`

/**
 * Staff accounts keep no language, so each notice is written in German with the English text
 * below it: the admin speaks both, and nobody gets a mail they cannot read.
 */
export const reviewMail = ({
  kind,
  to,
  facts,
}: {
  kind: ReviewMailKind
  to: string
  facts: ReviewMailFacts
}): Mail => {
  const part = (locale: Locale) => {
    const values = { title: facts.titles[locale] || facts.titles.de || '', name: facts.byName }
    const t = (key: TextKey) => translate({ key, locale, values })
    return {
      subject: t(TEXTS[kind].subject),
      text: [
        t(TEXTS[kind].intro),
        ...(facts.comment ? ['', t('review.mailComment'), facts.comment] : []),
        '',
        t('review.mailEditLink'),
        editURL(facts.id),
      ].join('\n'),
    }
  }
  const parts = LOCALES.map(part)
  return {
    to,
    subject: parts.map((one) => one.subject).join(' / '),
    text: parts.map((one) => one.text).join('\n\n----\n\n'),
  }
}
