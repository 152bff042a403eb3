/** The site's identity over HTTP: header and footer say what the site settings say, in both languages. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { GLOBALS, type Locale } from '@/constants'
import type { SiteSetting } from '@/payload-types'

import { testContext } from '../helpers/context'
import { api } from '../helpers/http'

/** Unique per run, so a page that shows them was rendered after the edit. */
const stamp = Date.now().toString(36)
const IDENTITY = {
  de: {
    programme: `Programm Prüfstand ${stamp}`,
    fundingLine: `Gefördert aus Testmitteln ${stamp}`,
    role: `Programmstelle Prüfstand ${stamp}`,
  },
  en: {
    programme: `Test bench programme ${stamp}`,
    fundingLine: `Funded from test funds ${stamp}`,
    role: `Test bench programme office ${stamp}`,
  },
} as const
const EMAIL = `programmstelle-${stamp}@example.org`
const PHONE = '+49 30 1234567'

/** The header and footer of a page: everything outside its main landmark. */
const frameOf = (html: string): string => html.replace(/<main[\s\S]*<\/main>/, '')

const footerOf = (html: string): string => /<footer[\s\S]*<\/footer>/.exec(html)?.[0] ?? ''

const pagePath = (locale: Locale, path: string) =>
  locale === 'en' ? `/en${path === '/' ? '' : path}` : path

describe('the site identity', () => {
  let before: Partial<Record<Locale, SiteSetting>> = {}

  beforeAll(async () => {
    const { payload } = await testContext()
    for (const locale of ['de', 'en'] as const)
      before = {
        ...before,
        [locale]: await payload.findGlobal({ slug: GLOBALS.siteSettings, locale, depth: 0 }),
      }
  })

  afterAll(async () => {
    const { payload } = await testContext()
    for (const locale of ['de', 'en'] as const) {
      const saved = before[locale]
      if (!saved) continue
      await payload.updateGlobal({
        slug: GLOBALS.siteSettings,
        locale,
        data: { identity: saved.identity ?? {}, contact: saved.contact },
      })
    }
  })

  it('shows the programme, funding line and contact from the site settings in header and footer, in both languages', async () => {
    const { payload } = await testContext()
    for (const locale of ['de', 'en'] as const)
      await payload.updateGlobal({
        slug: GLOBALS.siteSettings,
        locale,
        data: {
          identity: {
            programme: IDENTITY[locale].programme,
            fundingLine: IDENTITY[locale].fundingLine,
          },
          contact: { role: IDENTITY[locale].role, email: EMAIL, phone: PHONE },
        },
      })
    for (const locale of ['de', 'en'] as const) {
      for (const path of ['/', '/produkte/zusatzqualifizierung-digitale-fertigungstechnik']) {
        // The page cache follows the settings within seconds (one fingerprint check and a render).
        await expect
          .poll(async () => footerOf((await api({ path: pagePath(locale, path) })).text), {
            timeout: 15_000,
            interval: 500,
          })
          .toContain(IDENTITY[locale].fundingLine)
        const frame = frameOf((await api({ path: pagePath(locale, path) })).text)
        const header = /<header[\s\S]*<\/header>/.exec(frame)?.[0] ?? ''
        const footer = /<footer[\s\S]*<\/footer>/.exec(frame)?.[0] ?? ''
        expect(header, `${locale} ${path}`).toContain(IDENTITY[locale].programme)
        expect(footer, `${locale} ${path}`).toContain(IDENTITY[locale].programme)
        expect(footer, `${locale} ${path}`).toContain(IDENTITY[locale].fundingLine)
        expect(footer, `${locale} ${path}`).toContain(IDENTITY[locale].role)
        expect(footer, `${locale} ${path}`).toContain(`href="mailto:${EMAIL}"`)
        expect(footer, `${locale} ${path}`).toContain('href="tel:+49301234567"')
        // The other language's texts stay on the other language's pages.
        const other = locale === 'de' ? 'en' : 'de'
        expect(frame, `${locale} ${path}`).not.toContain(IDENTITY[other].programme)
      }
    }
  })

  it('names the programme from the translations while the settings leave it empty', async () => {
    const { payload } = await testContext()
    await payload.updateGlobal({
      slug: GLOBALS.siteSettings,
      locale: 'de',
      data: { identity: { programme: '', fundingLine: '' } },
    })
    await expect
      .poll(async () => /<header[\s\S]*<\/header>/.exec((await api({ path: '/' })).text)?.[0], {
        timeout: 15_000,
        interval: 500,
      })
      .toContain('Ein Angebot des Programms JOBSTARTER plus')
  })

  it.each([
    ['de', ['/impressum', '/datenschutz', '/barrierefreiheit']],
    ['en', ['/en/impressum', '/en/datenschutz', '/en/barrierefreiheit']],
  ] as const)(
    'links to the three legal pages from the footer of every page (%s)',
    async (locale, legal) => {
      for (const path of ['/', '/produkte', '/anfrage', '/gibt-es-nicht']) {
        const page = await api({ path: pagePath(locale, path) })
        const footer = /<footer[\s\S]*<\/footer>/.exec(page.text)?.[0] ?? ''
        for (const href of legal) expect(footer, `${locale} ${path}`).toContain(`href="${href}"`)
      }
      for (const href of legal) expect((await api({ path: href })).status, href).toBe(200)
    },
  )

  it('serves the icons a browser or a home screen asks for', async () => {
    const touch = await fetch(`${inject('baseURL')}/apple-touch-icon.png`)
    expect(touch.status).toBe(200)
    expect(touch.headers.get('content-type')).toBe('image/png')
    const png = Buffer.from(await touch.arrayBuffer())
    // PNG signature, then the IHDR chunk with width and height.
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([180, 180])
    const manifest = await api({ path: '/manifest.webmanifest' })
    expect(manifest.status).toBe(200)
    expect(manifest.body).toMatchObject({ name: 'Transferkatalog' })
    expect((await api({ path: '/' })).text).toContain('rel="apple-touch-icon"')
  })
})
