/** The database is chosen from DATABASE_URL alone, and a wrong setting stops start-up clearly. */
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { createLocalReq, initTransaction, killTransaction } from 'payload'

import { COLLECTIONS } from '@/constants'
import { WriteQueueTimeoutError } from '@/db/busyTimeoutOnEveryConnection'
import { chooseDatabase, DatabaseUrlError, DEFAULT_SQLITE_URL } from '@/lib/database'

import { testEnvironment } from '../helpers/env'
import { makeFixtures } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { freePort, run } from '../helpers/processes'

describe('chooseDatabase', () => {
  it('uses the embedded SQLite file when DATABASE_URL is unset or empty', () => {
    for (const value of [undefined, '', '   ']) {
      expect(chooseDatabase(value)).toEqual({
        kind: 'sqlite',
        url: DEFAULT_SQLITE_URL,
        filePath: './data/transferkatalog.db',
      })
    }
  })

  it('uses SQLite for file: URLs', () => {
    expect(chooseDatabase('file:/tmp/x.db')).toMatchObject({
      kind: 'sqlite',
      filePath: '/tmp/x.db',
    })
    expect(chooseDatabase('file:./data/other.db')).toMatchObject({
      kind: 'sqlite',
      filePath: './data/other.db',
    })
  })

  it('uses MongoDB for mongodb:// and mongodb+srv:// URLs', () => {
    expect(chooseDatabase('mongodb://127.0.0.1:27017/transferkatalog?replicaSet=rs0')).toEqual({
      kind: 'mongodb',
      url: 'mongodb://127.0.0.1:27017/transferkatalog?replicaSet=rs0',
    })
    expect(chooseDatabase('mongodb+srv://user:pw@cluster0.example.net/tk').kind).toBe('mongodb')
  })

  it('refuses anything else with a message naming the accepted forms, without the password', () => {
    for (const value of [
      'postgres://user:geheim@localhost/tk',
      'mysql://localhost',
      'transferkatalog.db',
      'mongodb://',
      'file:',
    ]) {
      expect(() => chooseDatabase(value)).toThrow(DatabaseUrlError)
      try {
        chooseDatabase(value)
      } catch (error) {
        const { message } = error as Error
        expect(message).toContain('mongodb://')
        expect(message).toContain('file:')
        expect(message).not.toContain('geheim')
      }
    }
  })

  it('is what the running configuration uses: SQLite with transactions', async () => {
    const payload = await testPayload()
    expect(payload.db.name).toBe('sqlite')
    const transaction = await payload.db.beginTransaction()
    expect(transaction).not.toBeNull()
    await payload.db.rollbackTransaction(transaction!)
  })

  it('keeps waiting for another process’s write lock on every connection, after transactions too', async () => {
    const payload = await testPayload()
    const client = (
      payload.db as unknown as {
        client: { execute: (sql: string) => Promise<{ rows: unknown[][] }> }
      }
    ).client
    for (let round = 0; round < 3; round += 1) {
      const transaction = await payload.db.beginTransaction()
      await payload.db.rollbackTransaction(transaction!)
      const { rows } = await client.execute('PRAGMA busy_timeout')
      expect(Object.values(rows[0] as object)[0]).toBe(10_000)
    }
  })

  it('fails a write outside an open transaction fast, without blocking the process', async () => {
    const payload = await testPayload()
    const organisation = await makeFixtures(payload).organisation()
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    let ticks = 0
    const ticker = setInterval(() => (ticks += 1), 100)
    const started = Date.now()
    try {
      // The same Local API call without `req` runs outside the open transaction: a deadlock by
      // construction, which must end with a clear error instead of a frozen event loop.
      await expect(
        payload.update({
          collection: COLLECTIONS.organisations,
          id: organisation.id,
          data: { name: 'Außerhalb der Transaktion' },
          overrideAccess: true,
        }),
      ).rejects.toBeInstanceOf(WriteQueueTimeoutError)
    } finally {
      clearInterval(ticker)
      await killTransaction(req)
    }
    const waitedMs = Date.now() - started
    expect(waitedMs).toBeLessThan(15_000)
    // The event loop kept turning the whole time (a synchronous lock wait would stop the ticker).
    expect(ticks).toBeGreaterThan(waitedMs / 100 / 2)
    // And the database takes writes again at once.
    const renamed = await payload.update({
      collection: COLLECTIONS.organisations,
      id: organisation.id,
      data: { name: 'Wieder beschreibbar' },
      overrideAccess: true,
    })
    expect(renamed.name).toBe('Wieder beschreibbar')
  })
})

describe('start-up of the built app', () => {
  const root = path.resolve(import.meta.dirname, '../..')
  const startWith = async (overrides: Record<string, string | undefined>) => {
    const port = await freePort()
    return run({
      command: path.join(root, 'node_modules/.bin/next'),
      args: ['start', '-p', String(port), '-H', '127.0.0.1'],
      env: {
        ...testEnvironment('/tmp/transferkatalog-never-created'),
        NODE_ENV: 'production',
        ...overrides,
      },
      timeoutMs: 60_000,
    })
  }

  it('stops with a plain message for an unsupported DATABASE_URL', async () => {
    const result = await startWith({ DATABASE_URL: 'postgres://user:geheim@localhost/tk' })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('DATABASE_URL')
    expect(result.stderr).toContain('mongodb+srv://')
    expect(result.stderr).not.toContain('geheim')
  })

  it('stops with a plain message when PAYLOAD_SECRET is missing in production', async () => {
    const result = await startWith({ PAYLOAD_SECRET: '' })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('PAYLOAD_SECRET is not set')
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})
