/**
 * The public request form and tracking page over HTTP, as a browser without JavaScript uses them
 * (the JavaScript path is in tests/e2e). Each test posts as its own visitor (X-Forwarded-For), so
 * the per-address limit only bites where a test wants it to.
 */
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { COLLECTIONS } from '@/constants'

import { testContext } from '../helpers/context'
import { api } from '../helpers/http'
import { caughtMails, mailsTo, sleep, waitForMails } from '../helpers/mail'
import {
  hiddenFields,
  loadRequestForm,
  postRequestForm,
  readRequestForm,
  solveProof,
  validRequestFields,
  type LoadedForm,
} from '../helpers/requestForm'

let payload: Payload
let visitor = 0
const PRODUCT = 'planspiel-eurokran-an-schulen'

beforeAll(async () => {
  ;({ payload } = await testContext())
})

/** A new visitor address, a loaded form, and the wait a person needs to fill it in. */
const freshForm = async (locale: 'de' | 'en' = 'de', slugs = [PRODUCT]) => {
  visitor += 1
  const headers = { 'x-forwarded-for': `198.51.100.${visitor}` }
  const form = await loadRequestForm(inject('baseURL'), { slugs, locale, headers })
  await sleep(1_100)
  return { form, headers }
}

const answer = (form: LoadedForm) => String(form.question.a + form.question.b)

const storedFor = async (organisation: string) =>
  (
    await payload.count({
      collection: COLLECTIONS.adoptionRequests,
      where: { 'requester.organisation': { equals: organisation } },
      overrideAccess: true,
    })
  ).totalDocs

const fieldErrors = (html: string) =>
  Object.fromEntries(
    [...html.matchAll(/class="kern-body" id="error-(\w+)"[^>]*>([^<]*)</g)].map((match) => [
      match[1],
      match[2],
    ]),
  )

describe('the request form', () => {
  it('is reached from a product and names it; English under /en', async () => {
    const product = await api({ path: `/produkte/${PRODUCT}` })
    expect(product.text).toContain(`/anfrage?produkt=${PRODUCT}`)
    const de = await api({ path: `/anfrage?produkt=${PRODUCT}` })
    expect(de.status).toBe(200)
    expect(de.text).toContain('Planspiel EUROKRAN an Schulen')
    expect(de.text).toContain('Einwilligung')
    const en = await api({ path: `/en/anfrage?produkt=${PRODUCT}` })
    expect(en.text).toContain('Request an adoption')
  })

  const BAD_INPUTS: [string, Record<string, string | string[]>, string, RegExp][] = [
    ['an invalid email', { email: 'erika@' }, 'email', /gültige E-Mail/],
    ['a four-digit postcode', { postcode: '4512' }, 'postcode', /fünfstellige Postleitzahl/],
    ['an unknown state', { state: 'XX' }, 'state', /Bundesland aus der Liste/],
    [
      'an unknown organisation type',
      { organisationType: 'robot' },
      'organisationType',
      /Art aus der Liste/,
    ],
    ['no name', { name: '' }, 'name', /füllen Sie dieses Feld/],
    ['no town', { city: '   ' }, 'city', /füllen Sie dieses Feld/],
    ['a goal over 2,000 characters', { goal: 'x'.repeat(2001) }, 'goal', /höchstens 2000 Zeichen/],
    ['a start in the past', { desiredStart: '2020-01-01' }, 'desiredStart', /Vergangenheit/],
    ['an impossible date', { desiredStart: '2027-02-30' }, 'desiredStart', /Datum angeben/],
    ['letters as phone number', { phone: 'ruf mich an' }, 'phone', /Telefonnummer/],
    [
      'an unpublished product',
      { products: ['gibt-es-nicht'] },
      'products',
      /nicht \(mehr\) im Katalog/,
    ],
    ['no product', { products: [] }, 'products', /mindestens ein Produkt/],
    ['no consent', { consent: '' }, 'consent', /Einwilligung/],
    [
      'no state (it is never guessed on the server)',
      { state: '' },
      'state',
      /füllen Sie dieses Feld/,
    ],
    ['two addresses in one', { email: 'a@example.org,b@example.org' }, 'email', /gültige E-Mail/],
  ]
  for (const [what, overrides, field, message] of BAD_INPUTS) {
    it(`refuses ${what}: the error is next to the field, values are kept, nothing is stored`, async () => {
      const { form, headers } = await freshForm()
      const organisation = `Bad input ${randomUUID()}`
      const response = await postRequestForm(
        form,
        {
          products: [PRODUCT],
          ...validRequestFields({ organisation, ...overrides }),
          answer: answer(form),
        },
        headers,
      )
      expect(response.status).toBe(200)
      const html = await response.text()
      const errors = fieldErrors(html)
      expect(Object.keys(errors)).toEqual([field])
      expect(errors[field]).toMatch(message)
      expect(html).toContain(`value="${organisation}"`)
      expect(html).toMatch(
        new RegExp(`id="field-${field}[^"]*"[^>]*autofocus|autofocus[^>]*id="field-${field}`, 'i'),
      )
      expect(await storedFor(organisation)).toBe(0)
    })
  }

  it('names errors in English on the English form', async () => {
    const { form, headers } = await freshForm('en')
    const response = await postRequestForm(
      form,
      { products: [PRODUCT], ...validRequestFields({ email: 'nope' }), answer: answer(form) },
      headers,
    )
    expect(fieldErrors(await response.text()).email).toBe('Please give a valid email address.')
  })

  it('stores a valid request, routes it, confirms it by mail and opens the tracking page', async () => {
    const { form, headers } = await freshForm()
    const email = `valid-${randomUUID()}@example.org`
    const first = await postRequestForm(
      form,
      { products: [PRODUCT], ...validRequestFields({ email: 'erika@' }), answer: answer(form) },
      headers,
    )
    // The corrected form (new token, same fill time) goes through at once.
    const corrected = readRequestForm(form.url, await first.text())
    const response = await postRequestForm(
      corrected,
      {
        products: [PRODUCT],
        ...validRequestFields({ email, postcode: '66111', state: 'SL' }),
        answer: answer(corrected),
      },
      headers,
    )
    const explain = async () =>
      JSON.stringify(
        (await response.clone().text()).match(
          /(kern-error|kern-alert--danger)[^<]*<[^<]*<?[^<]*<?[^<]*/g,
        ),
      )
    expect(response.status, await explain()).toBe(303)
    const location = response.headers.get('location') ?? ''
    expect(location).toMatch(/^\/anfrage\/[A-Za-z0-9_-]{32}\?neu=1$/)
    const { docs } = await payload.find({
      collection: COLLECTIONS.adoptionRequests,
      where: { 'requester.email': { equals: email } },
      depth: 1,
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    const [request] = docs
    expect(request.requester.state).toBe('SL')
    expect((request.office as { slug: string }).slug).toBe('rb-west')
    expect(request.consent.privacyPolicyVersion).toBeTruthy()
    expect(request.locale).toBe('de')
    const page = await api({ path: location })
    expect(page.status).toBe(200)
    expect(page.text).toContain('Ihre Anfrage ist eingegangen')
    expect(page.text).toMatch(/data-status="new"[^>]*><span class="kern-label">Neu</)
    expect(page.text).not.toContain(email)
    const [mail] = await waitForMails(email)
    expect(mail.subject).toBe('Ihre Anfrage im Transferkatalog ist eingegangen')
    expect(mail.text).toContain(location.replace('?neu=1', ''))
  })

  it('accepts a solved proof of work once, and a replayed one never', async () => {
    const { form, headers } = await freshForm('en', [PRODUCT, 'virtueller-werkzeugkoffer'])
    const proof = await solveProof(form.challenge)
    const email = `proof-${randomUUID()}@example.org`
    const fields = {
      products: [PRODUCT, 'virtueller-werkzeugkoffer'],
      ...validRequestFields({ email }),
      altcha: proof,
    }
    expect((await postRequestForm(form, fields, headers)).status).toBe(303)
    const replay = await postRequestForm(form, { ...fields, email: `replay-${email}` }, headers)
    expect(replay.status).toBe(200)
    expect(await replay.text()).toContain('security check has not finished')
    expect(mailsTo(`replay-${email}`)).toHaveLength(0)
  })
})

it('takes at most three requests per email address and day', async () => {
  const email = `busy-${randomUUID()}@example.org`
  const statuses: number[] = []
  let last = ''
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const { form, headers } = await freshForm()
    const response = await postRequestForm(
      form,
      {
        products: [PRODUCT],
        ...validRequestFields({ email }),
        altcha: await solveProof(form.challenge),
      },
      headers,
    )
    statuses.push(response.status)
    last = await response.text()
  }
  expect(statuses).toEqual([303, 303, 303, 200])
  expect(fieldErrors(last).email).toContain('schon mehrere Anfragen')
  await sleep(2_000)
  expect(mailsTo(email)).toHaveLength(3)
})

describe('bots', () => {
  const BOTS: [string, (form: LoadedForm) => Record<string, string | string[]>, boolean][] = [
    [
      'fills the honeypot',
      (form) => ({ website: 'https://spam.example', answer: answer(form) }),
      true,
    ],
    ['posts at once', (form) => ({ answer: answer(form) }), false],
    ['brings no proof of work', () => ({}), true],
    ['guesses the question wrong', (form) => ({ answer: String(Number(answer(form)) + 1) }), true],
    [
      'forges the form token',
      (form) => ({ answer: answer(form), formToken: `${Date.now() - 60_000}.abc.def` }),
      true,
    ],
    [
      'forges a proof of work',
      () => ({ altcha: Buffer.from('{"number":1}').toString('base64') }),
      true,
    ],
  ]
  for (const [what, extra, wait] of BOTS) {
    it(`that ${what} stores nothing and triggers no mail`, async () => {
      visitor += 1
      const headers = { 'x-forwarded-for': `203.0.113.${visitor}` }
      const form = await loadRequestForm(inject('baseURL'), { slugs: [PRODUCT], headers })
      if (wait) await sleep(1_100)
      const organisation = `Bot ${randomUUID()}`
      const email = `bot-${randomUUID()}@example.org`
      const response = await postRequestForm(
        form,
        { products: [PRODUCT], ...validRequestFields({ organisation, email }), ...extra(form) },
        headers,
      )
      expect(response.status).toBe(200)
      expect(await response.text()).toContain('role="alert"')
      expect(await storedFor(organisation)).toBe(0)
      await sleep(1_500)
      expect(mailsTo(email)).toHaveLength(0)
    })
  }

  it('tells a visitor over the per-address limit to wait, and stores nothing', async () => {
    const headers = { 'x-forwarded-for': '192.0.2.250' }
    const form = await loadRequestForm(inject('baseURL'), { slugs: [PRODUCT], headers })
    const texts: string[] = []
    for (let attempt = 0; attempt < 31; attempt += 1) {
      const response = await postRequestForm(form, { products: [PRODUCT] }, headers)
      expect(response.status).toBe(200)
      texts.push(await response.text())
    }
    const limited = /zu viele Anfragen.*in \d+ Minuten erneut/
    expect(texts.slice(0, 30).some((text) => limited.test(text))).toBe(false)
    // The form comes back with the message at its top (the limit is counted in the server
    // action, where the database is: the same page with or without JavaScript).
    expect(texts[30]).toContain('<html lang="de">')
    expect(texts[30]).toMatch(limited)
    // Other visitors are not affected.
    const other = await freshForm()
    const response = await postRequestForm(other.form, { products: [PRODUCT] }, other.headers)
    expect(await response.text()).not.toMatch(limited)
  })
})

/** The hidden fields of one form on a page (its action reference, token and language). */
const formFields = (html: string, id: string): Record<string, string> =>
  hiddenFields(new RegExp(`<form[^>]*id="${id}"[^>]*>([\\s\\S]*?)</form>`).exec(html)?.[1] ?? '')

const postTracking = async (path: string, id: string, extra: Record<string, string>) => {
  const page = await api({ path })
  const body = new FormData()
  for (const [name, value] of Object.entries({ ...formFields(page.text, id), ...extra }))
    body.append(name, value)
  return fetch(`${inject('baseURL')}${path}`, {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: {
      origin: inject('baseURL'),
      'x-forwarded-for': `198.51.100.${200 + (visitor++ % 50)}`,
    },
  })
}

const waitForSubject = async (subject: string) => {
  const deadline = Date.now() + 30_000
  for (;;) {
    const found = caughtMails().filter((mail) => mail.subject === subject)
    if (found.length > 0 || Date.now() > deadline) return found
    await sleep(250)
  }
}

describe('the tracking page', () => {
  const submitted = async () => {
    const { form, headers } = await freshForm()
    const email = `tracking-${randomUUID()}@example.org`
    const organisation = `Tracking ${randomUUID().slice(0, 8)}`
    const response = await postRequestForm(
      form,
      { products: [PRODUCT], ...validRequestFields({ email, organisation }), answer: answer(form) },
      headers,
    )
    const path = (response.headers.get('location') ?? '').replace('?neu=1', '')
    const { docs } = await payload.find({
      collection: COLLECTIONS.adoptionRequests,
      where: { 'requester.email': { equals: email } },
      overrideAccess: true,
    })
    return { path, request: docs[0], email }
  }

  it('answers unknown and malformed tokens with 404', async () => {
    expect((await api({ path: `/anfrage/${'A'.repeat(32)}` })).status).toBe(404)
    expect((await api({ path: '/anfrage/kurz' })).status).toBe(404)
    expect((await api({ path: `/en/anfrage/${'-'.repeat(32)}` })).status).toBe(404)
  })

  it('passes a message to the office; an empty one gets an error', async () => {
    const { path, request } = await submitted()
    const empty = await postTracking(path, 'nachricht', { message: '   ' })
    expect(empty.status).toBe(303)
    expect(empty.headers.get('location')).toContain('fehler=messageRequired')
    const sent = await postTracking(path, 'nachricht', { message: 'Können wir im März starten?' })
    expect(sent.headers.get('location')).toContain('hinweis=messageSent')
    const stored = await payload.findByID({
      collection: COLLECTIONS.adoptionRequests,
      id: request.id,
      overrideAccess: true,
    })
    expect(stored.requesterMessages?.map((message) => message.text)).toEqual([
      'Können wir im März starten?',
    ])
    const officeMails = await waitForMails('transfer-west@example.org', { count: 1 }).then(() =>
      waitForSubject(`Neue Nachricht zur Anfrage von ${request.requester.organisation}`),
    )
    expect(officeMails[0].text).not.toContain('Können wir im März starten?')
    const page = await api({ path: `${path}?hinweis=messageSent` })
    expect(page.text).toContain('Ihre Nachricht wurde übermittelt')
    expect(page.text).toContain('Können wir im März starten?')
  })

  it('withdraws only with the confirmation ticked', async () => {
    const { path, request, email } = await submitted()
    const unconfirmed = await postTracking(path, 'zurueckziehen', {})
    const back = unconfirmed.headers.get('location') ?? ''
    expect(back).toContain('fehler=confirmRequired')
    // The error stands next to the box that was not ticked, not next to the other form's.
    const page = await api({ path: back })
    expect(page.text).toMatch(
      /id="zurueckziehen-error">Bitte bestätigen Sie mit dem Häkchen.<\/span><\/p><div class="kern-fieldset__body"><div class="kern-form-check"><input type="checkbox" id="zurueckziehen-confirm"[^>]*aria-invalid="true"/,
    )
    expect(page.text).not.toContain('id="loeschen-error"')
    const read = () =>
      payload.findByID({
        collection: COLLECTIONS.adoptionRequests,
        id: request.id,
        overrideAccess: true,
      })
    expect((await read()).status).toBe('new')
    await postTracking(path, 'zurueckziehen', { confirm: 'on' })
    expect((await read()).status).toBe('withdrawn')
    expect((await read()).statusHistory?.at(-1)?.comment).toContain('zurückgezogen')
    // The queue may deliver the two mails in either order.
    const mails = await waitForMails(email, { count: 2 })
    expect(mails.map((mail) => mail.subject).join(' | ')).toContain('Zurückgezogen')
  })

  it('deletes the requester’s data on request, after which the link is dead', async () => {
    const { path, request } = await submitted()
    const response = await postTracking(path, 'loeschen', { confirm: 'on' })
    expect(response.headers.get('location')).toBe('/anfrage/geloescht')
    const stored = await payload.findByID({
      collection: COLLECTIONS.adoptionRequests,
      id: request.id,
      overrideAccess: true,
    })
    expect(stored.anonymisedAt).toBeTruthy()
    expect(stored.deletionRequestedAt).toBeTruthy()
    expect(stored.status).toBe('withdrawn')
    expect(stored.requester.email).not.toBe(request.requester.email)
    expect((await api({ path })).status).toBe(404)
    expect((await api({ path: '/anfrage/geloescht' })).text).toContain('Ihre Daten wurden gelöscht')
  })
})
