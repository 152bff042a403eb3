import type { Payload } from 'payload'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { COLLECTIONS } from '@/constants'

import type { Actor, ActorKey } from '../helpers/actors'
import { testContext } from '../helpers/context'
import { type Fixtures, uid } from '../helpers/fixtures'
import { api, newClientAddress } from '../helpers/http'
import { hiddenFields } from '../helpers/requestForm'

let payload: Payload
let fixtures: Fixtures
let actors: Record<ActorKey, Actor>

beforeAll(async () => {
  ;({ payload, fixtures, actors } = await testContext())
})

const SYSTEM = { overrideAccess: true, depth: 0 } as const
const consent = () => ({ given: true, at: new Date().toISOString(), privacyPolicyVersion: '1' })

/** Everything issue 13 stores under an address besides requests: a follow and a question. */
const storedUnder = async (email: string) => {
  const adoption = await fixtures.adoption({ isPublic: true })
  const subscription = await payload.create({
    collection: COLLECTIONS.subscriptions,
    data: { email, kind: 'search', locale: 'de', status: 'confirmed', consent: consent() },
    ...SYSTEM,
  })
  const question = await payload.create({
    collection: COLLECTIONS.adopterQuestions,
    data: {
      product: adoption.product as number,
      adoption: adoption.id,
      asker: { email },
      message: `Frage ${uid()}`,
      consent: { given: true, givenAt: new Date().toISOString(), privacyPolicyVersion: '1' },
    },
    ...SYSTEM,
  })
  return { adoption, subscription, question }
}

const exists = async (collection: 'subscriptions' | 'adopter-questions', id: number | string) =>
  (await payload.findByID({ collection, id, ...SYSTEM, disableErrors: true })) !== null

const erase = (body: Record<string, unknown>, actor?: Actor) =>
  api({
    path: '/api/adoption-requests/data-erase',
    method: 'POST',
    token: actor?.token,
    body,
  })

describe('erasure of everything about one address (GDPR Art. 17)', () => {
  it('the tracking page’s "delete my data" erases only its request: the address is not proven there', async () => {
    // An attacker sends a request with a victim's address and lands on its tracking page.
    const email = `opfer-${uid()}@example.org`
    const { subscription, question } = await storedUnder(email)
    const request = await fixtures.request({ requester: { email } })
    const trackingPath = `/anfrage/${request.trackingToken}`
    const page = await api({ path: trackingPath })
    const form = /<form[^>]*id="loeschen"[^>]*>([\s\S]*?)<\/form>/.exec(page.text)?.[1] ?? ''
    const body = new FormData()
    for (const [name, value] of Object.entries({ ...hiddenFields(form), confirm: 'on' }))
      body.append(name, value)
    const response = await fetch(`${inject('baseURL')}${trackingPath}`, {
      method: 'POST',
      body,
      redirect: 'manual',
      headers: { origin: inject('baseURL'), 'x-forwarded-for': newClientAddress() },
    })
    expect(response.headers.get('location')).toBe('/anfrage/geloescht')
    const stored = await payload.findByID({
      collection: COLLECTIONS.adoptionRequests,
      id: request.id,
      ...SYSTEM,
    })
    expect(stored.anonymisedAt).toBeTruthy()
    expect(await exists(COLLECTIONS.subscriptions, subscription.id)).toBe(true)
    expect(await exists(COLLECTIONS.adopterQuestions, question.id)).toBe(true)
  })

  const REFUSALS: [string, ActorKey | undefined, Record<string, unknown>, number, string?][] = [
    ['anonymous', undefined, { email: 'a@example.org', confirm: true }, 401],
    ['project staff', 'projectStaff', { email: 'a@example.org', confirm: true }, 403],
    ['office staff', 'officeWest', { email: 'a@example.org', confirm: true }, 403],
    ['an admin without an address', 'admin', { confirm: true }, 400, 'email'],
    ['an admin with a bad address', 'admin', { email: 'nope', confirm: true }, 400, 'email'],
    ['an admin without confirming', 'admin', { email: 'a@example.org' }, 400, 'confirm'],
  ]
  it.each(REFUSALS)('refuses %s', async (_who, actor, body, status, field) => {
    const response = await erase(body, actor ? actors[actor] : undefined)
    expect(response.status).toBe(status)
    if (field) expect(response.text).toContain(`"field":"${field}"`)
  })

  it('lets an admin erase requests, questions, follows and an adopter’s contact address, logged without the address', async () => {
    const email = `loeschen-${uid()}@example.org`
    const other = `bleibt-${uid()}@example.org`
    const { adoption, subscription, question } = await storedUnder(email)
    const kept = await storedUnder(other)
    const request = await fixtures.request({ requester: { email } })
    await payload.update({
      collection: COLLECTIONS.adoptions,
      id: adoption.id,
      data: { contactConsent: { given: true, email, note: 'telefonisch' } },
      ...SYSTEM,
    })
    const auditBefore = await payload.count({
      collection: COLLECTIONS.auditLog,
      overrideAccess: true,
    })

    const response = await erase({ email: email.toUpperCase(), confirm: true }, actors.admin)
    expect(response.status).toBe(200)
    expect(response.body).toEqual({
      erased: { requests: 1, adopterQuestions: 1, subscriptions: 1, adopterContacts: 1 },
    })
    const stored = await payload.findByID({
      collection: COLLECTIONS.adoptionRequests,
      id: request.id,
      ...SYSTEM,
    })
    expect(stored.anonymisedAt).toBeTruthy()
    expect(stored.status).toBe('withdrawn')
    expect(JSON.stringify(stored)).not.toContain(email)
    expect(await exists(COLLECTIONS.subscriptions, subscription.id)).toBe(false)
    expect(await exists(COLLECTIONS.adopterQuestions, question.id)).toBe(false)
    const consentAfter = await payload.findByID({
      collection: COLLECTIONS.adoptions,
      id: adoption.id,
      ...SYSTEM,
    })
    expect(consentAfter.contactConsent).toMatchObject({ given: false, email: null })
    // Another address's records stay.
    expect(await exists(COLLECTIONS.subscriptions, kept.subscription.id)).toBe(true)
    expect(await exists(COLLECTIONS.adopterQuestions, kept.question.id)).toBe(true)
    const { docs } = await payload.find({
      collection: COLLECTIONS.auditLog,
      sort: '-createdAt',
      limit: 1,
      overrideAccess: true,
    })
    expect(
      (await payload.count({ collection: COLLECTIONS.auditLog, overrideAccess: true })).totalDocs,
    ).toBe(auditBefore.totalDocs + 1)
    expect(docs[0]).toMatchObject({ action: 'data-subject-erasure' })
    expect(JSON.stringify(docs[0])).not.toContain(email.split('@')[0])
  })

  it('puts an adopter’s contact address into the per-address export', async () => {
    const email = `kontakt-${uid()}@example.org`
    const adoption = await fixtures.adoption({ isPublic: true })
    await payload.update({
      collection: COLLECTIONS.adoptions,
      id: adoption.id,
      data: { contactConsent: { given: true, email } },
      ...SYSTEM,
    })
    const response = await api({
      path: '/api/adoption-requests/data-export',
      method: 'POST',
      token: actors.admin.token,
      body: { email },
    })
    expect(response.status).toBe(200)
    const body = response.body as { adopterContacts: { id: number }[] }
    expect(body.adopterContacts.map((entry) => entry.id)).toEqual([adoption.id])
  })
})
