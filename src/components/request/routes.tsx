import Link from 'next/link'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'
import { getPayload } from 'payload'

import config from '@payload-config'
import { FEDERAL_STATES, ORGANISATION_TYPES, type Locale, type RequestStatus } from '@/constants'
import { getCatalogue, getEntriesBySlugs } from '@/data/catalogue'
import { getSiteSettings, listOffices } from '@/data/network'
import { dictionaries, translate, type TextKey } from '@/i18n'
import {
  cataloguePath,
  legalPath,
  localeBase,
  productPath,
  requestFormPath,
  trackingPath,
} from '@/lib/paths'
import type { SearchParams } from '@/lib/catalogueParams'
import { issueFormChallenge } from '@/lib/requests/antiAbuse'
import { emptyRequestForm, MAX_PRODUCTS } from '@/lib/requests/form'
import { findByTrackingToken } from '@/services/requests/tracking'
import { isClosed } from '@/lib/requests/workflow'
import { relationId, sameId } from '@/lib/ids'

import { SiteShell } from '../site/SiteShell'
import { deleteRequestData, sendTrackingMessage, withdrawRequest } from './actions'
import { RequestForm } from './RequestForm.client'

const other = (locale: Locale): Locale => (locale === 'de' ? 'en' : 'de')
const list = (value: string | string[] | undefined): string[] =>
  Array.isArray(value) ? value : value ? [value] : []

/** `/anfrage?produkt=…`: the request form for the products in the address. */
export const requestFormRoute = (locale: Locale) =>
  async function RequestFormRoute({ searchParams }: { searchParams: Promise<SearchParams> }) {
    const slugs = [...new Set(list((await searchParams).produkt))].slice(0, MAX_PRODUCTS)
    const payload = await getPayload({ config, cron: true })
    const [entries, settings, challenge] = await Promise.all([
      getEntriesBySlugs({ payload, locale, slugs }),
      getSiteSettings({ payload, locale }),
      issueFormChallenge(),
    ])
    const t = (key: TextKey) => translate({ key, locale })
    const chosen = entries.map((entry) => entry.slug)
    return (
      <SiteShell
        locale={locale}
        alternateHref={requestFormPath({ locale: other(locale), slugs: chosen })}
      >
        <h1>{t('request.title')}</h1>
        <p>{t('request.intro')}</p>
        <RequestForm
          locale={locale}
          initial={{ values: emptyRequestForm(chosen), errors: {}, challenge, attempt: 0 }}
          texts={dictionaries[locale].request}
          products={entries.map((entry) => ({ slug: entry.slug, title: entry.title }))}
          organisationTypes={ORGANISATION_TYPES.map((value) => ({
            value,
            label: t(`options.organisationTypes.${value}` as TextKey),
          }))}
          states={FEDERAL_STATES.map((value) => ({
            value,
            label: t(`options.states.${value}` as TextKey),
          }))}
          privacyHref={legalPath({ locale, page: 'privacy' })}
          privacyVersion={settings.privacyPolicyVersion}
          permalink={requestFormPath({ locale, slugs: chosen })}
          today={new Date().toISOString().slice(0, 10)}
        />
      </SiteShell>
    )
  }

const NOTICES = ['messageSent', 'withdrawn', 'rateLimited'] as const
const ERRORS = ['messageRequired', 'confirmRequired', 'closed'] as const

/** `/anfrage/[token]`: status, history and the requester's own actions, without a login. */
export const trackingRoute = (locale: Locale) =>
  async function TrackingRoute({
    params,
    searchParams,
  }: {
    params: Promise<{ token: string }>
    searchParams: Promise<SearchParams>
  }) {
    const { token } = await params
    const query = await searchParams
    const payload = await getPayload({ config, cron: true })
    const request = await findByTrackingToken(payload, token)
    if (!request) notFound()
    const t = (key: TextKey, values?: Record<string, string | number>) =>
      translate({ key, locale, values })
    const date = (value: string) =>
      new Date(value).toLocaleDateString(locale === 'en' ? 'en-GB' : 'de-DE', {
        dateStyle: 'long',
        timeZone: 'Europe/Berlin',
      } as Intl.DateTimeFormatOptions)
    const status = (value: string) => t(`options.requestStatuses.${value}` as TextKey)
    const productIds = (request.products ?? []).map((product) => relationId(product))
    const [catalogue, offices] = await Promise.all([
      getCatalogue({ payload, locale }),
      listOffices({ payload, locale }),
    ])
    const entries = productIds
      .map((id) => catalogue.entries.get(String(id)))
      .filter((entry) => entry !== undefined)
    const office = offices.find((candidate) => sameId(candidate.id, relationId(request.office)))
    const closed = isClosed(request.status as RequestStatus)
    const notice = NOTICES.find((key) => key === query.hinweis)
    const error = ERRORS.find((key) => key === query.fehler)
    const hidden = (
      <>
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="locale" value={locale} />
      </>
    )
    const confirmProps = {
      hidden,
      t,
      // Which of the two confirm forms was sent without its tick (the error goes next to it).
      unconfirmed: error === 'confirmRequired' ? query.formular : undefined,
    }
    return (
      <SiteShell locale={locale} alternateHref={trackingPath({ locale: other(locale), token })}>
        <h1>{t('tracking.title')}</h1>
        {query.neu ? (
          <p className="notice" role="status">
            {t('tracking.received')}
          </p>
        ) : null}
        {notice ? (
          <p className="notice" role="status">
            {notice === 'rateLimited'
              ? t('requestErrors.rateLimited', {
                  minutes: Math.max(1, Number(query.minuten) || 10),
                })
              : t(`tracking.${notice}` as TextKey)}
          </p>
        ) : null}
        {error ? (
          <p className="error-summary" role="alert">
            {t(`requestErrors.${error}` as TextKey)}
          </p>
        ) : null}
        <p className="muted">{t('tracking.linkHint')}</p>
        <dl className="facts">
          <dt>{t('tracking.status')}</dt>
          <dd>
            <strong className="status-badge" data-status={request.status}>
              {status(request.status)}
            </strong>
          </dd>
          <dt>{t('tracking.products')}</dt>
          <dd>
            <ul className="plain-list">
              {entries.map((entry) => (
                <li key={entry.id}>
                  <Link href={productPath({ locale, slug: entry.slug })}>{entry.title}</Link>
                </li>
              ))}
            </ul>
          </dd>
        </dl>
        <p>
          {t('tracking.submittedAt', { date: date(request.createdAt) })}.{' '}
          {office ? t('tracking.office', { office: office.name }) : t('tracking.officeNone')}
        </p>

        <h2>{t('tracking.history')}</h2>
        <div className="table-scroll">
          <table className="compare">
            <thead>
              <tr>
                <th scope="col">{t('tracking.historyDate')}</th>
                <th scope="col">{t('tracking.historyStatus')}</th>
                <th scope="col">{t('tracking.historyNote')}</th>
              </tr>
            </thead>
            <tbody>
              {(request.statusHistory ?? []).map((entry, index) => (
                <tr key={entry.id ?? index}>
                  <td>{date(entry.at)}</td>
                  <td>{status(entry.to)}</td>
                  <td>{entry.comment ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        {request.requesterMessages?.length ? (
          <>
            <h2>{t('tracking.messages')}</h2>
            <ul className="plain-list">
              {request.requesterMessages.map((message, index) => (
                <li key={message.id ?? index}>
                  <p className="muted">{date(message.at)}</p>
                  <p className="pre-line">{message.text}</p>
                </li>
              ))}
            </ul>
          </>
        ) : null}

        {closed ? (
          <p>{t('tracking.closed')}</p>
        ) : (
          <>
            <form action={sendTrackingMessage} className="request-form" id="nachricht">
              {hidden}
              <fieldset className="form-group">
                <legend>{t('tracking.messageLegend')}</legend>
                <div className="form-field">
                  <label htmlFor="tracking-message">{t('tracking.message')}</label>
                  {error === 'messageRequired' ? (
                    <p className="field-error" id="tracking-message-error">
                      {t('requestErrors.messageRequired')}
                    </p>
                  ) : null}
                  <textarea
                    id="tracking-message"
                    name="message"
                    rows={4}
                    maxLength={2000}
                    aria-invalid={error === 'messageRequired' || undefined}
                    aria-describedby={
                      error === 'messageRequired' ? 'tracking-message-error' : undefined
                    }
                  />
                </div>
                <button type="submit">{t('tracking.messageSend')}</button>
              </fieldset>
            </form>
            <ConfirmForm
              action={withdrawRequest}
              id="zurueckziehen"
              kind="withdraw"
              {...confirmProps}
            />
          </>
        )}
        <ConfirmForm action={deleteRequestData} id="loeschen" kind="delete" {...confirmProps} />
      </SiteShell>
    )
  }

/** A step the requester must confirm with a tick (withdraw, delete); a plain POST form. */
function ConfirmForm({
  action,
  id,
  kind,
  hidden,
  t,
  unconfirmed,
}: {
  action: (form: FormData) => Promise<void>
  id: string
  kind: 'withdraw' | 'delete'
  hidden: ReactNode
  t: (key: TextKey) => string
  unconfirmed?: string | string[]
}) {
  const text = (part: 'Legend' | 'Hint' | 'Confirm' | 'Button') =>
    t(`tracking.${kind}${part}` as TextKey)
  const missing = unconfirmed === id
  return (
    <form action={action} className="request-form" id={id}>
      {hidden}
      <fieldset className="form-group">
        <legend>{text('Legend')}</legend>
        <p className="hint">{text('Hint')}</p>
        {missing ? (
          <p className="field-error" id={`${id}-error`}>
            {t('requestErrors.confirmRequired')}
          </p>
        ) : null}
        <div className="check">
          <input
            type="checkbox"
            id={`${id}-confirm`}
            name="confirm"
            aria-invalid={missing || undefined}
            aria-describedby={missing ? `${id}-error` : undefined}
            autoFocus={missing || undefined}
          />
          <label htmlFor={`${id}-confirm`}>{text('Confirm')}</label>
        </div>
        <button type="submit" className="button-secondary">
          {text('Button')}
        </button>
      </fieldset>
    </form>
  )
}

/** Where the requester lands after deleting their data. */
export const deletedRoute = (locale: Locale) =>
  function DeletedRoute() {
    const t = (key: TextKey) => translate({ key, locale })
    return (
      <SiteShell locale={locale} alternateHref={`${localeBase(other(locale))}/anfrage/geloescht`}>
        <h1>{t('tracking.deletedTitle')}</h1>
        <p>{t('tracking.deletedText')}</p>
        <p>
          <Link href={cataloguePath(locale)}>{t('tracking.backToCatalogue')}</Link>
        </p>
      </SiteShell>
    )
  }
