import { APIError, type DatabaseAdapterObj } from 'payload'

type Statement = string | { sql: string }
type LibsqlTransaction = Record<'commit' | 'rollback' | 'close', (...args: unknown[]) => unknown>
type LibsqlClient = {
  execute: (statement: Statement, args?: unknown) => Promise<unknown>
  batch: (...args: unknown[]) => Promise<unknown>
  transaction: (mode?: 'write' | 'read' | 'deferred') => Promise<LibsqlTransaction>
}

const WRITE_QUEUE_TIMEOUT = 'The database is busy'

/** A write that waited `busyTimeoutMs` for this process's open transaction: answered as 503. */
export class WriteQueueTimeoutError extends APIError {
  constructor(busyTimeoutMs: number) {
    super(
      `${WRITE_QUEUE_TIMEOUT}: a write waited ${busyTimeoutMs} ms for another transaction. Please try again.`,
      503,
      undefined,
      true,
    )
    this.name = 'WriteQueueTimeoutError'
  }
}

const WRITE = /^\s*(insert|update|delete|replace)\b/i

/**
 * SQLite has one writer at a time, and libsql waits for the write lock *synchronously*, blocking
 * the whole Node process. Two things follow:
 *
 * - Across processes (the app, a CLI, a second instance) a connection must wait `busyTimeoutMs`
 *   for the other's lock. Payload sets that pragma on the first connection only, but the libsql
 *   client hands that connection to the first transaction and opens new ones without it, which
 *   then failed at once with SQLITE_BUSY. Every new connection gets the pragma here.
 * - Within one process, a second writer waiting for the first would block the very event loop
 *   the first needs to finish: a stall of `busyTimeoutMs`, then SQLITE_BUSY. So this process's
 *   writes (transactions, and writes outside one) take turns here first; the database lock is
 *   then only ever contended by other processes, which make progress while we wait.
 *
 * Deadlock: a transaction holds the turn (and, having begun with BEGIN IMMEDIATE, SQLite's write
 * lock) until it ends. A write issued *outside* that transaction by the code running inside it
 * (Payload's forgot-password did this, see src/collections/Users/endpoints/forgotPassword.ts)
 * can never get either. Going ahead after a wait, as this did before, only moved the wait into
 * SQLite, where it blocked the whole process for another `busyTimeoutMs` and then failed anyway:
 * every request of the app stalled. So a write that has not got its turn after `busyTimeoutMs`
 * fails at once with `WriteQueueTimeoutError` (the operation rolls back and answers 503); the
 * event loop never blocks. No code of this app writes outside its own transaction; a test
 * (tests/int/database.int.spec.ts) proves a nested write fails fast and leaves others unharmed.
 * SQLite only: MongoDB needs none of this.
 */
export const withBusyTimeoutOnEveryConnection = (
  adapter: DatabaseAdapterObj,
  busyTimeoutMs: number,
): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args)
    // Payload wraps a failed BEGIN in a plain Error (a 500); keep the 503 of a full write queue.
    const beginTransaction = instance.beginTransaction
    instance.beginTransaction = async function (this: typeof instance, options) {
      try {
        return await beginTransaction.call(this, options)
      } catch (error) {
        if (String((error as Error).message).includes(WRITE_QUEUE_TIMEOUT))
          throw new WriteQueueTimeoutError(busyTimeoutMs)
        throw error
      }
    }
    // Payload's job updates (queues/utilities/updateJob.js) begin a transaction and commit it only
    // when the update succeeds: a failing update (a job deleted while it ran, say) left it open,
    // and with it the write lock, so every later write of the process waited for ever. End it.
    const updateJobs = instance.updateJobs
    instance.updateJobs = async function (this: typeof instance, updateArgs) {
      try {
        return await updateJobs.call(this, updateArgs)
      } catch (error) {
        const transactionID = updateArgs.req?.transactionID
        if (transactionID) await this.rollbackTransaction(transactionID)
        throw error
      }
    }
    const connect = instance.connect
    instance.connect = async function (this: typeof instance, options) {
      await connect?.call(this, options)
      const client = (this as unknown as { client?: LibsqlClient }).client
      if (client && !(client as { patched?: boolean }).patched) patch(client, busyTimeoutMs)
    }
    return instance
  },
})

const patch = (client: LibsqlClient, busyTimeoutMs: number) => {
  let tail: Promise<void> = Promise.resolve()
  /** Waits for this process's previous writer (at most busyTimeoutMs); answers the release. */
  const turn = async (): Promise<() => void> => {
    let release!: () => void
    const previous = tail
    const mine = new Promise<void>((resolve) => (release = resolve))
    // Whoever queues after a writer that gave up waits for what that writer waited for.
    tail = previous.then(() => mine)
    let timer: NodeJS.Timeout | undefined
    const isMyTurn = await Promise.race([
      previous.then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), busyTimeoutMs))),
    ])
    clearTimeout(timer)
    if (!isMyTurn) {
      release()
      throw new WriteQueueTimeoutError(busyTimeoutMs)
    }
    return release
  }
  const execute = client.execute.bind(client)
  const batch = client.batch.bind(client)
  const begin = client.transaction.bind(client)
  const pragma = `PRAGMA busy_timeout = ${busyTimeoutMs};`

  client.execute = async (statement, args) => {
    if (!WRITE.test(typeof statement === 'string' ? statement : statement.sql))
      return execute(statement, args)
    const release = await turn()
    try {
      return await execute(statement, args)
    } finally {
      release()
    }
  }
  client.batch = async (...args) => {
    const release = await turn()
    try {
      return await batch(...args)
    } finally {
      release()
    }
  }
  client.transaction = async (mode) => {
    const release = await turn()
    try {
      // BEGIN takes the current connection; the pragma opens and configures the next one, in
      // the same tick (libsql runs both synchronously), before anyone else can use it.
      const started = begin(mode)
      await execute(pragma)
      const transaction = await started
      for (const method of ['commit', 'rollback', 'close'] as const) {
        const original = transaction[method].bind(transaction)
        transaction[method] = (...methodArgs: unknown[]) => {
          try {
            const result = original(...methodArgs)
            return result instanceof Promise ? result.finally(release) : (release(), result)
          } catch (error) {
            release()
            throw error
          }
        }
      }
      return transaction
    } catch (error) {
      release()
      throw error
    }
  }
  Object.assign(client, { patched: true })
}
