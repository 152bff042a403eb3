import type { Payload } from 'payload'

import { LOCALES, type Locale } from '@/constants'
import { LruMap } from '@/lib/lru'
import type { PageRead } from './types'

/** How often an instance asks the shared database whether anything public changed. */
export const CHECK_INTERVAL_MS = 1_000
/** How long a request waits for a fresher snapshot before it is served the one it has. */
const REFRESH_WAIT_MS = 1_000
/** Memoised reads per snapshot; beyond this the least recently used are forgotten. */
const MAX_READS = 2_000

type Snapshot<T> = { stamp: string; value: T; reads: LruMap<string, Promise<unknown>> }
type Slot<T> = {
  current?: Snapshot<T>
  checkedAt: number
  refreshing?: Promise<Snapshot<T>>
  /** The running refresh found a change and builds a new snapshot (not only checks). */
  isRebuilding?: boolean
  /** A request already waited REFRESH_WAIT_MS for the running refresh: the rest need not. */
  refreshIsSlow?: boolean
}

/**
 * The snapshots' state, kept on `globalThis` so the whole process shares it. Next bundles this
 * module more than once (pages and route handlers are separate layers, each with its own copy),
 * and a copy of its own would let a page be kept under one copy's generation while it was rendered
 * from another copy's older snapshot: kept stale until the next change (CI saw English pages stay
 * behind after the feed had been requested). One state per snapshot name, whichever copy asks.
 */
type Shared = {
  slots: Map<string, Map<Locale, Slot<unknown>>>
  generations: Map<string, Generation>
}
type Generation = () => Promise<string>
const SHARED = Symbol.for('transferkatalog.snapshots')
const shared: Shared = ((globalThis as unknown as Record<symbol, Shared | undefined>)[SHARED] ??= {
  slots: new Map(),
  generations: new Map(),
})

/**
 * Which snapshots a page rendered now would read, over all snapshots: the page cache keeps a page
 * for as long as this stays the same (src/lib/cache/pageCacheHandler.mjs).
 */
export const publicGeneration = async (): Promise<string> =>
  (await Promise.all([...shared.generations.values()].map((generation) => generation()))).join('\n')

/**
 * What the public sees, per language, as one snapshot: a value built from the database (the
 * catalogue) and memoised page reads. Every instance compares a fingerprint of the shared
 * database (`stamp`) at most every CHECK_INTERVAL_MS and replaces the whole snapshot when it
 * changed, so several instances agree within seconds and the site never mixes old and new.
 * No request waits for the fingerprint: the one that finds the check due starts it and is served
 * the current snapshot (at 50 requests at once, waiting for every check cost a third of the
 * throughput), so a change shows from the first request after the check. While a new snapshot is
 * built, requests wait at most REFRESH_WAIT_MS and then get the previous one (stale while
 * revalidating); only the very first build is waited for.
 */
export const createSnapshots = <T>({
  name,
  stamp,
  build,
}: {
  /** One state per name in the process, however often this module is loaded. */
  name: string
  stamp: (payload: Payload) => Promise<string>
  build: (read: PageRead) => Promise<T>
}) => {
  if (!shared.slots.has(name)) shared.slots.set(name, new Map())
  const slots = shared.slots.get(name) as Map<Locale, Slot<T>>
  let lastPayload: Payload | undefined

  const refresh = (read: PageRead, slot: Slot<T>): Promise<Snapshot<T>> => {
    slot.refreshing ??= (async () => {
      slot.checkedAt = Date.now()
      const fingerprint = await stamp(read.payload)
      if (slot.current?.stamp === fingerprint) return slot.current
      slot.isRebuilding = true
      // Read after the fingerprint: a change in between is in the value and changes the next one.
      const snapshot = {
        stamp: fingerprint,
        value: await build(read),
        reads: new LruMap<string, Promise<unknown>>(MAX_READS),
      }
      slot.current = snapshot
      return snapshot
    })().finally(() => {
      slot.refreshing = undefined
      slot.isRebuilding = false
      slot.refreshIsSlow = false
    })
    return slot.refreshing
  }

  const get = async (read: PageRead): Promise<Snapshot<T>> => {
    if (!lastPayload) {
      lastPayload = read.payload
      shared.generations.set(name, generation)
    }
    let slot = slots.get(read.locale)
    if (!slot) slots.set(read.locale, (slot = { checkedAt: 0 }))
    const current = slot.current
    if (!current) return refresh(read, slot)
    if (!slot.refreshing && Date.now() - slot.checkedAt >= CHECK_INTERVAL_MS)
      refresh(read, slot).catch((error: unknown) => {
        read.payload.logger.error({ err: error, msg: 'Refreshing the public snapshot failed' })
      })
    // No request waits for a check; while a new snapshot is built, the first read of a page
    // waits for it, and none once it is slow.
    if (!slot.refreshing || !slot.isRebuilding || slot.refreshIsSlow) return current
    const fresher = slot.refreshing.catch(() => current)
    let timer: NodeJS.Timeout | undefined
    const stale = new Promise<Snapshot<T>>((resolve) => {
      timer = setTimeout(() => {
        slot.refreshIsSlow = true
        resolve(slot.current ?? current)
      }, REFRESH_WAIT_MS)
      timer.unref?.()
    })
    return Promise.race([fresher, stale]).finally(() => clearTimeout(timer))
  }

  /**
   * The stamps of the snapshots a page rendered now would read, checking the database as `get`
   * does. A language not read yet in this process counts as "none": nothing is built for it here.
   */
  const generation = async (): Promise<string> => {
    const payload = lastPayload!
    const stamps = await Promise.all(
      LOCALES.map(async (locale) =>
        slots.get(locale)?.current ? (await get({ payload, locale })).stamp : 'none',
      ),
    )
    return stamps.join('|')
  }

  return {
    /** The built value of the current snapshot. */
    value: async (read: PageRead): Promise<T> => (await get(read)).value,
    /**
     * A read memoised in the current snapshot under `key` (with the language implied): the same
     * answer for every visitor until the database changes. Only for reads as the public. `load`
     * gets the snapshot's value, so a read derived from it matches the snapshot it is kept in.
     * The least recently used reads are forgotten beyond MAX_READS (made-up slugs, say).
     */
    memo: async <R>(read: PageRead, key: string, load: (value: T) => Promise<R>): Promise<R> => {
      const { reads, value } = await get(read)
      const hit = reads.get(key) as Promise<R> | undefined
      if (hit) return hit
      const loading = load(value)
      reads.set(key, loading)
      // A failed read is not kept, so the next visitor tries again.
      loading.catch(() => {
        if (reads.get(key) === loading) reads.delete(key)
      })
      return loading
    },
  }
}
