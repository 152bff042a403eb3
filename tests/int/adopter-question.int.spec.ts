/**
 * Issue 13, "ask an earlier adopter": the nearest adopters by postcode region, the question form
 * (driven over HTTP as a browser without JavaScript), routing to the product's office, forwarding
 * only with the adopter's consent, access per role, and the per-address export and deletion.
 */
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { COLLECTIONS } from '@/constants'
import { areaOfPoint, distanceKm, nearestByArea, postcodeArea } from '@/lib/postcodeAreas'
import type { AdopterQuestion, AdoptionRequest } from '@/payload-types'

import type { Actor, ActorKey } from '../helpers/actors'
import { idOf } from '../helpers/actors'
import { testContext } from '../helpers/context'
import { serverEnvironment } from '../helpers/env'
import { api } from '../helpers/http'
import { caughtMails, mailsTo, sleep } from '../helpers/mail'
import {
  hiddenFields,
  postRequestForm,
  readRequestForm,
  type LoadedForm,
} from '../helpers/requestForm'

const PRODUCT = 'zusatzqualifizierung-digitale-fertigungstechnik'
const FRAGE = `/produkte/${PRODUCT}/frage`
/** Seeded public adoptions of the product (src/seed/content.ts), found by their town. */
const DORTMUND = 'Dortmund'
const CONSENTED_ADDRESS = 'demo-berufskolleg-dortmund@example.org'

let payload: Payload
let actors: Record<ActorKey, Actor>
let fixtures: Awaited<ReturnType<typeof testContext>>['fixtures']
let visitor = 0

beforeAll(async () => {
  ;({ payload, actors, fixtures } = await testContext())
})

const headersOfNewVisitor = () => {
  visitor += 1
  return { 'x-forwarded-for': `198.18.${10 + Math.floor(visitor / 200)}.${(visitor % 200) + 1}` }
}

/** The nearest adopters as the page lists them: [text, km]. */
const listed = (html: string): [string, number][] =>
  [...html.matchAll(/<li data-km="(\d+)">([^<]*)<\/li>/g)].map((match) => [
    match[2],
    Number(match[1]),
  ])

const loadQuestionForm = async ({
  postcode = '44135',
  locale = 'de',
  headers = headersOfNewVisitor(),
  wait = true,
}: {
  postcode?: string
  locale?: 'de' | 'en'
  headers?: Record<string, string>
  wait?: boolean
} = {}) => {
  const url = `${inject('baseURL')}${locale === 'en' ? '/en' : ''}${FRAGE}?plz=${postcode}`
  const response = await fetch(url, { headers })
  expect(response.status).toBe(200)
  const html = await response.text()
  const form = readRequestForm(url, html)
  const adoptions = [...html.matchAll(/name="adoption" value="([^"]+)"/g)].map((m) => m[1])
  if (wait) await sleep(1_100)
  return { form, html, headers, adoptions, list: listed(html) }
}

/** The first mail to `address` whose text contains `text`, waiting up to 30 s for it. */
const mailWith = async (address: string, text: string) => {
  const deadline = Date.now() + 30_000
  for (;;) {
    const found = mailsTo(address).find((mail) => mail.text.includes(text))
    if (found || Date.now() > deadline) return found
    await sleep(250)
  }
}

const answer = (form: LoadedForm) => String(form.question.a + form.question.b)

const fieldErrors = (html: string) =>
  Object.fromEntries(
    [...html.matchAll(/class="kern-body" id="error-(\w+)"[^>]*>([^<]*)</g)].map((match) => [
      match[1],
      match[2],
    ]),
  )

const adoptionIdOf = async (town: string) => {
  const product = await idOf(payload, COLLECTIONS.transferProducts, PRODUCT)
  const { docs } = await payload.find({
    collection: COLLECTIONS.adoptions,
    where: { product: { equals: product } },
    depth: 1,
    pagination: false,
    overrideAccess: true,
  })
  const found = docs.find((doc) => doc.publicConsent && doc.place?.city === town)
  if (!found) throw new Error(`no public adoption in ${town}`)
  return String(found.id)
}

const questionsBy = async (email: string): Promise<AdopterQuestion[]> =>
  (
    await payload.find({
      collection: COLLECTIONS.adopterQuestions,
      where: { 'asker.email': { equals: email } },
      depth: 0,
      overrideAccess: true,
    })
  ).docs

/** Asks one question through the form; answers the stored question. */
const ask = async ({
  adopter = DORTMUND,
  email = `frage-${randomUUID()}@example.org`,
  message = 'Wie viele Stunden Vorbereitung brauchte die Einführung bei Ihnen?',
}: { adopter?: string; email?: string; message?: string } = {}) => {
  const { form, headers } = await loadQuestionForm()
  const response = await postRequestForm(
    form,
    {
      adoption: await adoptionIdOf(adopter),
      message,
      name: 'Erika Beispiel',
      email,
      consent: 'on',
      answer: answer(form),
    },
    headers,
  )
  expect(response.status).toBe(303)
  expect(response.headers.get('location')).toBe(`${FRAGE}?gesendet=1`)
  const [question] = await questionsBy(email)
  return { question, email, message }
}

const officeEmail = async (slug: string) => {
  const { docs } = await payload.find({
    collection: COLLECTIONS.regionalOffices,
    where: { slug: { equals: slug } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return docs[0]?.contact?.email ?? undefined
}

describe('postcode regions (src/lib/postcodeAreas.ts)', () => {
  it('knows postcodes in use and refuses malformed and unused ones', () => {
    expect(postcodeArea('44135')).toBe('44')
    expect(postcodeArea('01067')).toBe('01')
    expect(postcodeArea('11011')).toBe('11')
    for (const bad of ['4413', '441355', 'abcde', '00000', '05123', '43000', '62000', ''])
      expect(postcodeArea(bad)).toBeUndefined()
  })

  it('ranks candidates by the distance between region centres, rounded to 5 km', () => {
    const candidates = [
      { name: 'Köln', area: '50' },
      { name: 'Duisburg', area: '47' },
      { name: 'Dortmund', area: '44' },
    ]
    const from = (area: string) =>
      nearestByArea({ area, candidates }).map(({ name, km }) => [name, km])
    expect(from('44')).toEqual([
      ['Dortmund', 0],
      ['Duisburg', 50],
      ['Köln', 75],
    ])
    expect(from('80')).toEqual([
      ['Köln', 455],
      ['Dortmund', 475],
      ['Duisburg', 505],
    ])
    expect(from('20')).toEqual([
      ['Dortmund', 285],
      ['Duisburg', 320],
      ['Köln', 355],
    ])
    // Berlin–München is about 505 km as the crow flies.
    const berlin = { latitude: 52.52, longitude: 13.41 }
    expect(Math.round(distanceKm(berlin, { latitude: 48.14, longitude: 11.58 }))).toBe(504)
    expect(areaOfPoint({ latitude: 51.4344, longitude: 6.7623 })).toBe('47')
  })
})

describe('nearest adopters on the product page', () => {
  it('the product page offers the postcode search (a plain GET form)', async () => {
    const page = await api({ path: `/produkte/${PRODUCT}` })
    expect(page.text).toContain(`action="${FRAGE}"`)
    expect(page.text).toContain('name="plz"')
  })

  const ORDERS: [string, string[], number[]][] = [
    ['44135', ['Dortmund', 'Duisburg', 'Köln'], [0, 50, 75]],
    ['80331', ['Köln', 'Dortmund', 'Duisburg'], [455, 475, 505]],
    ['20095', ['Dortmund', 'Duisburg', 'Köln'], [285, 320, 355]],
  ]
  for (const [postcode, towns, kms] of ORDERS) {
    it(`lists the public adopters nearest to ${postcode} first, with their distances`, async () => {
      const { list, html } = await loadQuestionForm({ postcode, wait: false })
      expect(list.map(([text]) => /, ([^,:]+):/.exec(text)?.[1])).toEqual(towns)
      expect(list.map(([, km]) => km)).toEqual(kms)
      // The non-public adoption (Hamm, from a request) is not among them; no address or email.
      expect(html).not.toContain('Hamm')
      expect(html).not.toContain(CONSENTED_ADDRESS)
      const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? ''
      expect(main).not.toMatch(/[\w.+-]+@[\w-]+\.[a-z]{2,}/i)
    })
  }

  it('names the same region instead of "0 km"', async () => {
    const { list } = await loadQuestionForm({ postcode: '44135', wait: false })
    expect(list[0][0]).toContain('in Ihrer Postleitregion')
    expect(list[1][0]).toContain('ca. 50 km')
  })

  const BAD_POSTCODES: [string, 'de' | 'en', RegExp][] = [
    ['1234', 'de', /fünfstellige Postleitzahl/],
    ['abcde', 'de', /fünfstellige Postleitzahl/],
    ['00000', 'de', /gibt es in Deutschland nicht/],
    ['62000', 'de', /gibt es in Deutschland nicht/],
    ['1234', 'en', /five-digit postcode/],
    ['05123', 'en', /does not exist in Germany/],
    ['%3Cscript%3E', 'en', /five-digit postcode/],
  ]
  for (const [postcode, locale, message] of BAD_POSTCODES) {
    it(`answers the postcode "${postcode}" (${locale}) with an error next to the field`, async () => {
      const response = await api({
        path: `${locale === 'en' ? '/en' : ''}${FRAGE}?plz=${postcode}`,
      })
      expect(response.status).toBe(200)
      expect(fieldErrors(response.text).plz).toMatch(message)
      expect(listed(response.text)).toEqual([])
      expect(response.text).not.toContain('value="<script>"')
    })
  }
})

describe('the question form', () => {
  it('stores the question for the product’s office and mails only that office', async () => {
    const west = await officeEmail('rb-west')
    const sued = await officeEmail('rb-sued')
    expect(west).toBeTruthy()
    const before = sued ? mailsTo(sued).length : 0
    const { question } = await ask()
    expect(question).toBeDefined()
    expect(String(question.office)).toBe(
      String(await idOf(payload, COLLECTIONS.regionalOffices, 'rb-west')),
    )
    const mail = await mailWith(west as string, `adopter-questions/${question.id}`)
    expect(mail?.subject).toContain('Neue Frage an einen Übernehmer')
    // The office mail carries a link, not the asker's words or address.
    expect(mail?.text).not.toContain(question.asker.email)
    await sleep(2_000)
    if (sued) expect(mailsTo(sued).length).toBe(before)
    // Nothing went to the adopter before the office forwards it.
    expect(mailsTo(CONSENTED_ADDRESS).filter((m) => m.text.includes(question.message))).toEqual([])
  })

  type BadCase = [string, Record<string, string>, string, RegExp]
  const BAD_INPUTS: BadCase[] = [
    ['an invalid email', { email: 'erika@' }, 'email', /gültige E-Mail/],
    ['two addresses in one', { email: 'a@example.org,b@example.org' }, 'email', /gültige E-Mail/],
    ['no email', { email: '' }, 'email', /füllen Sie dieses Feld/],
    ['no message', { message: '   ' }, 'message', /füllen Sie dieses Feld/],
    ['a message over 2,000 characters', { message: 'x'.repeat(2001) }, 'message', /2000 Zeichen/],
    ['no consent', { consent: '' }, 'consent', /Einwilligung/],
    ['an adoption not in the list', { adoption: '999999' }, 'adoption', /aus der Liste/],
    ['a tampered postcode', { postcode: '00000' }, 'postcode', /gibt es in Deutschland nicht/],
    ['a malformed postcode', { postcode: '4413' }, 'postcode', /fünfstellige/],
    ['a name with control characters', { name: 'Erika\u0000' }, 'name', /200 Zeichen/],
  ]
  for (const [what, overrides, field, message] of BAD_INPUTS) {
    it(`refuses ${what}: error next to the field, nothing stored`, async () => {
      const { form, headers } = await loadQuestionForm()
      const email = `bad-${randomUUID()}@example.org`
      const response = await postRequestForm(
        form,
        {
          adoption: await adoptionIdOf(DORTMUND),
          message: 'Eine Frage',
          email,
          consent: 'on',
          answer: answer(form),
          ...overrides,
        },
        headers,
      )
      expect(response.status).toBe(200)
      expect(fieldErrors(await response.text())[field]).toMatch(message)
      expect(await questionsBy(overrides.email ? overrides.email.toLowerCase() : email)).toEqual([])
    })
  }

  it('answers in English on the English page', async () => {
    const { form, headers } = await loadQuestionForm({ locale: 'en' })
    const response = await postRequestForm(
      form,
      { adoption: '999999', message: '', email: 'x@', answer: answer(form) },
      headers,
    )
    const errors = fieldErrors(await response.text())
    expect(errors.email).toMatch(/valid email/)
    expect(errors.adoption).toMatch(/from the list/)
    expect(errors.consent).toMatch(/consent/)
  })

  const BOT_CASES: [string, Partial<Record<string, string>>, boolean, RegExp][] = [
    ['a filled honeypot', { website: 'http://spam.example' }, true, /sehr schnell/],
    ['a forged form token', { formToken: '1.abc.forged' }, true, /sehr schnell/],
    ['a wrong answer', { answer: '999' }, true, /Sicherheitsfrage stimmt nicht/],
    ['no answer and no proof', { answer: '' }, true, /Sicherheitsprüfung/],
    ['sending too fast', {}, false, /sehr schnell/],
  ]
  for (const [what, overrides, wait, message] of BOT_CASES) {
    it(`refuses ${what}: nothing stored`, async () => {
      const { form, headers } = await loadQuestionForm({ wait })
      const email = `bot-${randomUUID()}@example.org`
      const response = await postRequestForm(
        form,
        {
          adoption: await adoptionIdOf(DORTMUND),
          message: 'Eine Frage',
          email,
          consent: 'on',
          answer: answer(form),
          ...overrides,
        },
        headers,
      )
      expect(response.status).toBe(200)
      expect(await response.text()).toMatch(message)
      expect(await questionsBy(email)).toEqual([])
    })
  }

  it('a form token admits one question only', async () => {
    const { form, headers } = await loadQuestionForm()
    const fields = {
      adoption: await adoptionIdOf(DORTMUND),
      message: 'Zweimal gesendet',
      email: `replay-${randomUUID()}@example.org`,
      consent: 'on',
      answer: answer(form),
    }
    expect((await postRequestForm(form, fields, headers)).status).toBe(303)
    const again = await postRequestForm(form, fields, headers)
    expect(again.status).toBe(200)
    expect(await again.text()).toMatch(/abgelaufen/)
    expect(await questionsBy(fields.email)).toHaveLength(1)
  })

  it('takes at most three questions a day from one address (like requests)', async () => {
    const email = `limit-${randomUUID()}@example.org`
    for (let i = 0; i < 3; i += 1) await ask({ email })
    const { form, headers } = await loadQuestionForm()
    const response = await postRequestForm(
      form,
      {
        adoption: await adoptionIdOf(DORTMUND),
        message: 'Die vierte Frage',
        email: email.toUpperCase(),
        consent: 'on',
        answer: answer(form),
      },
      headers,
    )
    expect(response.status).toBe(200)
    expect(fieldErrors(await response.text()).email).toMatch(/schon mehrere Fragen/)
    expect(await questionsBy(email)).toHaveLength(3)
  })

  it('stops one client after the form-post limit', async () => {
    const headers = headersOfNewVisitor()
    const limit = Number(serverEnvironment({ smtpPort: 0 }).REQUEST_RATE_LIMIT)
    let last = ''
    for (let i = 0; i <= limit; i += 1) {
      const { form } = await loadQuestionForm({ headers, wait: false })
      const response = await postRequestForm(form, { message: 'x' }, headers)
      last = await response.text()
    }
    expect(last).toMatch(/zu viele Anfragen.*in \d+ Minuten erneut/)
  })
})

const forward = (id: number | string, actor: Actor) =>
  api({ path: `/api/adopter-questions/${id}/forward`, method: 'POST', token: actor.token })

describe('forwarding to the adopter', () => {
  it('is refused with 400 naming the field when the adopter did not agree', async () => {
    const { question } = await ask({ adopter: 'Duisburg' })
    const response = await forward(question.id, actors.officeWest)
    expect(response.status).toBe(400)
    expect(response.body).toEqual({
      errors: [
        {
          field: 'contactConsent.given',
          message: expect.stringContaining('nicht zugestimmt'),
        },
      ],
    })
    const stored = await payload.findByID({
      collection: COLLECTIONS.adopterQuestions,
      id: question.id,
      overrideAccess: true,
    })
    expect(stored.forwardedAt).toBeFalsy()
  })

  it('queues a mail to the adopter when they agreed, once', async () => {
    const message = `Frage ${randomUUID()}`
    const { question, email } = await ask({ message })
    const response = await forward(question.id, actors.officeWest)
    expect(response.status).toBe(200)
    const mail = await mailWith(CONSENTED_ADDRESS, message)
    expect(mail?.text).toContain(email)
    // The asker is never told the adopter's address.
    expect(mailsTo(email).some((m) => m.text.includes(CONSENTED_ADDRESS))).toBe(false)
    const again = await forward(question.id, actors.officeWest)
    expect(again.status).toBe(400)
    expect((again.body as { errors: { field: string }[] }).errors[0].field).toBe('forwardedAt')
  })

  const REFUSED: [ActorKey, number][] = [
    ['anonymous', 401],
    ['projectStaff', 403],
    ['officeSued', 404],
  ]
  for (const [actor, status] of REFUSED) {
    it(`${actor} cannot forward (${status}), and nothing is sent`, async () => {
      const message = `Nicht weiterleiten ${randomUUID()}`
      const { question } = await ask({ message })
      const response = await forward(question.id, actors[actor])
      expect(response.status).toBe(status)
      await sleep(1_500)
      expect(caughtMails().some((mail) => mail.text.includes(message))).toBe(false)
    })
  }
})

describe('access to questions', () => {
  const READ: [ActorKey, number, boolean][] = [
    ['admin', 200, true],
    ['officeWest', 200, true],
    ['officeSued', 404, false],
    ['projectStaff', 403, false],
    ['anonymous', 403, false],
  ]
  for (const [actor, status, canRead] of READ) {
    it(`${actor}: REST ${status}, Local API ${canRead ? 'reads' : 'reads nothing'}`, async () => {
      const { question, email } = await ask()
      const rest = await api({
        path: `/api/adopter-questions/${question.id}`,
        token: actors[actor].token,
      })
      expect(rest.status).toBe(status)
      expect(rest.text.includes(email)).toBe(canRead)
      const list = await api({
        path: '/api/adopter-questions?limit=100',
        token: actors[actor].token,
      })
      expect(list.text.includes(email)).toBe(canRead)
      const user = actors[actor].user
      const local = await payload
        .find({
          collection: COLLECTIONS.adopterQuestions,
          where: { id: { equals: question.id } },
          overrideAccess: false,
          user: user ?? undefined,
        })
        .then(({ docs }) => docs.length)
        .catch(() => 0)
      expect(local).toBe(canRead ? 1 : 0)
    })
  }

  it('staff of another office cannot see or set an adoption’s contact consent', async () => {
    const id = await adoptionIdOf(DORTMUND)
    const asSued = await api({ path: `/api/adoptions/${id}`, token: actors.officeSued.token })
    expect(asSued.status).toBe(200)
    expect(asSued.body).not.toHaveProperty('contactConsent')
    const asWest = await api({ path: `/api/adoptions/${id}`, token: actors.officeWest.token })
    expect((asWest.body as { contactConsent?: { given?: boolean } }).contactConsent?.given).toBe(
      true,
    )
    const anonymous = await api({ path: `/api/adoptions/${id}` })
    expect(anonymous.body).not.toHaveProperty('contactConsent')
    expect(anonymous.text).not.toContain(CONSENTED_ADDRESS)
  })

  it('the adoption’s office records the consent on the adopter’s word, stamped with the time', async () => {
    const id = await adoptionIdOf('Köln')
    const response = await api({
      path: `/api/adoptions/${id}`,
      method: 'PATCH',
      token: actors.officeWest.token,
      // The admin form sends the group whole, an earlier source included: the office's change wins.
      body: {
        contactConsent: {
          given: true,
          note: 'telefonisch',
          email: 'koeln@example.org',
          source: 'requester',
        },
      },
    })
    expect(response.status).toBe(200)
    const stored = await payload.findByID({
      collection: COLLECTIONS.adoptions,
      id,
      overrideAccess: true,
    })
    expect(stored.contactConsent?.given).toBe(true)
    expect(stored.contactConsent?.source).toBe('office')
    expect(stored.contactConsent?.at).toBeTruthy()
  })
})

describe('the asker’s data', () => {
  it('is in the per-address export', async () => {
    const { question, email } = await ask()
    const response = await api({
      path: '/api/adoption-requests/data-export',
      method: 'POST',
      token: actors.admin.token,
      body: { email: email.toUpperCase() },
    })
    expect(response.status).toBe(200)
    const body = JSON.parse(response.text) as { adopterQuestions: { id: number }[] }
    expect(body.adopterQuestions.map((q) => q.id)).toEqual([question.id])
  })
})

describe('the adopter’s consent, asked on the tracking page of an adopted request', () => {
  /** A request "übernommen" by the office (which records its adoption), with its tracking page. */
  const adoptedRequest = async () => {
    const email = `uebernommen-${randomUUID()}@example.org`
    const request = await fixtures.request({ requester: { email } })
    for (const status of ['in-review', 'in-consultation', 'adopted'] as const)
      await payload.update({
        collection: COLLECTIONS.adoptionRequests,
        id: request.id,
        data: { status },
        user: actors.officeWest.user ?? undefined,
        overrideAccess: false,
        depth: 0,
      })
    const stored = (await payload.findByID({
      collection: COLLECTIONS.adoptionRequests,
      id: request.id,
      overrideAccess: true,
    })) as AdoptionRequest
    const { docs } = await payload.find({
      collection: COLLECTIONS.adoptions,
      where: { sourceRequest: { equals: request.id } },
      overrideAccess: true,
    })
    return { email, path: `/anfrage/${stored.trackingToken}`, adoption: docs[0] }
  }

  const postForm = async (path: string, id: string, extra: Record<string, string> = {}) => {
    const page = await api({ path })
    const form = new RegExp(`<form[^>]*id="${id}"[^>]*>([\\s\\S]*?)</form>`).exec(page.text)
    const body = new FormData()
    for (const [name, value] of Object.entries({ ...hiddenFields(form?.[1] ?? ''), ...extra }))
      body.append(name, value)
    return fetch(`${inject('baseURL')}${path}`, {
      method: 'POST',
      body,
      redirect: 'manual',
      headers: { origin: inject('baseURL'), ...headersOfNewVisitor() },
    })
  }

  it('is asked once the request is adopted, and the answer is stored on its adoption', async () => {
    const { path, adoption } = await adoptedRequest()
    expect(adoption).toBeDefined()
    const before = await api({ path })
    expect(before.text).toContain('Dürfen Interessierte Sie fragen?')
    expect(before.text).toContain('nicht an Sie weitergeleitet')
    const response = await postForm(path, 'kontakt')
    expect(response.status).toBe(303)
    const stored = await payload.findByID({
      collection: COLLECTIONS.adoptions,
      id: adoption.id,
      overrideAccess: true,
    })
    expect(stored.contactConsent?.given).toBe(true)
    expect(stored.contactConsent?.source).toBe('requester')
    expect((await api({ path })).text).toContain('Sie haben zugestimmt')
  })

  it('is not asked while the request is open', async () => {
    const request = await fixtures.request()
    const stored = await payload.findByID({
      collection: COLLECTIONS.adoptionRequests,
      id: request.id,
      overrideAccess: true,
    })
    const page = await api({ path: `/anfrage/${stored.trackingToken}` })
    expect(page.status).toBe(200)
    expect(page.text).not.toContain('Dürfen Interessierte Sie fragen?')
  })

  it('lets the office forward to the address of the request', async () => {
    const { path, adoption, email } = await adoptedRequest()
    await postForm(path, 'kontakt')
    const message = `Über die Anfrage ${randomUUID()}`
    const question = await payload.create({
      collection: COLLECTIONS.adopterQuestions,
      data: {
        product: adoption.product as number,
        adoption: adoption.id,
        asker: { email: 'fragende@example.org' },
        message,
        consent: { given: true, givenAt: new Date().toISOString(), privacyPolicyVersion: '1' },
      },
      overrideAccess: true,
    })
    expect((await forward(question.id, actors.officeWest)).status).toBe(200)
    // The requester has had mails about the request before: wait for the one with the question.
    expect((await mailWith(email, message))?.text).toContain(message)
  })
})
