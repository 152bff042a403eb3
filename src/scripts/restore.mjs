// `npm run restore BACKUP [--force]`: puts a backup written by `npm run backup` back in place,
// at DATABASE_URL (SQLite) and MEDIA_DIR. Stop the app first. Refuses to replace an existing
// database or non-empty media folder unless `--force` is given; then the old ones are moved aside
// (`….replaced-<time>`), never deleted. Plain Node: restoring needs no Payload and no database
// connection. MongoDB: `mongorestore --oplogReplay` (see README).
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs'
import path from 'node:path'

import nextEnv from '@next/env'

nextEnv.loadEnvConfig(process.cwd())

const fail = (message) => {
  console.error(message)
  process.exit(1)
}

const args = process.argv.slice(2)
const isForced = args.includes('--force')
const source = args.find((arg) => !arg.startsWith('--'))
if (!source) fail('Usage: npm run restore BACKUP_FOLDER [-- --force]')
const backup = path.resolve(source)
const backupDatabase = path.join(backup, 'database.db')
if (!existsSync(backupDatabase)) fail(`${backup} holds no database.db: not a backup folder.`)

// The same reading of DATABASE_URL as src/lib/database.ts (this script runs without TypeScript).
const url = process.env.DATABASE_URL?.trim() || 'file:./data/transferkatalog.db'
if (/^mongodb(\+srv)?:\/\//.test(url))
  fail('DATABASE_URL points at MongoDB: restore with `mongorestore --oplogReplay` (README).')
if (!url.startsWith('file:')) fail(`DATABASE_URL "${url}" is not a SQLite file URL.`)
const databaseFile = path.resolve(url.replace(/^file:(\/\/)?/, '').replace(/\?.*$/, ''))
const mediaDir = path.resolve(process.env.MEDIA_DIR || path.join(process.cwd(), 'media'))

// The write-ahead log and shared memory belong to the database they sit next to: left behind,
// SQLite would replay the old log onto the restored file.
const databaseFiles = [databaseFile, `${databaseFile}-wal`, `${databaseFile}-shm`]
const hasDatabase = databaseFiles.some((file) => existsSync(file))
const hasMedia = existsSync(mediaDir) && readdirSync(mediaDir).some((name) => !name.startsWith('.'))
if ((hasDatabase || hasMedia) && !isForced)
  fail(
    `Refusing to overwrite ${[hasDatabase && databaseFile, hasMedia && mediaDir].filter(Boolean).join(' and ')}. ` +
      'Stop the app and run again with `-- --force` (the current files are kept beside them).',
  )

const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const done = []
for (const file of databaseFiles) {
  if (!existsSync(file)) continue
  renameSync(file, `${file}.replaced-${stamp}`)
  done.push(`moved ${file} to ${file}.replaced-${stamp}`)
}
mkdirSync(path.dirname(databaseFile), { recursive: true })
cpSync(backupDatabase, databaseFile)
done.push(`restored the database to ${databaseFile}`)

if (existsSync(mediaDir) && readdirSync(mediaDir).length > 0) {
  renameSync(mediaDir, `${mediaDir}.replaced-${stamp}`)
  done.push(`moved ${mediaDir} to ${mediaDir}.replaced-${stamp}`)
}
mkdirSync(mediaDir, { recursive: true })
const backupMedia = path.join(backup, 'media')
if (existsSync(backupMedia)) cpSync(backupMedia, mediaDir, { recursive: true })
done.push(
  `restored ${readdirSync(mediaDir, { recursive: true }).length} media file(s) to ${mediaDir}`,
)

console.info(`Restore from ${backup}:\n${done.map((line) => `  - ${line}`).join('\n')}`)
