/**
 * Which database the catalogue uses, decided from DATABASE_URL alone:
 * - `mongodb://…` or `mongodb+srv://…`: MongoDB (production; needs a replica set for transactions)
 * - `file:…` or unset: the embedded SQLite file (default `data/transferkatalog.db`)
 * Anything else stops start-up with a message naming the accepted forms.
 */
export type DatabaseChoice =
  { kind: 'mongodb'; url: string } | { kind: 'sqlite'; url: string; filePath: string }

export const DEFAULT_SQLITE_URL = 'file:./data/transferkatalog.db'

export class DatabaseUrlError extends Error {
  constructor(value: string) {
    super(
      `DATABASE_URL "${redact(value)}" is not supported. Use one of:\n` +
        '  mongodb://HOST:PORT/DB?replicaSet=NAME   (MongoDB replica set, production)\n' +
        '  mongodb+srv://USER:PASSWORD@CLUSTER/DB    (MongoDB Atlas)\n' +
        '  file:./data/transferkatalog.db           (embedded SQLite file)\n' +
        'or leave DATABASE_URL unset for the embedded SQLite default.',
    )
    this.name = 'DatabaseUrlError'
  }
}

/** Hides a password in a URL so that error messages never print secrets. */
const redact = (value: string): string => value.replace(/\/\/([^:/@]+):[^@/]+@/, '//$1:***@')

export const chooseDatabase = (raw: string | undefined): DatabaseChoice => {
  const value = raw?.trim() ?? ''
  if (value === '')
    return { kind: 'sqlite', url: DEFAULT_SQLITE_URL, filePath: sqlitePath(DEFAULT_SQLITE_URL) }
  if (/^mongodb(\+srv)?:\/\/[^/\s]+/.test(value)) return { kind: 'mongodb', url: value }
  if (/^file:.+/.test(value)) return { kind: 'sqlite', url: value, filePath: sqlitePath(value) }
  throw new DatabaseUrlError(value)
}

const sqlitePath = (url: string): string => url.replace(/^file:(\/\/)?/, '').replace(/\?.*$/, '')
