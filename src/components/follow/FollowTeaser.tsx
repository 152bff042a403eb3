import { FACETS, type Locale } from '@/constants'
import { translate, type TextKey } from '@/i18n'
import type { FollowTarget } from '@/lib/follow/paths'
import { localeBase } from '@/lib/paths'

/**
 * The small follow form on /produkte (the current search and filters) and on product pages: the
 * address, then the follow page with the consent and the bot check (a GET, so the product page
 * stays a cached page without a form token of its own).
 */
export function FollowTeaser({ locale, target }: { locale: Locale; target: FollowTarget }) {
  const t = (key: TextKey) => translate({ key, locale })
  const prefix = target.kind === 'product' ? 'follow.teaser.product' : 'follow.teaser.search'
  const hidden: [string, string][] =
    target.kind === 'product'
      ? [['produkt', target.slug]]
      : [
          ...(target.search.q ? [['q', target.search.q] as [string, string]] : []),
          ...FACETS.flatMap((facet) =>
            (target.search.filters[facet] ?? []).map((value) => [facet, value] as [string, string]),
          ),
        ]
  return (
    <section className="follow-teaser" aria-labelledby="follow-heading">
      <h2 id="follow-heading">{t(`${prefix}Heading` as TextKey)}</h2>
      <p>{t(`${prefix}Intro` as TextKey)}</p>
      <form method="get" action={`${localeBase(locale)}/benachrichtigung`}>
        {hidden.map(([name, value], index) => (
          <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
        ))}
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="follow-email">
            {t('follow.form.email')}
          </label>
          <input
            className="kern-form-input__input"
            id="follow-email"
            name="email"
            type="email"
            autoComplete="email"
          />
        </div>
        <p>
          <button type="submit" className="kern-btn kern-btn--secondary">
            <span className="kern-label">{t('follow.teaser.button')}</span>
          </button>
        </p>
      </form>
    </section>
  )
}
