/** Logins: failures are throttled per client and per address, without revealing accounts. */
import { describe, expect, it } from 'vitest'

import { TEST_PASSWORD } from '../helpers/env'
import { makeFixtures, uid } from '../helpers/fixtures'
import { api } from '../helpers/http'
import { testPayload } from '../helpers/payload'

const loginAs = (email: string, password: string, client: string) =>
  api({
    path: '/api/users/login',
    method: 'POST',
    body: { email, password },
    headers: { 'x-forwarded-for': client },
  })

describe('login throttling', () => {
  it('stops a client after five failed logins, even with the right password, without locking the account', async () => {
    const user = await makeFixtures(await testPayload()).user()
    const client = `198.18.1.${Math.floor(Math.random() * 250) + 1}`
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await loginAs(user.email, 'wrong-password', client)
      expect(response.status).toBe(401)
    }
    const throttled = await loginAs(user.email, TEST_PASSWORD, client)
    expect(throttled.status).toBe(429)
    expect(throttled.text).not.toContain('token')
    expect(throttled.text.toLowerCase()).not.toMatch(/gesperrt|locked/)
    // The same answer for an address without an account: the throttle is about the client.
    const unknown = await loginAs(`niemand-${uid()}@example.org`, 'whatever-1234', client)
    expect(unknown.status).toBe(429)
    expect(unknown.text.replace(/\d+/g, 'N')).toBe(throttled.text.replace(/\d+/g, 'N'))
    // The account itself is not locked: its owner, elsewhere, logs in.
    const owner = await loginAs(user.email, TEST_PASSWORD, '198.18.2.1')
    expect(owner.status).toBe(200)
  })

  it('lets a user with the right password in', async () => {
    const user = await makeFixtures(await testPayload()).user()
    const response = await api({
      path: '/api/users/login',
      method: 'POST',
      body: { email: user.email, password: TEST_PASSWORD },
    })
    expect(response.status).toBe(200)
    expect((response.body as { user: { roles: string[] } }).user.roles).toEqual(['office-staff'])
  })
})
