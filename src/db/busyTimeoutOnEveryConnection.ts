import type { DatabaseAdapterObj } from 'payload'

type LibsqlClient = {
  execute: (sql: string) => Promise<unknown>
  transaction: (mode?: 'write' | 'read' | 'deferred') => Promise<unknown>
}

/**
 * SQLite waits `busyTimeout` ms for another process's write lock only on connections that were
 * told so. Payload sets the pragma once, on the first connection, but the libsql client hands
 * that connection to the first transaction and opens a fresh one (without the pragma) for what
 * follows. From then on, a second process writing at the same moment (the app's job runner, a
 * CLI, a second instance) made transactions fail at once with SQLITE_BUSY. This gives every new
 * connection the same timeout. SQLite only: MongoDB has no such setting to lose.
 */
export const withBusyTimeoutOnEveryConnection = (
  adapter: DatabaseAdapterObj,
  busyTimeoutMs: number,
): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args)
    const connect = instance.connect
    instance.connect = async function (this: typeof instance, options) {
      await connect?.call(this, options)
      const client = (this as unknown as { client?: LibsqlClient }).client
      if (!client || (client as { patched?: boolean }).patched) return
      const begin = client.transaction.bind(client)
      client.transaction = async (mode) => {
        const transaction = await begin(mode)
        // The client has just opened its next connection lazily; configure it now.
        await client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs};`)
        return transaction
      }
      Object.assign(client, { patched: true })
    }
    return instance
  },
})
