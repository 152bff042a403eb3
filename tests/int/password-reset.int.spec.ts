/**
 * Forgotten passwords on SQLite: the whole way from the request to a login with the new password,
 * while another client keeps writing. An anonymous request must never hold the database's write
 * lock, and must answer the same for known and unknown addresses.
 */
import { describe, expect, it } from 'vitest'

import { TEST_PASSWORD } from '../helpers/env'
import { testContext } from '../helpers/context'
import { api, login, newClientAddress } from '../helpers/http'
import { sleep, waitForMails } from '../helpers/mail'

/** Renames an organisation over and over as admin until stopped; answers every status seen. */
const keepWriting = (token: string, organisationId: number | string) => {
  let isRunning = true
  const statuses: number[] = []
  const done = (async () => {
    for (let round = 0; isRunning && round < 200; round += 1) {
      const started = Date.now()
      const response = await api({
        path: `/api/organisations/${organisationId}`,
        method: 'PATCH',
        token,
        body: { name: `Umbenannt ${round}` },
      })
      statuses.push(response.status)
      // Each write must come back within seconds, not after a lock timeout.
      if (Date.now() - started > 5_000) statuses.push(-1)
      await sleep(50)
    }
  })()
  return {
    stop: async () => {
      isRunning = false
      await done
      return statuses
    },
  }
}

describe('forgotten password', () => {
  it('sends a reset link that sets a new password, while another client writes', async () => {
    const { fixtures, actors } = await testContext()
    const user = await fixtures.user()
    const organisation = await fixtures.organisation()
    const writer = keepWriting(actors.admin.token!, organisation.id)
    await sleep(200)

    const requested = await api({
      path: '/api/users/forgot-password',
      method: 'POST',
      body: { email: user.email.toUpperCase() },
      headers: { 'x-forwarded-for': newClientAddress() },
    })
    expect(requested.status).toBe(200)

    const [mail] = await waitForMails(user.email)
    const token = /\/admin\/reset\/([a-f0-9]{20,})/.exec(mail.text)?.[1]
    expect(token, mail.text).toBeTruthy()

    const newPassword = 'ein-neues-passwort-5678'
    const reset = await api({
      path: '/api/users/reset-password',
      method: 'POST',
      body: { token, password: newPassword },
    })
    expect(reset.status).toBe(200)
    expect(await login({ email: user.email, password: newPassword })).toBeTruthy()

    const statuses = await writer.stop()
    expect(statuses.length).toBeGreaterThan(3)
    expect(statuses.every((status) => status === 200)).toBe(true)
  })

  it('answers an unknown address exactly as a known one, and writes go on meanwhile', async () => {
    const { fixtures, actors } = await testContext()
    const known = await fixtures.user()
    const organisation = await fixtures.organisation()
    const writer = keepWriting(actors.admin.token!, organisation.id)
    const answers = []
    for (const email of [known.email, `niemand-${organisation.id}@example.org`]) {
      const response = await api({
        path: '/api/users/forgot-password',
        method: 'POST',
        body: { email },
      })
      answers.push({ status: response.status, body: response.body })
    }
    expect(answers[0]).toEqual({ status: 200, body: answers[1].body })
    expect(answers[1].status).toBe(200)
    const statuses = await writer.stop()
    expect(statuses.every((status) => status === 200)).toBe(true)
  })

  it('sends one reset mail per address within the interval, however often it is asked', async () => {
    const { fixtures } = await testContext()
    const user = await fixtures.user()
    const client = newClientAddress()
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const response = await api({
        path: '/api/users/forgot-password',
        method: 'POST',
        body: { email: user.email },
        headers: { 'x-forwarded-for': client },
      })
      expect(response.status).toBe(200)
    }
    await waitForMails(user.email)
    await sleep(3_000)
    expect(await waitForMails(user.email)).toHaveLength(1)
  })

  it('refuses a request without an email, naming the field', async () => {
    for (const body of [{}, { email: '' }, { email: 42 }, { email: 'a\u0000@example.org' }]) {
      const response = await api({
        path: '/api/users/forgot-password',
        method: 'POST',
        body,
        headers: { 'x-forwarded-for': newClientAddress() },
      })
      expect(response.status).toBe(400)
      expect(response.text).toContain('email')
    }
  })

  it('keeps the old password when the reset token is wrong', async () => {
    const { fixtures } = await testContext()
    const user = await fixtures.user()
    const reset = await api({
      path: '/api/users/reset-password',
      method: 'POST',
      body: { token: 'f'.repeat(40), password: 'irgendein-passwort-1234' },
    })
    expect(reset.status).toBe(403)
    expect(await login({ email: user.email, password: TEST_PASSWORD })).toBeTruthy()
  })
})
