import { titled } from '@/components/site/metadata'
import { SiteShell } from '@/components/site/SiteShell'
import { ScrollableTable } from '@/components/ui/ScrollableTable'
import { getOpenDataProducts, getOpenDataSettings } from '@/data/openData'
import { translate, type TextKey } from '@/i18n'
import { otherLocale, pageLocale, type PageProps } from '@/i18n/routing'
import { formatDate } from '@/lib/dates'
import { LICENCE_DETAILS } from '@/lib/openData/dcat'
import { csvColumnsOf, lastModified, OPEN_DATA_FIELDS } from '@/lib/openData/products'
import { OPEN_DATA_FILES, openDataPath } from '@/lib/paths'
import { getPayloadClient } from '@/services/payload'

export const generateMetadata = titled('openData.title')

const FILES = [
  { key: 'json', format: 'JSON' },
  { key: 'csv', format: 'CSV' },
  { key: 'dcat', format: 'JSON-LD (DCAT-AP.de)' },
  { key: 'openapi', format: 'JSON (OpenAPI 3.1)' },
] as const

/** What the open data holds, under which licence, how fresh, and where the files are. */
export default async function OpenDataRoute({ params }: PageProps) {
  const locale = await pageLocale(params)
  const t = (key: TextKey, values?: Record<string, string | number>) =>
    translate({ key, locale, values })
  const payload = await getPayloadClient()
  const [products, settings] = await Promise.all([
    getOpenDataProducts({ payload }),
    getOpenDataSettings({ payload }),
  ])
  const licence = LICENCE_DETAILS[settings.licence]
  const [licenceBefore, licenceAfter] = t('openData.licence').split('{{licence}}')
  return (
    <SiteShell locale={locale} alternateHref={openDataPath(otherLocale(locale))}>
      <h1>{t('openData.title')}</h1>
      <p>{t('openData.intro')}</p>

      <h2>{t('openData.contentHeading')}</h2>
      <p>{t('openData.content')}</p>
      <p>{t('openData.excluded')}</p>

      <h2>{t('openData.licenceHeading')}</h2>
      <p data-testid="open-data-licence">
        {licenceBefore}
        <a href={licence.url} rel="license">
          {t(`openData.licences.${settings.licence}`)}
        </a>
        {licenceAfter}
      </p>
      {licence.needsAttribution ? (
        <p>{t('openData.attribution', { source: settings.attribution[locale] })}</p>
      ) : null}

      <h2>{t('openData.updatesHeading')}</h2>
      <p>
        {t('openData.updates', {
          modified: products.length ? formatDate(locale, lastModified(products)) : '–',
        })}
      </p>

      <h2>{t('openData.filesHeading')}</h2>
      <ScrollableTable label={t('openData.filesCaption')}>
        <table className="kern-table compare" data-testid="open-data-files">
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th className="kern-table__header" scope="col">
                {t('openData.fileColumn')}
              </th>
              <th className="kern-table__header" scope="col">
                {t('openData.formatColumn')}
              </th>
              <th className="kern-table__header" scope="col">
                {t('openData.contentColumn')}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {FILES.map(({ key, format }) => (
              <tr className="kern-table__row" key={key}>
                <td className="kern-table__cell">
                  <a href={OPEN_DATA_FILES[key]}>{OPEN_DATA_FILES[key]}</a>
                </td>
                <td className="kern-table__cell">{format}</td>
                <td className="kern-table__cell">{t(`openData.files.${key}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollableTable>

      <h2>{t('openData.fieldsHeading')}</h2>
      <p>{t('openData.bilingual')}</p>
      <ScrollableTable label={t('openData.fieldsCaption')}>
        <table className="kern-table compare" data-testid="open-data-fields">
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th className="kern-table__header" scope="col">
                {t('openData.fieldColumn')}
              </th>
              <th className="kern-table__header" scope="col">
                {t('openData.csvColumn')}
              </th>
              <th className="kern-table__header" scope="col">
                {t('openData.meaningColumn')}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {OPEN_DATA_FIELDS.map((field) => (
              <tr className="kern-table__row" key={field}>
                <th className="kern-table__cell" scope="row">
                  <code>{field}</code>
                </th>
                <td className="kern-table__cell">
                  {csvColumnsOf(field).map((column, index) => (
                    <span key={column}>
                      {index > 0 ? ', ' : null}
                      <code>{column}</code>
                    </span>
                  ))}
                </td>
                <td className="kern-table__cell">{t(`openData.fields.${field}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollableTable>
    </SiteShell>
  )
}
