import type { Locale } from '@/constants'
import { translate, type TextKey } from '@/i18n'
import { productPath } from '@/lib/paths'

/**
 * On a product page with public adoptions: a postcode field that opens the nearest adopters (a
 * plain GET form, so the cached page carries no token; the question form has its own page).
 */
export function AskAdopterTeaser({ locale, slug }: { locale: Locale; slug: string }) {
  const t = (key: TextKey) => translate({ key, locale })
  return (
    <section aria-labelledby="ask-adopter-heading">
      <h2 id="ask-adopter-heading">{t('adopterQuestion.title')}</h2>
      <p>{t('adopterQuestion.teaser')}</p>
      <form method="get" action={`${productPath({ locale, slug })}/frage`} className="request-form">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="ask-adopter-plz">
            {t('adopterQuestion.postcode')}
          </label>
          <input
            id="ask-adopter-plz"
            name="plz"
            className="kern-form-input__input"
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={5}
          />
        </div>
        <p>
          <button type="submit" className="kern-btn kern-btn--secondary">
            <span className="kern-label">{t('adopterQuestion.showNearest')}</span>
          </button>
        </p>
      </form>
    </section>
  )
}
