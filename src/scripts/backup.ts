/**
 * `npm run backup [TARGET]`: a consistent copy of the SQLite database and the uploads while the
 * app keeps running, into TARGET (default `backups/transferkatalog-<time>`), a folder holding
 * `database.db`, `media/` and `backup.json`. Bring it back with `npm run restore TARGET`.
 *
 * The database is copied with `VACUUM INTO` on the app's own client: one read transaction, so
 * the copy holds exactly the transactions committed before it began, and writers go on (WAL).
 * Uploads are copied after the database, so every file the copy refers to is there (a file
 * deleted in between is the one exception). MongoDB: `mongodump --oplog` (see README).
 * Runs through `payload run` (loads .env and the config).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import config from '@payload-config'
import { getPayload } from 'payload'

import { chooseDatabase } from '@/lib/database'

type Client = { execute: (statement: { sql: string; args: string[] }) => Promise<unknown> }

const fail = (message: string): never => {
  console.error(message)
  process.exit(1)
}

const database = chooseDatabase(process.env.DATABASE_URL)
if (database.kind !== 'sqlite')
  fail('DATABASE_URL points at MongoDB: back it up with `mongodump --oplog` (README, Operations).')

const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const target = path.resolve(process.argv[2] ?? path.join('backups', `transferkatalog-${stamp}`))
if (existsSync(target) && readdirSync(target).length > 0)
  fail(`${target} is not empty; name a new folder for the backup.`)
mkdirSync(target, { recursive: true })

const payload = await getPayload({ config })
try {
  const started = new Date()
  const client = (payload.db as unknown as { client: Client }).client
  const databaseFile = path.join(target, 'database.db')
  await client.execute({ sql: 'VACUUM INTO ?', args: [databaseFile] })

  const mediaSource = path.resolve(process.env.MEDIA_DIR || path.join(process.cwd(), 'media'))
  const mediaTarget = path.join(target, 'media')
  mkdirSync(mediaTarget, { recursive: true })
  if (existsSync(mediaSource)) cpSync(mediaSource, mediaTarget, { recursive: true })
  const mediaFiles = readdirSync(mediaTarget, { recursive: true }).length

  writeFileSync(
    path.join(target, 'backup.json'),
    `${JSON.stringify({ createdAt: started.toISOString(), database: 'database.db', media: 'media', mediaFiles }, null, 2)}\n`,
  )
  console.info(
    `Backup written to ${target}: the database as of ${started.toISOString()} and ${mediaFiles} media file(s).`,
  )
  process.exit(0)
} catch (error) {
  console.error('Backup failed:', error)
  process.exit(1)
}
