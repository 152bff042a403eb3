import '../RequestDashboard.css'
import './ImpactView.css'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { IMPACT_CSV_PATH, IMPACT_VIEW_PATH, type Locale } from '@/constants'
import { translate, type TextKey } from '@/i18n'
import { FUNNEL_STAGES, type Funnel, type ImpactFigures } from '@/lib/impact/figures'
import type { User } from '@/payload-types'
import { canSeeImpact, gatherImpact, type Impact } from '@/services/admin/impact'

import type { T } from '../dashboard/types'

const base = 'impact'

const numberFormat = (locale: Locale) =>
  new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 1 })

const share = (count: number, of: number): number => (of > 0 ? Math.round((count / of) * 100) : 0)

/** `2026-Q4` as people write it ("4. Quartal 2026", "Q4 2026"). */
const quarterLabel = (quarter: string, t: T): string => {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter)
  return match
    ? t('impact.quarterLabel', { year: match[1], quarter: match[2] })
    : t('impact.unknown')
}

const stateLabel = (state: string | null, t: T): string =>
  state ? t(`options.states.${state}` as TextKey) : t('impact.noState')

type Row = { key: string; label: string; funnel: Funnel }

/** One funnel table: a row per office, product or quarter, a column per stage. */
function FunnelTable({
  id,
  title,
  labelHeader,
  rows,
  locale,
  t,
}: {
  id: string
  title: string
  labelHeader: string
  rows: Row[]
  locale: Locale
  t: T
}) {
  const format = numberFormat(locale)
  return (
    <section className={`${base}__section`} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? (
        <p>{t('impact.noRequests')}</p>
      ) : (
        <div className="rq-dash__scroll">
          <table className={`rq-dash__table ${base}__table`} aria-labelledby={id}>
            <thead>
              <tr>
                <th scope="col">{labelHeader}</th>
                {FUNNEL_STAGES.map((stage) => (
                  <th key={stage} scope="col">
                    {t(`impact.${stage}`)}
                  </th>
                ))}
                <th scope="col">{t('impact.declined')}</th>
                <th scope="col">{t('impact.withdrawn')}</th>
                <th scope="col">{t('impact.open')}</th>
                <th scope="col">{t('impact.medianDays')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ key, label, funnel }) => (
                <tr key={key} data-key={key}>
                  <th scope="row">{label}</th>
                  {FUNNEL_STAGES.map((stage) => (
                    <td key={stage} data-stage={stage}>
                      {funnel[stage]}
                    </td>
                  ))}
                  <td data-stage="declined">{funnel.declined}</td>
                  <td data-stage="withdrawn">{funnel.withdrawn}</td>
                  <td data-stage="open">{funnel.open}</td>
                  <td data-stage="medianDaysToAdoption">
                    {funnel.medianDaysToAdoption === null
                      ? '–'
                      : format.format(funnel.medianDaysToAdoption)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

/** The whole funnel as bars: how many of all requests reached each stage. */
function Summary({ total, locale, t }: { total: Funnel; locale: Locale; t: T }) {
  const id = `${base}-summary`
  return (
    <section className={`${base}__section`} aria-labelledby={id}>
      <h2 id={id}>{t('impact.summaryTitle')}</h2>
      <table className="rq-dash__table rq-dash__bars" aria-describedby={`${id}-caption`}>
        <caption id={`${id}-caption`} className="rq-dash__sr-only">
          {t('impact.summaryCaption')}
        </caption>
        <tbody>
          {FUNNEL_STAGES.map((stage) => {
            const percent = share(total[stage], total.requests)
            return (
              <tr key={stage} data-stage={stage}>
                <th scope="row">{t(`impact.${stage}`)}</th>
                <td>
                  <div className="rq-dash__bar-cell">
                    <span className="rq-dash__bar-track" aria-hidden="true">
                      <span className="rq-dash__bar" style={{ width: `${percent}%` }} />
                    </span>
                    <span className="rq-dash__bar-value">{total[stage]}</span>
                    <span className={`${base}__share`}>{t('impact.share', { percent })}</span>
                  </div>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <p data-figure="median">
        {total.medianDaysToAdoption === null
          ? t('impact.noMedian')
          : t('impact.medianDaysSummary', {
              days: numberFormat(locale).format(total.medianDaysToAdoption),
            })}
      </p>
    </section>
  )
}

/** Adoptions per state (rows) and year (columns). */
function Adoptions({ adoptions, t }: { adoptions: ImpactFigures['adoptions']; t: T }) {
  const id = `${base}-adoptions`
  const yearLabel = (year: string) => (year === 'unknown' ? t('impact.unknown') : year)
  return (
    <section className={`${base}__section`} aria-labelledby={id}>
      <h2 id={id}>{t('impact.adoptionsTitle')}</h2>
      {adoptions.total === 0 ? (
        <p>{t('impact.noAdoptions')}</p>
      ) : (
        <>
          <p data-figure="adoptions">
            {t('impact.adoptionsIntro', {
              total: adoptions.total,
              withoutRequest: adoptions.withoutRequest,
            })}
          </p>
          <div className="rq-dash__scroll">
            <table className={`rq-dash__table ${base}__table`} aria-labelledby={id}>
              <thead>
                <tr>
                  <th scope="col">{t('impact.state')}</th>
                  {adoptions.years.map((year) => (
                    <th key={year} scope="col">
                      {yearLabel(year)}
                    </th>
                  ))}
                  <th scope="col">{t('impact.total')}</th>
                </tr>
              </thead>
              <tbody>
                {adoptions.byState.map((row) => (
                  <tr key={row.state ?? 'none'} data-key={row.state ?? 'none'}>
                    <th scope="row">{stateLabel(row.state, t)}</th>
                    {adoptions.years.map((year) => (
                      <td key={year} data-year={year}>
                        {row.byYear[year] ?? 0}
                      </td>
                    ))}
                    <td data-year="total">{row.total}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}

function Definitions({ t }: { t: T }) {
  const id = `${base}-definitions`
  const keys: TextKey[] = [
    'impact.definitionStages',
    'impact.definitionProducts',
    'impact.definitionOffice',
    'impact.definitionQuarter',
    'impact.definitionMedian',
    'impact.definitionAdoptions',
  ]
  return (
    <section className={`${base}__section`} aria-labelledby={id}>
      <h2 id={id}>{t('impact.definitionsTitle')}</h2>
      <ul className={`${base}__definitions`}>
        {keys.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </section>
  )
}

function Figures({
  impact,
  apiRoute,
  locale,
  t,
}: {
  impact: Impact
  apiRoute: string
  locale: Locale
  t: T
}) {
  const { figures, labels, scope } = impact
  return (
    <>
      <p className="rq-dash__intro">
        {scope.isAllOffices
          ? t('impact.introAdmin')
          : t('impact.introOffice', { office: scope.officeName })}
      </p>
      <Summary total={figures.total} locale={locale} t={t} />
      <FunnelTable
        id={`${base}-offices`}
        title={t('impact.byOffice')}
        labelHeader={t('impact.office')}
        rows={figures.byOffice.map(({ officeId, funnel }) => ({
          key: officeId ?? 'none',
          label: labels.office(officeId),
          funnel,
        }))}
        locale={locale}
        t={t}
      />
      <FunnelTable
        id={`${base}-products`}
        title={t('impact.byProduct')}
        labelHeader={t('impact.product')}
        rows={figures.byProduct.map(({ productId, funnel }) => ({
          key: productId,
          label: labels.product(productId),
          funnel,
        }))}
        locale={locale}
        t={t}
      />
      <FunnelTable
        id={`${base}-quarters`}
        title={t('impact.byQuarter')}
        labelHeader={t('impact.quarter')}
        rows={figures.byQuarter.map(({ quarter, funnel }) => ({
          key: quarter,
          label: quarterLabel(quarter, t),
          funnel,
        }))}
        locale={locale}
        t={t}
      />
      <Adoptions adoptions={figures.adoptions} t={t} />
      <section className={`${base}__section`} aria-labelledby={`${base}-export`}>
        <h2 id={`${base}-export`}>{t('impact.exportTitle')}</h2>
        <p>
          <a href={`${apiRoute}${IMPACT_CSV_PATH}?locale=${locale}`} download>
            {t('impact.exportCsv')}
          </a>
        </p>
        <p className="rq-dash__note">{t('impact.exportNote')}</p>
      </section>
      <Definitions t={t} />
    </>
  )
}

/**
 * The programme's impact (`/admin/impact`, registered in `admin.components.views`): the funnel
 * from request to adoption per office, product and quarter, the median days to adoption and the
 * adoptions per state and year, with the CSV export. Payload renders custom root views for
 * everybody, so this view checks itself: anonymous visitors go to the login, project staff get a
 * refusal; admins see every office, office staff their own (src/services/admin/impact.ts).
 */
export async function ImpactView(props: AdminViewServerProps) {
  const { initPageResult, params, searchParams } = props
  const { req, permissions, visibleEntities, locale: contentLocale } = initPageResult
  const { payload } = req
  const { routes, admin } = payload.config
  const user = req.user as User | null
  if (!user) {
    const back = `${routes.admin}${IMPACT_VIEW_PATH}`
    redirect(`${routes.admin}${admin.routes.login}?redirect=${encodeURIComponent(back)}`)
  }
  const locale: Locale = req.i18n.language === 'en' ? 'en' : 'de'
  const t: T = (key, values) => translate({ key, locale, values })
  let impact: Impact | null = null
  const isAllowed = canSeeImpact(user)
  if (isAllowed) {
    try {
      impact = await gatherImpact({ payload, user, locale })
    } catch (error) {
      payload.logger.error({ err: error, msg: 'Impact view: reading the figures failed' })
    }
  }
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={contentLocale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <Gutter className={`rq-dash ${base}`}>
        <h1>{t(isAllowed ? 'impact.title' : 'impact.forbiddenTitle')}</h1>
        {!isAllowed ? (
          <p role="alert" data-refused="true">
            {t('impact.forbidden')}
          </p>
        ) : impact ? (
          <Figures impact={impact} apiRoute={routes.api} locale={locale} t={t} />
        ) : (
          <p role="alert">{t('impact.unavailable')}</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
