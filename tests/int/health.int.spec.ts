/**
 * `GET /api/health` for load balancers: 200 with the database reachable, the migrations current
 * and the age of the oldest due job; 503 when the schema is behind the code. No personal data,
 * no versions, never cached.
 */
import { describe, expect, inject, it } from 'vitest'

import { migrations } from '@/migrations'

import { testPayload } from '../helpers/payload'

const health = async () => {
  const response = await fetch(`${inject('baseURL')}/api/health`)
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    text: await response.text(),
  }
}

describe('GET /api/health', () => {
  it('answers 200 with the database, the migrations and the age of the oldest due job', async () => {
    const payload = await testPayload()
    // A job in a queue no instance works on, due for ten minutes.
    const job = await payload.jobs.queue({
      task: 'sendEmail',
      queue: 'health-check-test',
      input: { kind: 'confirmation', to: 'health@example.org', subject: 'Test', text: 'Test' },
    })
    await payload.db.updateOne({
      collection: 'payload-jobs',
      id: job.id,
      data: { createdAt: new Date(Date.now() - 600_000).toISOString() },
      returning: false,
    })
    try {
      const answer = await health()
      expect(answer.status, answer.text).toBe(200)
      expect(answer.cacheControl).toBe('no-store')
      const body = JSON.parse(answer.text) as Record<string, unknown>
      expect(Object.keys(body).sort()).toEqual(
        ['database', 'jobRunner', 'migrations', 'oldestDueJobSeconds', 'status'].sort(),
      )
      expect(body).toMatchObject({ status: 'ok', database: 'reachable', migrations: 'current' })
      expect(body.oldestDueJobSeconds).toBeGreaterThanOrEqual(600)
      // No addresses, no version numbers.
      expect(answer.text).not.toMatch(/@|\d+\.\d+\.\d+/)
    } finally {
      await payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true })
    }
  })

  it('answers 503 when a committed migration is missing from the database', async () => {
    const payload = await testPayload()
    const last = migrations[migrations.length - 1].name
    const { docs } = await payload.delete({
      collection: 'payload-migrations',
      where: { name: { equals: last } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    try {
      const answer = await health()
      expect(answer.status, answer.text).toBe(503)
      expect(answer.cacheControl).toBe('no-store')
      expect(JSON.parse(answer.text)).toMatchObject({
        status: 'unavailable',
        database: 'reachable',
        migrations: 'behind',
        pendingMigrations: 1,
      })
    } finally {
      await payload.create({
        collection: 'payload-migrations',
        data: { name: last, batch: docs[0].batch },
        overrideAccess: true,
      })
    }
    expect((await health()).status).toBe(200)
  })
})
