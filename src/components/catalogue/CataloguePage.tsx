import Form from 'next/form'
import Link from 'next/link'

import { FACETS, type Facet, type Locale, type Sort, SORTS } from '@/constants'
import { searchCatalogue, suggestAlternatives } from '@/data/catalogue'
import { translate, type TextKey } from '@/i18n'
import { catalogueHref, parseCatalogueParams, type SearchParams } from '@/lib/catalogueParams'

import { cataloguePath } from '@/lib/paths'
import { getPayloadClient } from '@/services/payload'
import { Alert } from '../ui/Alert'
import { AutoSubmit } from './AutoSubmit.client'
import { ProductCard } from './ProductCard'
import { SearchFields } from './SearchFields'

const FACET_TITLES: Record<Facet, TextKey> = {
  kind: 'catalogue.facetKind',
  sector: 'catalogue.facetSector',
  targetGroup: 'catalogue.facetTargetGroup',
  office: 'catalogue.facetOffice',
  state: 'catalogue.facetState',
  transferStatus: 'catalogue.facetTransferStatus',
  format: 'catalogue.facetFormat',
  costModel: 'catalogue.facetCostModel',
  effort: 'catalogue.facetEffort',
}

const OPTION_GROUPS: Partial<Record<Facet, string>> = {
  kind: 'kinds',
  targetGroup: 'targetGroups',
  state: 'states',
  transferStatus: 'transferStatuses',
  format: 'formats',
  costModel: 'costModels',
}

const EFFORT_LABELS: Record<string, TextKey> = {
  'up-to-2': 'catalogue.effortUpTo2',
  '3-to-10': 'catalogue.effort3To10',
  '11-to-30': 'catalogue.effort11To30',
  'over-30': 'catalogue.effortOver30',
}

const SORT_LABELS: Record<Sort, TextKey> = {
  relevance: 'catalogue.sortRelevance',
  newest: 'catalogue.sortNewest',
  adopted: 'catalogue.sortAdopted',
  title: 'catalogue.sortTitle',
}

/** The catalogue: a GET form (works without JavaScript), facets with counts, results, pages. */
export async function CataloguePage({
  locale,
  searchParams,
}: {
  locale: Locale
  searchParams: SearchParams
}) {
  const t = (key: TextKey, values?: Record<string, string | number>) =>
    translate({ key, locale, values })
  const payload = await getPayloadClient()
  const state = parseCatalogueParams(searchParams)
  const result = await searchCatalogue({ payload, locale, ...state })
  const base = cataloguePath(locale)

  const valueLabel = (facet: Facet, value: string): string => {
    if (facet === 'effort') return EFFORT_LABELS[value] ? t(EFFORT_LABELS[value]) : value
    const group = OPTION_GROUPS[facet]
    if (group) return t(`options.${group}.${value}` as TextKey)
    return result.facetLabels[facet]?.[value] ?? value
  }

  // An empty result names what to drop: the query, or one active filter, with what remains.
  const alternatives =
    result.total > 0
      ? []
      : await suggestAlternatives({ payload, locale, query: state.query, filters: state.filters })

  return (
    <>
      <h1>{t('catalogue.heading')}</h1>
      <p>{t('catalogue.intro')}</p>
      <Form action={base} className="catalogue">
        <AutoSubmit />
        <div className="search-row" role="search">
          <SearchFields locale={locale} id="catalogue-q" query={state.query} />
        </div>
        <div className="catalogue__layout">
          <section className="facets" aria-labelledby="facets-heading">
            <h2 id="facets-heading">{t('catalogue.filters')}</h2>
            {FACETS.map((facet) => {
              const selected = state.filters[facet] ?? []
              const values = [
                ...new Set([...Object.keys(result.facetCounts[facet]), ...selected]),
              ].sort((a, b) => valueLabel(facet, a).localeCompare(valueLabel(facet, b), locale))
              if (values.length === 0) return null
              return (
                <fieldset key={facet} className="kern-fieldset facet">
                  <legend className="kern-label">{t(FACET_TITLES[facet])}</legend>
                  <div className="kern-fieldset__body">
                    {values.map((value) => {
                      const id = `facet-${facet}-${value}`
                      return (
                        <div key={value} className="kern-form-check">
                          <input
                            className="kern-form-check__checkbox"
                            id={id}
                            type="checkbox"
                            name={facet}
                            value={value}
                            defaultChecked={selected.includes(value)}
                          />
                          <label className="kern-label" htmlFor={id}>
                            {valueLabel(facet, value)}{' '}
                            <span className="facet__count">
                              ({result.facetCounts[facet][value] ?? 0})
                            </span>
                          </label>
                        </div>
                      )
                    })}
                  </div>
                </fieldset>
              )
            })}
            <div className="facets__actions">
              <button type="submit" className="kern-btn kern-btn--secondary">
                <span className="kern-label">{t('catalogue.applyFilters')}</span>
              </button>
              <Link href={base}>{t('catalogue.resetFilters')}</Link>
            </div>
          </section>
          <section className="results" aria-labelledby="results-heading">
            <div className="results__bar">
              <h2 id="results-heading" aria-live="polite">
                {result.total === 1
                  ? t('catalogue.resultsOne')
                  : t('catalogue.results', { count: result.total })}
              </h2>
              <div className="kern-form-input results__sort">
                <label className="kern-label" htmlFor="catalogue-sort">
                  {t('catalogue.sortLabel')}
                </label>
                <div className="kern-form-input__select-wrapper">
                  <select
                    className="kern-form-input__select"
                    id="catalogue-sort"
                    name="sort"
                    defaultValue={result.sort}
                  >
                    {SORTS.map((sort) => (
                      <option key={sort} value={sort}>
                        {t(SORT_LABELS[sort])}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
            </div>
            {result.total === 0 ? (
              <Alert kind="info" title={t('identity.noResultsTitle')}>
                <p className="kern-body">{t('catalogue.noResults')}</p>
                <ul>
                  {alternatives
                    .filter((alternative) => alternative.total > 0)
                    .map(({ dropped, query, filters, total }) => {
                      const href = catalogueHref({ base, query, filters, sort: state.sort })
                      return (
                        <li key={href}>
                          <Link href={href}>
                            {dropped === null
                              ? t('catalogue.suggestionQuery', { count: total })
                              : t('catalogue.suggestion', {
                                  filter: valueLabel(dropped.facet, dropped.value),
                                  count: total,
                                })}
                          </Link>
                        </li>
                      )
                    })}
                </ul>
              </Alert>
            ) : (
              <ul className="cards">
                {result.entries.map((entry, index) => (
                  <li key={entry.id}>
                    <ProductCard entry={entry} locale={locale} isAboveFold={index < 3} />
                  </li>
                ))}
              </ul>
            )}
            {result.pageCount > 1 ? (
              <nav aria-label={t('catalogue.pagination')} className="pagination">
                {result.page > 1 ? (
                  <Link
                    href={catalogueHref({
                      base,
                      ...state,
                      sort: state.sort,
                      page: result.page - 1,
                    })}
                  >
                    {t('catalogue.previous')}
                  </Link>
                ) : null}
                <span>{t('catalogue.pageOf', { page: result.page, count: result.pageCount })}</span>
                {result.page < result.pageCount ? (
                  <Link
                    href={catalogueHref({
                      base,
                      ...state,
                      sort: state.sort,
                      page: result.page + 1,
                    })}
                  >
                    {t('catalogue.next')}
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </section>
        </div>
      </Form>
    </>
  )
}
