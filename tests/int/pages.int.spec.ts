/** The other public pages over HTTP: projects, offices, alliances, legal texts, sitemap, feed, 404. */
import { describe, expect, it } from 'vitest'

import { testContext } from '../helpers/context'
import { api } from '../helpers/http'

describe('network pages', () => {
  it('list the projects and show one with its published products', async () => {
    const list = await api({ path: '/projekte' })
    expect(list.status).toBe(200)
    expect(list.text).toContain('href="/projekte/kukudi"')
    const project = await api({ path: '/projekte/digitale-fertigungstechnik' })
    expect(project.status).toBe(200)
    expect(project.text).toContain('Nachwuchsstiftung Maschinenbau gGmbH')
    // A project of its own: other tests add products to the seeded ones.
    const { fixtures } = await testContext()
    const own = String((await fixtures.project()).slug)
    const published = await fixtures.product({ project: own, isPublished: true })
    const draft = await fixtures.product({ project: own })
    await expect
      .poll(async () => (await api({ path: `/projekte/${own}` })).text, { timeout: 15_000 })
      .toContain(`href="/produkte/${published.slug}"`)
    expect((await api({ path: `/projekte/${own}` })).text).not.toContain(String(draft.slug))
  })

  it('show every regional office with the states it covers', async () => {
    const page = await api({ path: '/regionalbueros' })
    expect(page.status).toBe(200)
    for (const state of [
      'Nordrhein-Westfalen',
      'Bayern',
      'Berlin',
      'Schleswig-Holstein',
      'Thüringen',
    ])
      expect(page.text).toContain(state)
    expect(page.text).toContain('transfer-west@example.org')
  })

  it('show an alliance with its member projects, in both languages', async () => {
    const german = await api({ path: '/allianzen/kunststoffallianz' })
    expect(german.text).toContain('Gegründet 2010')
    expect(german.text).toContain('href="/projekte/kukudi"')
    const english = await api({ path: '/en/allianzen/kunststoffallianz' })
    expect(english.text).toContain('Founded 2010')
    expect(english.text).toContain('href="/en/projekte/kukudi"')
  })

  // The designed 404 page as HTML, not only in the data Next sends for JavaScript: it must read
  // the same without JavaScript, in the address's language.
  const NOT_FOUND = {
    de: { lang: '<html lang="de"', heading: /<main[^>]*><h1>Seite nicht gefunden<\/h1>/ },
    en: { lang: '<html lang="en"', heading: /<main[^>]*><h1>Page not found<\/h1>/ },
  } as const

  it.each([
    ['/projekte/gibt-es-nicht', 'de'],
    ['/allianzen/gibt-es-nicht', 'de'],
    ['/produkte/gibt-es-nicht', 'de'],
    ['/produkte/%E0%A4%A', 'de'],
    ['/anfrage/gibt-es-nicht-0123456789012345678901', 'de'],
    ['/en/produkte/gibt-es-nicht', 'en'],
    ['/en/projekte/gibt-es-nicht', 'en'],
    ['/en/allianzen/gibt-es-nicht', 'en'],
    ['/en/anfrage/gibt-es-nicht', 'en'],
  ] as const)(
    'answer %s, a document that does not exist, with the designed 404 page (%s)',
    async (path, locale) => {
      const page = await api({ path })
      expect(page.status).toBe(404)
      expect(page.text).toContain(NOT_FOUND[locale].lang)
      expect(page.text).toMatch(NOT_FOUND[locale].heading)
      expect(page.text).not.toContain('__next_error__')
    },
  )

  it('answer any other URL with a 404 page rendered on the server, in its language', async () => {
    for (const [path, locale] of [
      ['/gibt-es-nicht', 'de'],
      ['/irgend/wo/tief', 'de'],
      ['/en/does-not-exist', 'en'],
      ['/en/produkte/a/b', 'en'],
    ] as const) {
      const page = await api({ path })
      expect(page.status, path).toBe(404)
      expect(page.text, path).toContain(NOT_FOUND[locale].lang)
      expect(page.text, path).toMatch(NOT_FOUND[locale].heading)
      expect(page.text, path).toContain(locale === 'de' ? 'href="/en"' : 'href="/"')
    }
    // Routes of their own are not affected.
    expect((await api({ path: '/robots.txt' })).status).toBe(200)
    expect((await api({ path: '/feed.xml' })).status).toBe(200)
  })
})

describe('map', () => {
  it('shows projects and public adoptions on a map drawn from local data, with a list', async () => {
    const page = await api({ path: '/karte' })
    expect(page.status).toBe(200)
    expect(page.text).toContain('<path d="M')
    expect(page.text).toContain('Berufskolleg in Dortmund (Demo-Eintrag)')
    expect(page.text).toContain('bfz – Technologiezentrum Nürnberg')
    // The adoption without public consent (Hamm) is not on the map.
    expect(page.text).not.toContain('Berufskolleg in Hamm')
    // The borders of all 16 states, with the credit their licence asks for.
    expect(page.text.match(/class="map__state"/g)).toHaveLength(16)
    expect(page.text).toContain('Ländergrenzen: @svg-maps/germany, Lizenz CC BY 4.0')
  })

  it('filters by kind and sector', async () => {
    const simulation = await api({ path: '/karte?kind=planspiel' })
    expect(simulation.text).toContain('Projektverbund Duisburg/Moers (Demo-Träger)')
    expect(simulation.text).not.toContain('Berufskolleg in Dortmund')
    const metal = await api({ path: '/karte?sector=metall-elektro' })
    expect(metal.text).toContain('Berufskolleg in Dortmund')
    expect(metal.text).not.toContain('Projektverbund Duisburg/Moers')
  })
})

describe('assets', () => {
  it('are all served by the app itself', async () => {
    for (const path of [
      '/',
      '/produkte',
      '/karte',
      '/produkte/zusatzqualifizierung-digitale-fertigungstechnik',
    ]) {
      const page = await api({ path })
      expect(page.text, path).not.toMatch(
        /(?:src|href)="(?:https?:)?\/\/(?!127\.0\.0\.1|localhost)/,
      )
    }
  })
})

describe('legal pages', () => {
  it('come from the site settings, with the privacy policy version', async () => {
    expect((await api({ path: '/impressum' })).text).toContain(
      'Demo-Installation des Transferkatalogs',
    )
    const privacy = await api({ path: '/datenschutz' })
    expect(privacy.text).toContain('Version 2026-11')
    expect((await api({ path: '/en/barrierefreiheit' })).text).toContain('BITV 2.0')
  })
})

describe('machine-readable pages', () => {
  it('a sitemap lists product pages in both languages', async () => {
    const sitemap = await api({ path: '/sitemap.xml' })
    expect(sitemap.status).toBe(200)
    expect(sitemap.text).toContain('/produkte/planspiel-eurokran-an-schulen</loc>')
    expect(sitemap.text).toContain('/en/produkte/planspiel-eurokran-an-schulen</loc>')
  })

  it('robots.txt keeps crawlers out of the admin and the API', async () => {
    const robots = await api({ path: '/robots.txt' })
    expect(robots.text).toMatch(/Disallow: \/admin/)
    expect(robots.text).toMatch(/Sitemap: .*\/sitemap\.xml/)
  })

  it('an Atom feed carries the newest published products and no drafts', async () => {
    const { payload, fixtures } = await testContext()
    const draft = await fixtures.product()
    const published = await fixtures.product({ isPublished: true })
    const read = async () => {
      const feed = await api({ path: '/feed.xml' })
      expect(feed.status).toBe(200)
      expect(feed.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom"')
      return [...feed.text.matchAll(/<entry>\s*<id>[^<]*<\/id>\s*<title>([^<]*)<\/title>/g)].map(
        (match) => match[1],
      )
    }
    // Pages are served from a snapshot that is refreshed within seconds of a change.
    await expect.poll(async () => (await read())[0], { timeout: 10_000 }).toBe(published.title)
    const titles = await read()
    expect(titles).not.toContain(draft.title)
    const { totalDocs } = await payload.count({
      collection: 'transfer-products',
      where: { _status: { equals: 'published' } },
      overrideAccess: true,
    })
    expect(titles).toHaveLength(Math.min(30, totalDocs))
  })
})

describe('staff preview of drafts', () => {
  it('shows the newest draft to staff who may see it, and nothing to anybody else', async () => {
    const { payload, fixtures, actors } = await testContext()
    const product = await fixtures.product({ isPublished: true })
    const draftPitch = `Noch nicht veröffentlicht ${Date.now()}`
    await payload.update({
      collection: 'transfer-products',
      id: product.id,
      data: { pitch: draftPitch },
      draft: true,
      overrideAccess: true,
    })
    const path = `/vorschau/produkte/${product.id}`

    const staff = await api({ path, token: actors.officeWest.token })
    expect(staff.status).toBe(200)
    expect(staff.text).toContain(draftPitch)
    expect(staff.text).toContain('Vorschau für die Redaktion')
    expect(staff.text).toContain('noindex')

    // Without a login there is no preview; another office sees at most the published version.
    expect((await api({ path })).status).toBe(404)
    const otherOffice = await api({ path, token: actors.officeSued.token })
    expect(otherOffice.text).not.toContain(draftPitch)
    const published = await api({ path: `/produkte/${product.slug}` })
    expect(published.text).not.toContain(draftPitch)
  })
})
