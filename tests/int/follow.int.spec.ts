/**
 * Follow (no account): double opt-in, the matching of new products against saved searches, the
 * notices about followed products, the daily digest with its one-click unsubscribe (RFC 8058),
 * the data subject's export and deletion, and the follow form's abuse protection. Services are
 * called in this process (with a `now` where time matters); pages, forms and the unsubscribe
 * endpoint over HTTP; mails arrive at the local SMTP server through the app's mail queue.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { COLLECTIONS, FOLLOWS_PER_ADDRESS_MAX, type Locale } from '@/constants'
import { getCatalogue } from '@/data/catalogue'
import { normaliseSavedSearch } from '@/lib/follow/savedSearch'
import { unsubscribeToken } from '@/lib/follow/tokens'
import { richText } from '@/lib/richText'
import { sendFollowDigests, pruneUnconfirmed } from '@/services/follow/digest'
import {
  confirmSubscription,
  followerCounts,
  subscribe,
  type FollowRequest,
} from '@/services/follow/subscriptions'
import type { TransferProduct } from '@/payload-types'

import { idOf } from '../helpers/actors'
import { testContext, type TestContext } from '../helpers/context'
import { uid } from '../helpers/fixtures'
import { api, newClientAddress } from '../helpers/http'
import { mailsTo, sleep, waitForMails } from '../helpers/mail'
import type { CaughtMail } from '../../src/scripts/mailCatcher.mjs'
import {
  hiddenFields,
  postRequestForm,
  readRequestForm,
  type LoadedForm,
} from '../helpers/requestForm'

let payload: Payload
let fixtures: TestContext['fixtures']
let actors: TestContext['actors']
const products: number[] = []
const DOMAIN = 'follow.example.org'
const HOUR = 60 * 60 * 1000

beforeAll(async () => {
  ;({ payload, fixtures, actors } = await testContext())
})

afterAll(async () => {
  await payload.delete({
    collection: COLLECTIONS.subscriptions,
    where: { email: { like: `@${DOMAIN}` } },
    overrideAccess: true,
  })
  for (const product of products) {
    await payload.delete({
      collection: COLLECTIONS.productRetirements,
      where: { product: { equals: product } },
      overrideAccess: true,
    })
    await payload.delete({
      collection: COLLECTIONS.adoptions,
      where: { product: { equals: product } },
      overrideAccess: true,
    })
  }
  await fixtures.remove(...products.map((id) => ({ collection: COLLECTIONS.transferProducts, id })))
})

const address = (what: string) => `${what}-${uid()}@${DOMAIN}`

/**
 * Waits until this process's catalogue (a snapshot refreshed at most every second) shows the
 * product in both languages, as a visitor's follow page or the hourly job would.
 */
const untilInCatalogue = async (slug: string) => {
  const deadline = Date.now() + 15_000
  for (;;) {
    const found = await Promise.all(
      (['de', 'en'] as const).map(async (locale) =>
        (await getCatalogue({ payload, locale })).bySlug.has(slug),
      ),
    )
    if (found.every(Boolean)) return
    if (Date.now() > deadline) throw new Error(`${slug} never reached the catalogue`)
    await sleep(250)
  }
}

/** A product published now, with its own words in each language. */
const publishProduct = async ({
  de,
  en,
  kind = 'sonstiges',
}: {
  de: string
  en: string
  kind?: TransferProduct['kind']
}): Promise<TransferProduct> => {
  const created = await payload.create({
    collection: COLLECTIONS.transferProducts,
    locale: 'de',
    data: {
      _status: 'published',
      title: de,
      slug: `folgen-${uid()}`,
      pitch: `${de}: ein Produkt für einen Test.`,
      description: richText('Testbeschreibung'),
      kind,
      transferStatus: 'tested',
      originProject: await idOf(payload, COLLECTIONS.projects, 'digitale-fertigungstechnik'),
      contact: { role: 'Regionalbüro, Transferberatung', email: 'transfer@example.org' },
    },
    overrideAccess: true,
    depth: 0,
  })
  products.push(created.id)
  await payload.update({
    collection: COLLECTIONS.transferProducts,
    id: created.id,
    locale: 'en',
    data: {
      title: en,
      pitch: `${en}: a product for a test.`,
      contact: { role: 'Regional office, transfer advice', email: 'transfer@example.org' },
    },
    draft: false,
    overrideAccess: true,
    depth: 0,
  })
  await untilInCatalogue(created.slug as string)
  return payload.findByID({
    collection: COLLECTIONS.transferProducts,
    id: created.id,
    locale: 'de',
    overrideAccess: true,
    depth: 0,
  })
}

const follow = async ({
  email,
  request,
  locale = 'de',
}: {
  email: string
  request: FollowRequest
  locale?: Locale
}): Promise<string> => {
  const result = await subscribe({ payload, email, hasConsent: true, request, locale })
  if (!result.ok || !result.confirmToken) throw new Error(JSON.stringify(result))
  return result.confirmToken
}

const followConfirmed = async (args: Parameters<typeof follow>[0]) => {
  const token = await follow(args)
  expect(await confirmSubscription({ payload, token })).toBe('confirmed')
  return token
}

const searchFor = (params: Record<string, string | string[]>): FollowRequest => ({
  kind: 'search',
  search: normaliseSavedSearch(params),
})

const subscriptionsOf = async (email: string) =>
  (
    await payload.find({
      collection: COLLECTIONS.subscriptions,
      where: { email: { equals: email } },
      depth: 0,
      overrideAccess: true,
    })
  ).docs

/** The path (on the test server) of the first link in a mail that leads to `route`. */
const linkIn = (mail: CaughtMail, route: string): string => {
  const match = new RegExp(`https?://[^/\\s]+(${route}\\?[^\\s]+)`).exec(mail.text)
  if (!match) throw new Error(`no ${route} link in: ${mail.text}`)
  return match[1]
}

/** A header of a caught mail, read from its raw message (folded lines joined). */
const rawHeader = (mail: CaughtMail, name: string): string | undefined => {
  const raw = readFileSync(path.join(inject('mailDirectory'), mail.file), 'utf8')
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ')
  const line = head
    .split(/\r?\n/)
    .find((text) => text.toLowerCase().startsWith(`${name.toLowerCase()}:`))
  return line?.slice(name.length + 1).trim()
}

/** Posts a server-action form of a page (its hidden fields and the action reference). */
const postPageForm = async (pagePath: string, id: string, extra: Record<string, string> = {}) => {
  const page = await api({ path: pagePath })
  const form = new RegExp(`<form[^>]*id="${id}"[^>]*>([\\s\\S]*?)</form>`).exec(page.text)?.[1]
  if (!form) throw new Error(`no form #${id} on ${pagePath}`)
  const body = new FormData()
  for (const [name, value] of Object.entries({ ...hiddenFields(form), ...extra }))
    body.append(name, value)
  return fetch(`${inject('baseURL')}${pagePath}`, {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: { origin: inject('baseURL'), 'x-forwarded-for': newClientAddress() },
  })
}

const oneClick = (query: string, method = 'POST', headers: Record<string, string> = {}) =>
  fetch(`${inject('baseURL')}/api/subscriptions/unsubscribe${query}`, {
    method,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: method === 'POST' ? 'List-Unsubscribe=One-Click' : undefined,
  })

describe('double opt-in', () => {
  it('sends only the confirmation mail, and nothing counts, before confirmation', async () => {
    const product = await publishProduct({ de: `Vorab ${uid()}`, en: `Early ${uid()}` })
    const email = address('vorab')
    await follow({ email, request: { kind: 'product', slug: product.slug as string } })
    const [mail] = await waitForMails(email)
    expect(mail.subject).toBe('Bitte bestätigen Sie Ihre Benachrichtigung')
    expect(mail.text).toContain(product.title)
    await fixtures.adoption({ isPublic: true, product: product.slug as string })
    const [stored] = await subscriptionsOf(email)
    expect(stored.status).toBe('pending')
    expect(stored.notices).toEqual([])
    expect(stored.consent).toMatchObject({ given: true, privacyPolicyVersion: '2026-11' })
    expect(
      (await followerCounts({ payload, productIds: [product.id] })).get(String(product.id)),
    ).toBe(0)
    await sendFollowDigests({ payload, now: new Date(Date.now() + 30 * HOUR) })
    await sleep(2_500)
    expect(mailsTo(email)).toHaveLength(1)
  })

  it('repeats no typed link, number or unknown filter to an unconfirmed address', async () => {
    const spam = address('fremd')
    await follow({
      email: spam,
      request: searchFor({
        q: 'Gewinn! Rufen Sie 0800 1234567 an',
        kind: ['planspiel', 'besuchen-sie-www.gewinn.example'],
        format: 'Jetzt Gutschein abholen',
      }),
    })
    const [mail] = await waitForMails(spam)
    expect(mail.text).toContain(
      'Ihre Suche: (Ihre Suchwörter wiederholen wir in dieser E-Mail nicht.) · Art: Planspiel',
    )
    expect(mail.text).not.toMatch(/0800|gewinn\.example|Gutschein/)
    const long = address('lang')
    await follow({
      email: long,
      locale: 'en',
      request: searchFor({
        q: 'Ausbildung Marketing Handwerk Fachkräfte Region Nürnberg Kunststoff',
      }),
    })
    const [english] = await waitForMails(long)
    expect(english.text).toContain('Your search: “Ausbildung Marketing Handwerk Fachkräfte…”')
  })

  it('confirms once through the page’s button; the link alone changes nothing', async () => {
    const product = await publishProduct({ de: `Bestätigt ${uid()}`, en: `Confirmed ${uid()}` })
    const email = address('bestaetigen')
    await follow({ email, request: { kind: 'product', slug: product.slug as string } })
    const [mail] = await waitForMails(email)
    const link = linkIn(mail, '/benachrichtigung/bestaetigen')
    const page = await fetch(`${inject('baseURL')}${link}`)
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toContain('no-store')
    expect(page.headers.get('cache-control')).toContain('private')
    expect(await page.text()).toContain('Benachrichtigung bestätigen')
    expect((await subscriptionsOf(email))[0].status).toBe('pending')

    const confirmed = await postPageForm(link, 'bestaetigen')
    expect(confirmed.status).toBe(303)
    expect(confirmed.headers.get('location')).toContain('ergebnis=confirmed')
    const [stored] = await subscriptionsOf(email)
    expect(stored.status).toBe('confirmed')
    expect(stored.confirmedAt).toBeTruthy()
    expect(
      (await followerCounts({ payload, productIds: [product.id] })).get(String(product.id)),
    ).toBe(1)

    const again = await api({ path: link })
    expect(again.text).toContain('ungültig oder wurde schon verwendet')
    const token = new URL(link, 'http://x').searchParams.get('token') as string
    expect(await confirmSubscription({ payload, token })).toBe('invalid')
  })

  it('refuses an expired confirmation with a clear page, and the job deletes it', async () => {
    const product = await publishProduct({ de: `Abgelaufen ${uid()}`, en: `Expired ${uid()}` })
    const email = address('abgelaufen')
    const token = await follow({
      email,
      request: { kind: 'product', slug: product.slug as string },
      locale: 'en',
    })
    const [stored] = await subscriptionsOf(email)
    await payload.db.updateOne({
      collection: COLLECTIONS.subscriptions,
      where: { id: { equals: stored.id } },
      data: { createdAt: new Date(Date.now() - 49 * HOUR).toISOString() },
    })
    const page = await api({ path: `/en/benachrichtigung/bestaetigen?token=${token}` })
    expect(page.text).toContain('The confirmation link has expired')
    expect(page.text).not.toContain('Confirm notification</span>')
    expect(await confirmSubscription({ payload, token })).toBe('expired')
    expect(await pruneUnconfirmed({ payload })).toBeGreaterThanOrEqual(1)
    expect(await subscriptionsOf(email)).toHaveLength(0)
  })

  const BAD_TOKENS: [string, string][] = [
    ['no token', ''],
    ['a malformed token', 'abc'],
    ['an unknown token', 'A'.repeat(43)],
  ]
  for (const [what, token] of BAD_TOKENS) {
    it(`answers ${what} with the invalid-link page`, async () => {
      const page = await api({ path: `/benachrichtigung/bestaetigen?token=${token}` })
      expect(page.status).toBe(200)
      expect(page.text).toContain('ungültig oder wurde schon verwendet')
    })
  }
})

describe('matching new products against saved searches', () => {
  it('matches words and facets, each search in its own language', async () => {
    const word = `zq${uid()}`
    const englishWord = `ev${uid()}`
    const cases: { name: string; locale: Locale; params: Record<string, string>; hit: boolean }[] =
      [
        { name: 'de-word-facet', locale: 'de', params: { q: word, kind: 'sonstiges' }, hit: true },
        { name: 'de-word-other-facet', locale: 'de', params: { q: word, kind: 'app' }, hit: false },
        { name: 'en-word', locale: 'en', params: { q: englishWord }, hit: true },
        { name: 'en-german-word', locale: 'en', params: { q: word }, hit: false },
        { name: 'de-english-word', locale: 'de', params: { q: englishWord }, hit: false },
        {
          name: 'de-two-words',
          locale: 'de',
          params: { q: `${word} werkzeugkiste` },
          hit: true,
        },
        {
          name: 'de-word-and-missing-word',
          locale: 'de',
          params: { q: `${word} raumfahrt` },
          hit: false,
        },
      ]
    const emails = new Map<string, string>()
    for (const { name, locale, params } of cases) {
      const email = address(name)
      emails.set(name, email)
      await followConfirmed({ email, request: searchFor(params), locale })
    }
    const product = await publishProduct({
      de: `Werkzeugkiste ${word}`,
      en: `Toolbox ${englishWord}`,
    })
    const { matched } = await sendFollowDigests({ payload, now: new Date() })
    expect(matched).toBeGreaterThanOrEqual(3)
    for (const { name, hit } of cases) {
      const [stored] = await subscriptionsOf(emails.get(name)!)
      expect(Boolean(stored.lastSentAt), name).toBe(hit)
    }
    const [german] = await waitForMails(emails.get('de-word-facet')!, { count: 2 }).then((mails) =>
      mails.filter((mail) => mail.subject.startsWith('Neu im')),
    )
    expect(german.subject).toBe(`Neu im Transferkatalog: Werkzeugkiste ${word}`)
    expect(german.text).toContain(`/produkte/${product.slug}`)
    expect(german.text).toContain(`„${word}“`)
    const [english] = await waitForMails(emails.get('en-word')!, { count: 2 }).then((mails) =>
      mails.filter((mail) => mail.subject.startsWith('New in')),
    )
    expect(english.subject).toBe(`New in the Transferkatalog: Toolbox ${englishWord}`)
    expect(english.text).toContain(`/en/produkte/${product.slug}`)
  })

  it('does not report a product published before the search was confirmed', async () => {
    const word = `alt${uid()}`
    await publishProduct({ de: `Älteres ${word}`, en: `Older ${word}` })
    const email = address('aelter')
    await followConfirmed({ email, request: searchFor({ q: word }) })
    await sendFollowDigests({ payload, now: new Date() })
    const [stored] = await subscriptionsOf(email)
    expect(stored.notices).toEqual([])
    expect(stored.lastSentAt).toBeFalsy()
  })
})

describe('the daily digest', () => {
  it('sends at most one mail a day per address, then one digest of what happened', async () => {
    const product = await publishProduct({ de: `Tageshinweis ${uid()}`, en: `Daily ${uid()}` })
    const email = address('digest')
    await followConfirmed({ email, request: { kind: 'product', slug: product.slug as string } })
    await fixtures.adoption({ isPublic: true, product: product.slug as string })
    const start = new Date()
    await sendFollowDigests({ payload, now: start })
    const first = (await waitForMails(email, { count: 2 }))[1]
    expect(first.subject).toBe(`Neu übernommen: ${product.title}`)

    await payload.update({
      collection: COLLECTIONS.transferProducts,
      id: product.id,
      data: { pitch: 'Eine neue Fassung.' },
      draft: false,
      overrideAccess: true,
    })
    await payload.create({
      collection: COLLECTIONS.productRetirements,
      data: { product: product.id, reason: 'Das Projekt ist beendet.' },
      overrideAccess: true,
    })
    const [waiting] = await subscriptionsOf(email)
    expect(waiting.notices?.map((notice) => notice.kind)).toEqual(['new-version', 'retired'])

    const sameDay = await sendFollowDigests({ payload, now: new Date(start.getTime() + HOUR) })
    expect(sameDay.waiting).toBeGreaterThanOrEqual(1)
    const [held] = await subscriptionsOf(email)
    expect(held.notices).toHaveLength(2)
    expect(new Date(held.lastSentAt!).getTime()).toBe(start.getTime())

    await sendFollowDigests({ payload, now: new Date(start.getTime() + 25 * HOUR) })
    const mails = await waitForMails(email, { count: 3 })
    const digest = mails[2]
    expect(digest.subject).toBe('Transferkatalog: 2 Neuigkeiten für Sie')
    expect(digest.text).toContain(`Neue Fassung veröffentlicht: ${product.title}`)
    expect(digest.text).toContain(`Wird nicht mehr angeboten: ${product.title}`)
    expect(digest.text).toContain('/benachrichtigung/abmelden?token=')
    expect((await subscriptionsOf(email))[0].notices).toEqual([])
    await sleep(1_500)
    expect(mailsTo(email)).toHaveLength(3)
  })
})

describe('the jobs', () => {
  it('run as queued maintenance jobs: the digest mails, the pruning deletes the expired', async () => {
    const product = await publishProduct({ de: `Auftrag ${uid()}`, en: `Job ${uid()}` })
    const follower = address('auftrag')
    await followConfirmed({
      email: follower,
      request: { kind: 'product', slug: product.slug as string },
    })
    await fixtures.adoption({ isPublic: true, product: product.slug as string })
    const late = address('verspaetet')
    await follow({ email: late, request: { kind: 'product', slug: product.slug as string } })
    const [pending] = await subscriptionsOf(late)
    await payload.db.updateOne({
      collection: COLLECTIONS.subscriptions,
      where: { id: { equals: pending.id } },
      data: { createdAt: new Date(Date.now() - 49 * HOUR).toISOString() },
    })
    await payload.jobs.queue({ task: 'sendFollowDigests', queue: 'maintenance', input: {} })
    await payload.jobs.queue({ task: 'pruneSubscriptions', queue: 'maintenance', input: {} })
    await payload.jobs.run({ queue: 'maintenance' })
    const mails = await waitForMails(follower, { count: 2 })
    expect(mails[1].subject).toBe(`Neu übernommen: ${product.title}`)
    expect(await subscriptionsOf(late)).toHaveLength(0)
    expect(await subscriptionsOf(follower)).toHaveLength(1)
  })
})

describe('unsubscribing', () => {
  const noticeMail = async (what: string) => {
    const product = await publishProduct({ de: `Abbestellen ${uid()}`, en: `Leave ${uid()}` })
    const email = address(what)
    await followConfirmed({ email, request: { kind: 'product', slug: product.slug as string } })
    await fixtures.adoption({ isPublic: true, product: product.slug as string })
    await sendFollowDigests({ payload, now: new Date(Date.now() + 48 * HOUR) })
    const mail = (await waitForMails(email, { count: 2 }))[1]
    return { email, mail }
  }

  it('by the List-Unsubscribe header: one POST deletes the subscription (RFC 8058)', async () => {
    const { email, mail } = await noticeMail('header')
    expect(rawHeader(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
    const header = rawHeader(mail, 'List-Unsubscribe') ?? ''
    const url = /^<(https?:\/\/[^>]+)>$/.exec(header)?.[1]
    expect(url, header).toBeTruthy()
    const query = new URL(url!).search
    expect(new URL(url!).pathname).toBe('/api/subscriptions/unsubscribe')
    // A scanner that follows the link changes nothing.
    expect((await oneClick(query, 'GET')).status).not.toBe(200)
    expect(await subscriptionsOf(email)).toHaveLength(1)
    // Posted from a webmail page (another site): the token is the key, no login to forge.
    const response = await oneClick(query, 'POST', { origin: 'https://webmail.example.net' })
    expect(response.status).toBe(200)
    expect(await subscriptionsOf(email)).toHaveLength(0)
    expect((await oneClick(query)).status).toBe(404)
  })

  it('by the link in the body: the page asks for one click and then deletes', async () => {
    const { email, mail } = await noticeMail('link')
    const link = linkIn(mail, '/benachrichtigung/abmelden')
    const page = await fetch(`${inject('baseURL')}${link}`)
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toContain('no-store')
    expect(await page.text()).toContain('Abbestellen')
    expect(await subscriptionsOf(email)).toHaveLength(1)
    const response = await postPageForm(link, 'abmelden')
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toContain('ergebnis=done')
    expect(await subscriptionsOf(email)).toHaveLength(0)
  })

  const ATTACKS: [string, string, number][] = [
    ['no token', '', 400],
    ['a malformed token', '?token=abc', 400],
    ['a token with a quote', `?token=${encodeURIComponent(`${'a'.repeat(42)}'`)}`, 400],
    [
      'too many tokens',
      `?${Array.from({ length: 51 }, (_, i) => `token=${String(i).padStart(43, 'a')}`).join('&')}`,
      400,
    ],
    ['an unknown token', `?token=${'B'.repeat(43)}`, 404],
  ]
  for (const [what, query, status] of ATTACKS) {
    it(`answers a one-click POST with ${what} with ${status}`, async () => {
      expect((await oneClick(query)).status).toBe(status)
    })
  }

  it('deletes nothing of another subscription when one is unsubscribed', async () => {
    const product = await publishProduct({ de: `Zwei ${uid()}`, en: `Two ${uid()}` })
    const first = address('eins')
    const second = address('zwei')
    for (const email of [first, second])
      await followConfirmed({ email, request: { kind: 'product', slug: product.slug as string } })
    const [stored] = await subscriptionsOf(first)
    const salt = (
      await payload.findByID({
        collection: COLLECTIONS.subscriptions,
        id: stored.id,
        overrideAccess: true,
        showHiddenFields: true,
      })
    ).unsubscribeSalt as string
    expect((await oneClick(`?token=${unsubscribeToken(salt)}`)).status).toBe(200)
    expect(await subscriptionsOf(first)).toHaveLength(0)
    expect(await subscriptionsOf(second)).toHaveLength(1)
  })
})

describe('personal data', () => {
  it('the per-email export lists the subscriptions, without their keys', async () => {
    const email = address('export')
    await followConfirmed({ email, request: searchFor({ q: `export${uid()}` }) })
    await fixtures.request({ requester: { email } })
    const response = await api({
      path: '/api/adoption-requests/data-export',
      method: 'POST',
      token: actors.admin.token,
      body: { email: email.toUpperCase() },
    })
    expect(response.status).toBe(200)
    const body = response.body as { subscriptions: Record<string, unknown>[]; requests: unknown[] }
    expect(body.requests).toHaveLength(1)
    expect(body.subscriptions).toHaveLength(1)
    expect(body.subscriptions[0]).toMatchObject({ email, kind: 'search', status: 'confirmed' })
    for (const key of ['confirmTokenHash', 'unsubscribeTokenHash', 'unsubscribeSalt'])
      expect(body.subscriptions[0]).not.toHaveProperty(key)
  })

  const READERS: [string, 'anonymous' | 'projectStaff' | 'officeWest' | 'admin', number][] = [
    ['anonymous visitors', 'anonymous', 403],
    ['project staff', 'projectStaff', 403],
    ['office staff', 'officeWest', 403],
    ['admins', 'admin', 200],
  ]
  for (const [who, actor, status] of READERS) {
    it(`${who} read subscriptions over REST: ${status}`, async () => {
      const response = await api({ path: '/api/subscriptions', token: actors[actor].token })
      expect(response.status).toBe(status)
      if (status === 200)
        expect(JSON.stringify(response.body)).not.toMatch(/TokenHash|unsubscribeSalt/)
    })
  }

  it('nobody writes subscriptions over REST, not even admins', async () => {
    const response = await api({
      path: '/api/subscriptions',
      method: 'POST',
      token: actors.admin.token,
      body: {
        email: address('rest'),
        kind: 'search',
        locale: 'de',
        consent: { given: true, at: new Date().toISOString(), privacyPolicyVersion: '1' },
      },
    })
    expect(response.status).toBe(403)
  })
})

describe('the follow form', () => {
  const PRODUCT = 'planspiel-eurokran-an-schulen'

  it('is offered on the catalogue (with its search) and on product pages, in both languages', async () => {
    const catalogue = await api({ path: '/produkte?q=Planspiel&kind=planspiel&sort=title' })
    expect(catalogue.text).toContain('action="/benachrichtigung"')
    expect(catalogue.text).toContain('name="q" value="Planspiel"')
    expect(catalogue.text).toContain('name="kind" value="planspiel"')
    const product = await api({ path: `/en/produkte/${PRODUCT}` })
    expect(product.text).toContain('action="/en/benachrichtigung"')
    expect(product.text).toContain(`name="produkt" value="${PRODUCT}"`)
    expect(product.text).toContain('Follow this product')
    const form = await api({ path: `/benachrichtigung?q=Planspiel&kind=planspiel` })
    expect(form.text).toContain('„Planspiel“')
    expect((await api({ path: '/benachrichtigung?produkt=gibt-es-nicht' })).status).toBe(404)
  })

  const loadForm = async (query: string, locale: Locale = 'de') => {
    const headers = { 'x-forwarded-for': newClientAddress() }
    const url = `${inject('baseURL')}${locale === 'en' ? '/en' : ''}/benachrichtigung?${query}`
    const response = await fetch(url, { headers })
    expect(response.status).toBe(200)
    return { form: readRequestForm(url, await response.text()), headers }
  }
  const answer = (form: LoadedForm) => String(form.question.a + form.question.b)

  it('stores a pending subscription and sends the confirmation mail (no JavaScript)', async () => {
    const email = address('formular')
    const { form, headers } = await loadForm(`produkt=${PRODUCT}`)
    await sleep(1_100)
    const response = await postRequestForm(
      form,
      { email, consent: 'on', answer: answer(form) },
      headers,
    )
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('Bitte bestätigen Sie Ihre E-Mail-Adresse')
    const [stored] = await subscriptionsOf(email)
    expect(stored).toMatchObject({ kind: 'product', status: 'pending', locale: 'de' })
    const [mail] = await waitForMails(email)
    expect(mail.text).toContain('/benachrichtigung/bestaetigen?token=')
  })

  type Case = {
    what: string
    fields: (form: LoadedForm) => Record<string, string>
    isWaiting?: boolean
    expected: RegExp
    locale?: Locale
  }
  const CASES: Case[] = [
    {
      what: 'a filled honeypot',
      fields: (form) => ({ website: 'https://spam.example', answer: answer(form) }),
      expected: /Das ging sehr schnell/,
    },
    {
      what: 'a post faster than a person',
      isWaiting: false,
      fields: (form) => ({ answer: answer(form) }),
      expected: /Das ging sehr schnell/,
    },
    {
      what: 'a forged form token',
      fields: (form) => ({
        formToken: `${form.hidden.formToken.slice(0, -2)}xx`,
        answer: answer(form),
      }),
      expected: /Das ging sehr schnell/,
    },
    {
      what: 'a wrong answer',
      fields: () => ({ answer: '999' }),
      expected: /Sicherheitsfrage stimmt nicht/,
    },
    {
      what: 'no answer and no proof',
      fields: () => ({}),
      expected: /Sicherheitsprüfung ist noch nicht/,
    },
    {
      what: 'a bad email',
      fields: (form) => ({ email: 'erika@', answer: answer(form) }),
      expected: /id="error-email"[^>]*>Bitte geben Sie eine gültige E-Mail-Adresse an/,
    },
    {
      what: 'two addresses in one',
      fields: (form) => ({ email: 'a@example.org,b@example.org', answer: answer(form) }),
      expected: /id="error-email"/,
    },
    {
      what: 'no consent',
      fields: (form) => ({ consent: '', answer: answer(form) }),
      expected: /id="error-consent"[^>]*>Bitte stimmen Sie/,
    },
    {
      what: 'a bad email (English)',
      locale: 'en',
      fields: (form) => ({ email: 'not an address', answer: answer(form) }),
      expected: /id="error-email"[^>]*>Please enter a valid email address/,
    },
    {
      what: 'a product that is not on offer',
      fields: (form) => ({ target: 'produkt:gibt-es-nicht', answer: answer(form) }),
      expected: /nicht \(mehr\) im Katalog/,
    },
  ]
  for (const { what, fields, isWaiting = true, expected, locale = 'de' } of CASES) {
    it(`refuses ${what}: the reason is shown, nothing is stored or sent`, async () => {
      const email = address('abgelehnt')
      const { form, headers } = await loadForm(`produkt=${PRODUCT}`, locale)
      if (isWaiting) await sleep(1_100)
      const response = await postRequestForm(
        form,
        { email, consent: 'on', ...fields(form) },
        headers,
      )
      expect(response.status).toBe(200)
      expect(await response.text()).toMatch(expected)
      expect(await subscriptionsOf(email)).toHaveLength(0)
    })
  }

  it('limits the posts per client (the request form’s limit)', async () => {
    const { form, headers } = await loadForm(`produkt=${PRODUCT}`)
    let last = ''
    for (let attempt = 0; attempt < 31; attempt += 1)
      last = await (await postRequestForm(form, { email: 'x' }, headers)).text()
    expect(last).toContain('zu viele Anfragen')
  })

  it('limits the subscriptions per address and day (the request form’s number)', async () => {
    const email = address('limit')
    for (let index = 0; index < 3; index += 1)
      await follow({ email, request: searchFor({ q: `limit${index}${uid()}` }) })
    const fourth = await subscribe({
      payload,
      email: email.toUpperCase(),
      hasConsent: true,
      request: searchFor({ q: `limit-four${uid()}` }),
      locale: 'de',
    })
    expect(fourth.ok).toBe(false)
    expect(!fourth.ok && fourth.errors.email).toContain('heute schon mehrere')
    expect(await subscriptionsOf(email)).toHaveLength(3)
  })

  it('counts a request for something the address already follows, so the limit tells no stranger whether it does', async () => {
    const email = address('sonde')
    const search = searchFor({ q: `sonde${uid()}` })
    await followConfirmed({ email, request: search })
    const tries = []
    for (let attempt = 0; attempt < 3; attempt += 1)
      tries.push(
        await subscribe({ payload, email, hasConsent: true, request: search, locale: 'de' }),
      )
    expect(tries.map((result) => result.ok)).toEqual([true, true, false])
  })

  it(`refuses a follow beyond ${FOLLOWS_PER_ADDRESS_MAX} per address (one digest's unsubscribe link names them all)`, async () => {
    const email = address('viele')
    for (let index = 0; index < FOLLOWS_PER_ADDRESS_MAX; index += 1)
      await payload.create({
        collection: COLLECTIONS.subscriptions,
        data: {
          email,
          kind: 'search',
          searchKey: `viele-${index}-${uid()}`,
          locale: 'de',
          status: 'confirmed',
          consent: { given: true, at: new Date().toISOString(), privacyPolicyVersion: '1' },
        },
        overrideAccess: true,
        depth: 0,
      })
    const more = await subscribe({
      payload,
      email,
      hasConsent: true,
      request: searchFor({ q: `noch-eine${uid()}` }),
      locale: 'en',
    })
    expect(more.ok).toBe(false)
    expect(!more.ok && more.errors.email).toBe(
      `This email address already follows ${FOLLOWS_PER_ADDRESS_MAX} searches and products. Please unsubscribe from one first.`,
    )
    const { totalDocs } = await payload.count({
      collection: COLLECTIONS.subscriptions,
      where: { email: { equals: email } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(FOLLOWS_PER_ADDRESS_MAX)
  })

  it('sends nothing again for a search the address already follows', async () => {
    const email = address('doppelt')
    const search = searchFor({ q: `doppelt${uid()}`, kind: ['app', 'planspiel'] })
    await followConfirmed({ email, request: search })
    const again = await subscribe({
      payload,
      email,
      hasConsent: true,
      request: searchFor({
        kind: ['planspiel', 'app', 'app'],
        q: ` ${(search as { search: { q: string } }).search.q}  `,
      }),
      locale: 'de',
    })
    expect(again).toEqual({ ok: true })
    expect(await subscriptionsOf(email)).toHaveLength(1)
    await sleep(1_500)
    expect(mailsTo(email)).toHaveLength(1)
  })
})
