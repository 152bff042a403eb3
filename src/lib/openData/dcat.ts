import { OPEN_DATA_LICENCES, type OpenDataLicence } from '@/constants'

import type { Bilingual } from './products'

/**
 * The DCAT-AP.de 2.0 record of the open data (`/open-data/dcat.jsonld`): one dcat:Catalog with one
 * dcat:Dataset and its distributions, as GovData harvests it. The conventions GovData checks
 * (DCAT-AP.de SHACL validation, "Konventionen"): dct:publisher, exactly one dcatde:contributorID
 * from http://dcat-ap.de/def/contributors/, a contact point with an email or web address,
 * dct:license from http://dcat-ap.de/def/licenses/ and dct:format from the EU file types on each
 * distribution, plus the recommended theme, keywords, landing page, issued and modified dates.
 */

export const CONTRIBUTOR_PREFIX = 'http://dcat-ap.de/def/contributors/'

/** A GovData contributor id: assigned by GovData, a word after the fixed prefix. */
export const isContributorId = (value: string): boolean =>
  value.startsWith(CONTRIBUTOR_PREFIX) &&
  /^[A-Za-z0-9]+$/.test(value.slice(CONTRIBUTOR_PREFIX.length))

/** Where people read each licence, and whether it asks to name the source. */
export const LICENCE_DETAILS: Record<OpenDataLicence, { url: string; needsAttribution: boolean }> =
  {
    'cc-by-4': { url: 'https://creativecommons.org/licenses/by/4.0/', needsAttribution: true },
    'cc-by-sa-4': {
      url: 'https://creativecommons.org/licenses/by-sa/4.0/',
      needsAttribution: true,
    },
    'cc-zero': {
      url: 'https://creativecommons.org/publicdomain/zero/1.0/',
      needsAttribution: false,
    },
    'dl-by-de-2': { url: 'https://www.govdata.de/dl-de/by-2-0', needsAttribution: true },
    'dl-zero-de-2': { url: 'https://www.govdata.de/dl-de/zero-2-0', needsAttribution: false },
  }

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatde: 'http://dcat-ap.de/def/dcatde/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const

const EU = 'http://publications.europa.eu/resource/authority'
const IANA = 'https://www.iana.org/assignments/media-types'

export type DcatDistribution = {
  url: string
  title: Bilingual
  description: Bilingual
  /** EU file type (JSON, CSV, JSON_LD) and IANA media type. */
  fileType: 'JSON' | 'CSV'
  mediaType: string
  /** A file (downloadURL) or an interface (accessURL only, with its description). */
  isDownload: boolean
  documentation?: string
}

type Literal = { '@value': string; '@language': string }
const text = (value: Bilingual): Literal[] => [
  { '@value': value.de, '@language': 'de' },
  { '@value': value.en, '@language': 'en' },
]
const date = (value: string) => ({ '@value': value, '@type': 'xsd:dateTime' })
const ref = (id: string) => ({ '@id': id })

export const buildDcat = ({
  base,
  landingPage,
  title,
  description,
  catalogueTitle,
  catalogueDescription,
  keywords,
  publisherName,
  contactEmail,
  contributorId,
  licence,
  attribution,
  issued,
  modified,
  distributions,
}: {
  /** The site's origin, e.g. https://transferkatalog.example */
  base: string
  landingPage: string
  title: Bilingual
  description: Bilingual
  catalogueTitle: Bilingual
  catalogueDescription: Bilingual
  keywords: Bilingual
  publisherName: Bilingual
  contactEmail: string | null
  contributorId: string | null
  licence: OpenDataLicence
  attribution: string
  issued: string | null
  modified: string
  distributions: DcatDistribution[]
}) => {
  const self = `${base}/open-data/dcat.jsonld`
  const catalogId = `${self}#catalog`
  const datasetId = `${self}#dataset`
  const publisherId = `${self}#publisher`
  const contactId = `${self}#contact`
  const licenceUri = OPEN_DATA_LICENCES[licence]
  const keywordList = (['de', 'en'] as const).flatMap((language) =>
    keywords[language]
      .split(';')
      .map((word) => word.trim())
      .filter(Boolean)
      .map((word) => ({ '@value': word, '@language': language })),
  )
  const languages = [ref(`${EU}/language/DEU`), ref(`${EU}/language/ENG`)]
  return {
    '@context': DCAT_CONTEXT,
    '@graph': [
      {
        '@id': catalogId,
        '@type': 'dcat:Catalog',
        'dct:title': text(catalogueTitle),
        'dct:description': text(catalogueDescription),
        'dct:publisher': ref(publisherId),
        'foaf:homepage': ref(`${base}/`),
        'dct:language': languages,
        'dct:modified': date(modified),
        'dcat:dataset': ref(datasetId),
      },
      {
        '@id': datasetId,
        '@type': 'dcat:Dataset',
        'dct:identifier': datasetId,
        'dct:title': text(title),
        'dct:description': text(description),
        'dcat:keyword': keywordList,
        'dcat:theme': [ref(`${EU}/data-theme/EDUC`), ref(`${EU}/data-theme/ECON`)],
        'dct:publisher': ref(publisherId),
        'dcat:contactPoint': ref(contactId),
        ...(contributorId ? { 'dcatde:contributorID': ref(contributorId) } : {}),
        'dcatde:politicalGeocodingLevelURI': ref(
          'http://dcat-ap.de/def/politicalGeocoding/Level/federal',
        ),
        'dct:spatial': ref(`${EU}/country/DEU`),
        'dct:accrualPeriodicity': ref(`${EU}/frequency/IRREG`),
        'dct:language': languages,
        'dcat:landingPage': ref(landingPage),
        ...(issued ? { 'dct:issued': date(issued) } : {}),
        'dct:modified': date(modified),
        'dct:license': ref(licenceUri),
        'dcat:distribution': distributions.map((distribution) => ref(distribution.url)),
      },
      {
        '@id': publisherId,
        '@type': 'foaf:Agent',
        'foaf:name': text(publisherName),
      },
      {
        '@id': contactId,
        '@type': 'vcard:Organization',
        'vcard:fn': publisherName.de,
        ...(contactEmail
          ? { 'vcard:hasEmail': ref(`mailto:${contactEmail}`) }
          : { 'vcard:hasURL': ref(landingPage) }),
      },
      ...distributions.map((distribution) => ({
        '@id': distribution.url,
        '@type': 'dcat:Distribution',
        'dct:title': text(distribution.title),
        'dct:description': text(distribution.description),
        'dcat:accessURL': ref(distribution.url),
        ...(distribution.isDownload ? { 'dcat:downloadURL': ref(distribution.url) } : {}),
        'dct:format': ref(`${EU}/file-type/${distribution.fileType}`),
        'dcat:mediaType': ref(`${IANA}/${distribution.mediaType}`),
        'dct:license': ref(licenceUri),
        ...(LICENCE_DETAILS[licence].needsAttribution
          ? { 'dcatde:licenseAttributionByText': attribution }
          : {}),
        ...(distribution.documentation ? { 'foaf:page': ref(distribution.documentation) } : {}),
        'dct:modified': date(modified),
      })),
    ],
  }
}
