/** Logins: repeated failures lock the account. */
import { describe, expect, it } from 'vitest'

import { TEST_PASSWORD } from '../helpers/env'
import { makeFixtures } from '../helpers/fixtures'
import { api } from '../helpers/http'
import { testPayload } from '../helpers/payload'

describe('login lockout', () => {
  it('locks an account after five failed logins, even against the right password', async () => {
    const user = await makeFixtures(await testPayload()).user()
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await api({
        path: '/api/users/login',
        method: 'POST',
        body: { email: user.email, password: 'wrong-password' },
      })
      expect(response.status).toBe(401)
    }
    const locked = await api({
      path: '/api/users/login',
      method: 'POST',
      body: { email: user.email, password: TEST_PASSWORD },
    })
    expect(locked.status).toBe(401)
    expect(locked.text.toLowerCase()).toMatch(/gesperrt|locked/)
    expect(locked.text).not.toContain('token')
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
