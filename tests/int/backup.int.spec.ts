/**
 * `npm run backup` while the app writes, `npm run restore` into a fresh folder: the restored
 * database passes SQLite's integrity check and holds every request whose create had committed
 * before the backup started, and the uploads come along. Restoring over existing data needs
 * `--force` and keeps what was there.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { describe, expect, inject, it } from 'vitest'

import { testContext } from '../helpers/context'
import { testEnvironment } from '../helpers/env'
import { uid } from '../helpers/fixtures'
import { sleep } from '../helpers/mail'
import { run } from '../helpers/processes'

const scratch = (name: string) => {
  const directory = path.join(inject('testDirectory'), `${name}-${uid()}`)
  mkdirSync(directory, { recursive: true })
  return directory
}

describe('backup and restore', () => {
  it('a backup taken during writes restores every request committed before it began', async () => {
    const { fixtures } = await testContext()
    const env = testEnvironment(inject('testDirectory'))
    const committed: number[] = []
    let isWriting = true
    // A steady stream of writes; the pause lets this process's event loop see the backup end.
    const writer = (async () => {
      while (isWriting) {
        committed.push((await fixtures.request()).id)
        await sleep(100)
      }
    })()
    while (committed.length < 5) await sleep(50)

    const before = [...committed]
    const target = path.join(scratch('backup'), 'copy')
    const backup = await run({ command: 'npm', args: ['run', 'backup', target], env })
    const writtenDuring = committed.length - before.length
    isWriting = false
    await writer
    expect(backup.code, backup.stderr).toBe(0)
    expect(backup.stdout).toContain(`Backup written to ${target}`)
    // The writes went on while the backup ran.
    expect(writtenDuring).toBeGreaterThan(0)

    const fresh = scratch('restored')
    const restoredEnv = {
      DATABASE_URL: `file:${fresh}/data/restored.db`,
      MEDIA_DIR: `${fresh}/media`,
    }
    const restore = await run({
      command: 'npm',
      args: ['run', 'restore', target],
      env: restoredEnv,
    })
    expect(restore.code, restore.stderr).toBe(0)
    expect(restore.stdout).toContain(`restored the database to ${fresh}/data/restored.db`)

    const client = createClient({ url: restoredEnv.DATABASE_URL })
    try {
      const integrity = await client.execute('PRAGMA integrity_check')
      expect(integrity.rows.map((row) => row[0])).toEqual(['ok'])
      const found = await client.execute({
        sql: `SELECT id FROM adoption_requests WHERE id IN (${before.map(() => '?').join(',')})`,
        args: before,
      })
      expect(found.rows.map((row) => Number(row.id)).sort((a, b) => a - b)).toEqual(
        [...before].sort((a, b) => a - b),
      )
      // Each came back whole: its first history entry was written in the same transaction.
      const history = await client.execute({
        sql: `SELECT COUNT(DISTINCT _parent_id) AS n FROM adoption_requests_status_history WHERE _parent_id IN (${before.map(() => '?').join(',')})`,
        args: before,
      })
      expect(Number(history.rows[0].n)).toBe(before.length)
    } finally {
      client.close()
    }

    // The uploads that existed when the backup ran are all there.
    const uploads = readdirSync(env.MEDIA_DIR)
    expect(uploads.length).toBeGreaterThan(0)
    expect(readdirSync(restoredEnv.MEDIA_DIR)).toEqual(expect.arrayContaining(uploads))
  })

  it('restore refuses to replace existing data unless forced, and then keeps it aside', async () => {
    const backup = scratch('fake-backup')
    writeFileSync(path.join(backup, 'database.db'), 'from the backup')
    const target = scratch('occupied')
    const databaseFile = path.join(target, 'app.db')
    writeFileSync(databaseFile, 'current data')
    writeFileSync(`${databaseFile}-wal`, 'current log')
    const env = { DATABASE_URL: `file:${databaseFile}`, MEDIA_DIR: path.join(target, 'media') }

    const refused = await run({ command: 'npm', args: ['run', 'restore', backup], env })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(`Refusing to overwrite ${databaseFile}`)
    expect(readFileSync(databaseFile, 'utf8')).toBe('current data')

    const forced = await run({
      command: 'npm',
      args: ['run', 'restore', backup, '--', '--force'],
      env,
    })
    expect(forced.code, forced.stderr).toBe(0)
    expect(readFileSync(databaseFile, 'utf8')).toBe('from the backup')
    // The old log must not be replayed onto the restored file: it was moved aside with it.
    expect(existsSync(`${databaseFile}-wal`)).toBe(false)
    const kept = readdirSync(target).filter((name) => name.includes('.replaced-'))
    expect(kept).toHaveLength(2)
    expect(forced.stdout).toMatch(/moved .*app\.db to .*app\.db\.replaced-/)
  })
})
