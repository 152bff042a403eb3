/**
 * Cross-site request forgery and response headers: a state change that a browser sends for
 * another site is refused whatever the login, and every answer carries the security headers.
 */
import { describe, expect, inject, it } from 'vitest'

import { COLLECTIONS } from '@/constants'

import type { ActorKey } from '../helpers/actors'
import { type AttackCase, type AttackContext, describeCorpus } from '../helpers/attack'
import { testContext } from '../helpers/context'
import { api } from '../helpers/http'

const STAFF: ActorKey[] = ['projectStaff', 'officeWest', 'officeSued', 'admin']
const ALL: ActorKey[] = ['anonymous', ...STAFF]

const FOREIGN: Record<string, Record<string, string>> = {
  'an evil origin': { Origin: 'http://evil.example' },
  'Origin: null': { Origin: 'null' },
  'Sec-Fetch-Site: cross-site': { 'Sec-Fetch-Site': 'cross-site' },
  'a look-alike origin': { Origin: 'http://127.0.0.1.evil.example' },
}

const organisationPath = async ({ fixtures }: AttackContext) =>
  `/api/${COLLECTIONS.organisations}/${(await fixtures.organisation()).id}`

/** Writes that each role could otherwise make with its login cookie. */
const WRITES: Pick<AttackCase, 'name' | 'method' | 'path' | 'body'>[] = [
  { name: 'rename an organisation', method: 'PATCH', path: organisationPath, body: { name: 'X' } },
  { name: 'delete an organisation', method: 'DELETE', path: organisationPath },
  {
    name: 'create an organisation',
    method: 'POST',
    path: `/api/${COLLECTIONS.organisations}`,
    body: { name: 'Von fremder Seite', type: 'company' },
  },
  { name: 'log out', method: 'POST', path: '/api/users/logout' },
  {
    name: 'change the site settings',
    method: 'POST',
    path: '/api/globals/site-settings',
    body: { contactEmail: 'evil@example.org' },
  },
  { name: 'post a server action to the admin', method: 'POST', path: '/admin', body: [] },
  { name: 'post the request form', method: 'POST', path: '/anfrage', body: {} },
]

const crossSite: AttackCase[] = STAFF.flatMap((actor) =>
  WRITES.flatMap((write) =>
    Object.entries(FOREIGN).map(([from, headers]) => ({
      ...write,
      name: `${write.name} from ${from} with the login cookie`,
      actor,
      asCookie: true,
      headers: write.path === '/admin' ? { ...headers, 'Next-Action': 'x' } : headers,
      status: 403,
    })),
  ),
)

const anonymousCrossSite: AttackCase[] = WRITES.map((write) => ({
  ...write,
  name: `${write.name} from an evil origin without login`,
  actor: 'anonymous',
  headers: { Origin: 'http://evil.example' },
  status: 403,
}))

describeCorpus('cross-site state changes', [...crossSite, ...anonymousCrossSite])

describe('same-site requests', () => {
  it('accepts a cookie-authenticated change from the app’s own origin', async () => {
    const { fixtures, actors } = await testContext()
    const organisation = await fixtures.organisation()
    const response = await api({
      path: `/api/${COLLECTIONS.organisations}/${organisation.id}`,
      method: 'PATCH',
      body: { name: 'Von der eigenen Seite' },
      headers: {
        Cookie: `payload-token=${actors.officeWest.token}`,
        Origin: inject('baseURL'),
        'Sec-Fetch-Site': 'same-origin',
      },
    })
    expect(response.status).toBe(200)
  })

  it('accepts a token-authenticated change from a script that sends no Origin', async () => {
    const { fixtures, actors } = await testContext()
    const organisation = await fixtures.organisation()
    const response = await api({
      path: `/api/${COLLECTIONS.organisations}/${organisation.id}`,
      method: 'PATCH',
      token: actors.admin.token,
      body: { name: 'Per Skript' },
    })
    expect(response.status).toBe(200)
  })
})

const PAGES: { path: string; actor: ActorKey }[] = [
  { path: '/', actor: 'anonymous' },
  { path: '/produkte', actor: 'anonymous' },
  { path: '/en/produkte', actor: 'anonymous' },
  { path: '/anfrage', actor: 'anonymous' },
  { path: '/gibt-es-nicht', actor: 'anonymous' },
  { path: '/admin/login', actor: 'anonymous' },
  { path: '/robots.txt', actor: 'anonymous' },
  { path: '/favicon.svg', actor: 'anonymous' },
  { path: `/api/${COLLECTIONS.transferProducts}?limit=1`, actor: 'anonymous' },
  ...ALL.map((actor) => ({ path: `/api/${COLLECTIONS.adoptionRequests}?limit=1`, actor })),
  ...ALL.map((actor) => ({ path: '/api/users/me', actor })),
]

describe('security headers', () => {
  for (const { path, actor } of PAGES) {
    it(`${actor}: ${path} carries the policy headers`, async () => {
      const { actors } = await testContext()
      const response = await fetch(`${inject('baseURL')}${path}`, {
        headers: actors[actor].token ? { Authorization: `JWT ${actors[actor].token}` } : {},
      })
      const csp = response.headers.get('content-security-policy') ?? ''
      for (const directive of [
        "default-src 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ])
        expect(csp).toContain(directive)
      expect(csp).not.toMatch(/https?:\/\/|\*/)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('permissions-policy')).toMatch(
        /camera=\(\).*microphone=\(\).*geolocation=\(\)/,
      )
      if (path.startsWith('/api/')) expect(response.headers.get('cache-control')).toBe('no-store')
    })
  }
})
