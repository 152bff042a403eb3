/**
 * Every public URL of the site as it answers today, in both languages (German unprefixed,
 * English under /en): exact status, content type, the page's language and one stable marker, or
 * the target of a redirect. Kept as data, one line per URL, so that moving the route tree can be
 * checked against it and new cases are one line each.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { COLLECTIONS } from '@/constants'
import type { AdoptionRequest, TransferProduct } from '@/payload-types'

import { testContext } from '../helpers/context'
import type { Fixtures } from '../helpers/fixtures'

type UrlCase = {
  /** The path; `:token` (a tracking token), `:draft` (a draft product's id) come from fixtures. */
  path: string
  /** Sent with a staff login (office West, as a browser sends it: the cookie). */
  asStaff?: boolean
  status: number
  /** The exact Content-Type header; absent for redirects. */
  type?: string
  /** `<html lang>` of an HTML page. */
  lang?: 'de' | 'en'
  /** The text of the first `<h1>`; `:title` is the draft product's title. */
  h1?: string
  /** The text of `<title>`. */
  title?: string
  /** Something the answer contains (for machine-readable answers, or what a query selects). */
  contains?: string
  /** A redirect's Location header. */
  location?: string
}

const HTML = 'text/html; charset=utf-8'
const JSON_TYPE = 'application/json'
const SITE = ' · Transferkatalog'

// One line per URL: a table reads better than Prettier's one property per line.
// prettier-ignore
const URLS: UrlCase[] = [
  // Home
  { path: '/', status: 200, type: HTML, lang: 'de', h1: 'Transferkatalog', title: 'Transferkatalog' },
  { path: '/en', status: 200, type: HTML, lang: 'en', h1: 'Transferkatalog', title: 'Transferkatalog' },
  { path: '/en/', status: 308, location: '/en' },
  // German has no prefix: /de/… typed by hand goes to the one address
  { path: '/de', status: 308, location: '/' },
  { path: '/de/produkte?q=eurokran', status: 308, location: '/produkte?q=eurokran' },

  // Addresses that match nothing: the designed 404 page in the address's language
  { path: '/gibt-es-nicht', status: 404, type: HTML, lang: 'de', h1: 'Seite nicht gefunden' },
  { path: '/en/does-not-exist', status: 404, type: HTML, lang: 'en', h1: 'Page not found' },

  // The catalogue, with and without a query
  { path: '/produkte', status: 200, type: HTML, lang: 'de', h1: 'Transferprodukte', title: `Transferprodukte${SITE}` },
  { path: '/en/produkte', status: 200, type: HTML, lang: 'en', h1: 'Transfer products', title: `Transfer products${SITE}` },
  { path: '/produkte?q=eurokran&kind=planspiel', status: 200, type: HTML, lang: 'de', h1: 'Transferprodukte', contains: 'Planspiel EUROKRAN an Schulen' },
  { path: '/en/produkte?q=eurokran&kind=planspiel', status: 200, type: HTML, lang: 'en', h1: 'Transfer products', contains: 'EUROKRAN business simulation at schools' },
  { path: '/produkte?q=gibtesnicht&kind=app', status: 200, type: HTML, lang: 'de', h1: 'Transferprodukte' },
  { path: '/en/produkte?q=gibtesnicht&kind=app', status: 200, type: HTML, lang: 'en', h1: 'Transfer products' },
  { path: '/produkte?sector=logistik&sort=title&page=1', status: 200, type: HTML, lang: 'de', h1: 'Transferprodukte' },
  { path: '/produkte/', status: 308, location: '/produkte' },
  { path: '/en/produkte/', status: 308, location: '/en/produkte' },

  // Every seeded product
  { path: '/produkte/digitale-ausbildungsmesse-xanten', status: 200, type: HTML, lang: 'de', h1: 'Statische digitale Ausbildungsmesse Xanten', title: `Statische digitale Ausbildungsmesse Xanten${SITE}` },
  { path: '/en/produkte/digitale-ausbildungsmesse-xanten', status: 200, type: HTML, lang: 'en', h1: 'Static digital training fair, Xanten', title: `Static digital training fair, Xanten${SITE}` },
  { path: '/produkte/planspiel-eurokran-an-schulen', status: 200, type: HTML, lang: 'de', h1: 'Planspiel EUROKRAN an Schulen', title: `Planspiel EUROKRAN an Schulen${SITE}` },
  { path: '/en/produkte/planspiel-eurokran-an-schulen', status: 200, type: HTML, lang: 'en', h1: 'EUROKRAN business simulation at schools', title: `EUROKRAN business simulation at schools${SITE}` },
  { path: '/produkte/kreativitaetstool-storytelling', status: 200, type: HTML, lang: 'de', h1: 'Kreativitätstool zum Storytelling', title: `Kreativitätstool zum Storytelling${SITE}` },
  { path: '/en/produkte/kreativitaetstool-storytelling', status: 200, type: HTML, lang: 'en', h1: 'Creativity tool for storytelling', title: `Creativity tool for storytelling${SITE}` },
  { path: '/produkte/app-fuer-erstausbildende-betriebe', status: 200, type: HTML, lang: 'de', h1: 'App für (erst-)ausbildende Betriebe', title: `App für (erst-)ausbildende Betriebe${SITE}` },
  { path: '/en/produkte/app-fuer-erstausbildende-betriebe', status: 200, type: HTML, lang: 'en', h1: 'App for (first-time) training companies', title: `App for (first-time) training companies${SITE}` },
  { path: '/produkte/virtueller-werkzeugkoffer', status: 200, type: HTML, lang: 'de', h1: 'Virtueller Werkzeugkoffer', title: `Virtueller Werkzeugkoffer${SITE}` },
  { path: '/en/produkte/virtueller-werkzeugkoffer', status: 200, type: HTML, lang: 'en', h1: 'Virtual toolkit', title: `Virtual toolkit${SITE}` },
  { path: '/produkte/zusatzqualifizierung-digitale-fertigungstechnik', status: 200, type: HTML, lang: 'de', h1: 'Zusatzqualifizierung „Digitale Fertigungstechnik“', title: `Zusatzqualifizierung „Digitale Fertigungstechnik“${SITE}` },
  { path: '/en/produkte/zusatzqualifizierung-digitale-fertigungstechnik', status: 200, type: HTML, lang: 'en', h1: 'Additional qualification "Digital manufacturing technology"', title: `Additional qualification "Digital manufacturing technology"${SITE}` },
  { path: '/produkte/beratungsangebote-mittelstand', status: 200, type: HTML, lang: 'de', h1: 'Unterstützungs- und Beratungsangebote für den Mittelstand', title: `Unterstützungs- und Beratungsangebote für den Mittelstand${SITE}` },
  { path: '/en/produkte/beratungsangebote-mittelstand', status: 200, type: HTML, lang: 'en', h1: 'Support and consulting offers for SMEs', title: `Support and consulting offers for SMEs${SITE}` },

  // Projects
  { path: '/projekte', status: 200, type: HTML, lang: 'de', h1: 'Projekte', title: `Projekte${SITE}` },
  { path: '/en/projekte', status: 200, type: HTML, lang: 'en', h1: 'Projects', title: `Projects${SITE}` },
  { path: '/projekte/kukudi', status: 200, type: HTML, lang: 'de', h1: 'KUKUDI' },
  { path: '/en/projekte/kukudi', status: 200, type: HTML, lang: 'en', h1: 'KUKUDI' },
  { path: '/projekte/logistik-westfaelisches-ruhrgebiet', status: 200, type: HTML, lang: 'de', h1: 'Ausbildung in der Logistik – westfälisches Ruhrgebiet' },
  { path: '/en/projekte/logistik-westfaelisches-ruhrgebiet', status: 200, type: HTML, lang: 'en', h1: 'Training in logistics – Westphalian Ruhr area' },
  { path: '/projekte/logistik-niederrhein', status: 200, type: HTML, lang: 'de', h1: 'Ausbildung in der Logistik – Niederrhein' },
  { path: '/en/projekte/logistik-niederrhein', status: 200, type: HTML, lang: 'en', h1: 'Training in logistics – Lower Rhine' },
  { path: '/projekte/logistik-duisburg-moers', status: 200, type: HTML, lang: 'de', h1: 'Ausbildung in der Logistik – Duisburg/Moers' },
  { path: '/en/projekte/logistik-duisburg-moers', status: 200, type: HTML, lang: 'en', h1: 'Training in logistics – Duisburg/Moers' },
  { path: '/projekte/digitale-fertigungstechnik', status: 200, type: HTML, lang: 'de', h1: 'Digitale Fertigungstechnik in der Ausbildung' },
  { path: '/en/projekte/digitale-fertigungstechnik', status: 200, type: HTML, lang: 'en', h1: 'Digital manufacturing technology in vocational training' },

  // Alliances
  { path: '/allianzen/kunststoffallianz', status: 200, type: HTML, lang: 'de', h1: 'JOBSTARTER-Kunststoffallianz' },
  { path: '/en/allianzen/kunststoffallianz', status: 200, type: HTML, lang: 'en', h1: 'JOBSTARTER plastics alliance' },
  { path: '/allianzen/bauallianz', status: 200, type: HTML, lang: 'de', h1: 'JOBSTARTER-Bauallianz' },
  { path: '/en/allianzen/bauallianz', status: 200, type: HTML, lang: 'en', h1: 'JOBSTARTER construction alliance' },
  { path: '/allianzen/logistikallianz', status: 200, type: HTML, lang: 'de', h1: 'JOBSTARTER-Logistikallianz' },
  { path: '/en/allianzen/logistikallianz', status: 200, type: HTML, lang: 'en', h1: 'JOBSTARTER logistics alliance' },

  // Offices, map, saved list
  { path: '/regionalbueros', status: 200, type: HTML, lang: 'de', h1: 'Regionalbüros', title: `Regionalbüros${SITE}` },
  { path: '/en/regionalbueros', status: 200, type: HTML, lang: 'en', h1: 'Regional offices', title: `Regional offices${SITE}` },
  { path: '/karte', status: 200, type: HTML, lang: 'de', h1: 'Karte der Projekte und Übernahmen', title: `Karte der Projekte und Übernahmen${SITE}` },
  { path: '/en/karte', status: 200, type: HTML, lang: 'en', h1: 'Map of projects and adoptions', title: `Map of projects and adoptions${SITE}` },
  { path: '/karte?kind=planspiel&sector=logistik', status: 200, type: HTML, lang: 'de', h1: 'Karte der Projekte und Übernahmen', contains: 'Projektverbund Duisburg/Moers (Demo-Träger)' },
  { path: '/en/karte?kind=planspiel&sector=logistik', status: 200, type: HTML, lang: 'en', h1: 'Map of projects and adoptions', contains: 'Projektverbund Duisburg/Moers (Demo-Träger)' },
  { path: '/merkliste', status: 200, type: HTML, lang: 'de', h1: 'Merkliste', title: `Merkliste${SITE}` },
  { path: '/en/merkliste', status: 200, type: HTML, lang: 'en', h1: 'Saved list', title: `Saved list${SITE}` },
  { path: '/merkliste?p=planspiel-eurokran-an-schulen&p=virtueller-werkzeugkoffer', status: 200, type: HTML, lang: 'de', h1: 'Merkliste', contains: 'Planspiel EUROKRAN an Schulen' },
  { path: '/en/merkliste?p=planspiel-eurokran-an-schulen&p=virtueller-werkzeugkoffer', status: 200, type: HTML, lang: 'en', h1: 'Saved list', contains: 'EUROKRAN business simulation at schools' },

  // Legal pages
  { path: '/impressum', status: 200, type: HTML, lang: 'de', h1: 'Impressum', title: `Impressum${SITE}` },
  { path: '/en/impressum', status: 200, type: HTML, lang: 'en', h1: 'Imprint', title: `Imprint${SITE}` },
  { path: '/datenschutz', status: 200, type: HTML, lang: 'de', h1: 'Datenschutz', title: `Datenschutz${SITE}` },
  { path: '/en/datenschutz', status: 200, type: HTML, lang: 'en', h1: 'Privacy', title: `Privacy${SITE}` },
  { path: '/barrierefreiheit', status: 200, type: HTML, lang: 'de', h1: 'Barrierefreiheit', title: `Barrierefreiheit${SITE}` },
  { path: '/en/barrierefreiheit', status: 200, type: HTML, lang: 'en', h1: 'Accessibility', title: `Accessibility${SITE}` },

  // Requests: the form (as a product page links it), the tracking page, after deleting
  { path: '/anfrage', status: 200, type: HTML, lang: 'de', h1: 'Übernahme anfragen', title: `Übernahme anfragen${SITE}` },
  { path: '/en/anfrage', status: 200, type: HTML, lang: 'en', h1: 'Request an adoption', title: `Request an adoption${SITE}` },
  { path: '/anfrage?produkt=planspiel-eurokran-an-schulen', status: 200, type: HTML, lang: 'de', h1: 'Übernahme anfragen', contains: 'Planspiel EUROKRAN an Schulen' },
  { path: '/en/anfrage?produkt=planspiel-eurokran-an-schulen', status: 200, type: HTML, lang: 'en', h1: 'Request an adoption', contains: 'EUROKRAN business simulation at schools' },
  { path: '/anfrage/:token', status: 200, type: HTML, lang: 'de', h1: 'Ihre Anfrage', title: `Ihre Anfrage${SITE}` },
  { path: '/en/anfrage/:token', status: 200, type: HTML, lang: 'en', h1: 'Your request', title: `Your request${SITE}` },
  { path: '/anfrage/:token?neu=1', status: 200, type: HTML, lang: 'de', h1: 'Ihre Anfrage', contains: 'Vielen Dank! Ihre Anfrage ist eingegangen.' },
  { path: '/anfrage/geloescht', status: 200, type: HTML, lang: 'de', h1: 'Ihre Daten wurden gelöscht', title: `Ihre Daten wurden gelöscht${SITE}` },
  { path: '/en/anfrage/geloescht', status: 200, type: HTML, lang: 'en', h1: 'Your data has been deleted', title: `Your data has been deleted${SITE}` },

  // Staff preview of a draft: nothing without a login (today Next's bare error shell, no lang)
  { path: '/vorschau/produkte/:draft', status: 404, type: HTML, lang: 'de', h1: 'Seite nicht gefunden' },
  { path: '/en/vorschau/produkte/:draft', status: 404, type: HTML, lang: 'en', h1: 'Page not found' },
  { path: '/vorschau/produkte/:draft', asStaff: true, status: 200, type: HTML, lang: 'de', h1: ':title', contains: 'noindex' },
  { path: '/en/vorschau/produkte/:draft', asStaff: true, status: 200, type: HTML, lang: 'en', h1: ':title', contains: 'noindex' },

  // For machines
  { path: '/feed.xml', status: 200, type: 'application/atom+xml; charset=utf-8', contains: '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">' },
  { path: '/en/feed.xml', status: 200, type: 'application/atom+xml; charset=utf-8', contains: '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">' },
  { path: '/sitemap.xml', status: 200, type: 'application/xml', contains: '/en/produkte/planspiel-eurokran-an-schulen</loc>' },
  { path: '/robots.txt', status: 200, type: 'text/plain', contains: 'Disallow: /admin' },
  { path: '/favicon.svg', status: 200, type: 'image/svg+xml', contains: '<svg' },
  { path: '/favicon.ico', status: 200, type: 'image/x-icon' },

  // The admin (Payload's own pages)
  { path: '/admin', status: 200, type: HTML, lang: 'de', contains: '/admin/login' },
  { path: '/admin', asStaff: true, status: 200, type: HTML, lang: 'de', h1: 'Übersicht' },
  { path: '/admin/login', status: 200, type: HTML, lang: 'de', title: `Anmelden${SITE}` },
  { path: '/admin/login', asStaff: true, status: 307, location: '/admin' },
  { path: '/admin/forgot', status: 200, type: HTML, lang: 'de', title: `Passwort vergessen${SITE}` },

  // Public API paths
  { path: '/api/health', status: 200, type: JSON_TYPE, contains: '"status":"ok"' },
  { path: '/api/users/me', status: 200, type: JSON_TYPE, contains: '"user":null' },
  { path: '/api/access', status: 200, type: JSON_TYPE, contains: '"transfer-products"' },
  { path: '/api/globals/site-settings', status: 200, type: JSON_TYPE, contains: '"privacyPolicyVersion"' },
  { path: '/api/transfer-products?limit=1', status: 200, type: JSON_TYPE, contains: '"docs":[' },
  { path: '/api/projects?limit=1', status: 200, type: JSON_TYPE, contains: '"docs":[' },
  { path: '/api/alliances?limit=1', status: 200, type: JSON_TYPE, contains: '"docs":[' },
  { path: '/api/regional-offices?limit=1', status: 200, type: JSON_TYPE, contains: '"docs":[' },
  { path: '/api/organisations?limit=1', status: 200, type: JSON_TYPE, contains: '"docs":[' },
  { path: '/api/sectors?limit=1', status: 200, type: JSON_TYPE, contains: '"docs":[' },
  { path: '/api/occupations?limit=1', status: 200, type: JSON_TYPE, contains: '"docs":[' },
  { path: '/api/adoptions?limit=1', status: 200, type: JSON_TYPE, contains: '"docs":[' },
  { path: '/api/media?limit=1', status: 200, type: JSON_TYPE, contains: '"docs":[' },
]

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#x27': "'",
  '#39': "'",
}

/** An element's text as a reader sees it: tags dropped, entities decoded, spaces collapsed. */
const textOf = (html: string | undefined): string | undefined =>
  html
    ?.replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, name: string) => ENTITIES[name])
    .replace(/\s+/g, ' ')
    .trim()

let staffToken: string
let fixtures: Fixtures
let request: AdoptionRequest
let draft: TransferProduct

beforeAll(async () => {
  const context = await testContext()
  fixtures = context.fixtures
  staffToken = context.actors.officeWest.token as string
  request = await fixtures.request()
  draft = await fixtures.product()
})

afterAll(async () => {
  await fixtures.remove(
    { collection: COLLECTIONS.adoptionRequests, id: request.id },
    { collection: COLLECTIONS.transferProducts, id: draft.id },
  )
})

const fill = (text: string) =>
  text
    .replace(':token', request.trackingToken as string)
    .replace(':draft', String(draft.id))
    .replace(':title', draft.title)

describe(`every public URL answers as it does today (${URLS.length} cases)`, () => {
  it.each(
    URLS.map((url) => [`${url.asStaff ? 'staff ' : ''}GET ${url.path} → ${url.status}`, url]),
  )('%s', async (_name, url) => {
    const response = await fetch(`${inject('baseURL')}${fill(url.path)}`, {
      redirect: 'manual',
      headers: url.asStaff ? { Cookie: `payload-token=${staffToken}` } : {},
    })
    const text = await response.text()
    expect(response.status, text.slice(0, 300)).toBe(url.status)
    if (url.location !== undefined) expect(response.headers.get('location')).toBe(url.location)
    if (url.type !== undefined) expect(response.headers.get('content-type')).toBe(url.type)
    if (url.lang !== undefined)
      expect(/<html[^>]*\slang="([^"]*)"/.exec(text)?.[1], 'html lang').toBe(url.lang)
    if (url.h1 !== undefined)
      expect(textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(text)?.[1]), 'h1').toBe(fill(url.h1))
    if (url.title !== undefined)
      expect(textOf(/<title>([\s\S]*?)<\/title>/.exec(text)?.[1]), 'title').toBe(url.title)
    if (url.contains !== undefined)
      expect(text.includes(url.contains), `contains ${url.contains}`).toBe(true)
  })
})
