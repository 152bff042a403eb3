import type { Metadata } from 'next'

import { translate, type TextKey } from '@/i18n'
import { pageLocale, type LocaleParams } from '@/i18n/routing'

/**
 * `generateMetadata` for a page whose title is one UI text: "<text> · Transferkatalog" in the
 * page's language, plus whatever else the page declares (robots, referrer).
 */
export const titled =
  (key: TextKey, extra: Metadata = {}) =>
  async ({ params }: { params: Promise<LocaleParams> }): Promise<Metadata> => {
    const locale = await pageLocale(params)
    return {
      title: `${translate({ key, locale })} · ${translate({ key: 'site.name', locale })}`,
      ...extra,
    }
  }
