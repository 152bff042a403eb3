import type { Locale } from '@/constants'
import { translate } from '@/i18n'

/**
 * The catalogue's search box and button (KERN form input and primary button), on the home page
 * and above the catalogue's facets. The surrounding form is the caller's: a plain GET form on the
 * home page, the catalogue's own form with its facets.
 */
export function SearchFields({
  locale,
  id,
  query,
}: {
  locale: Locale
  id: string
  query?: string
}) {
  const t = (key: Parameters<typeof translate>[0]['key']) => translate({ key, locale })
  return (
    <>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={id}>
          {t('catalogue.searchLabel')}
        </label>
        <input
          className="kern-form-input__input"
          id={id}
          type="search"
          name="q"
          defaultValue={query}
          placeholder={t('catalogue.searchPlaceholder')}
        />
      </div>
      <button type="submit" className="kern-btn kern-btn--primary">
        <span className="kern-label">{t('catalogue.searchButton')}</span>
      </button>
    </>
  )
}
