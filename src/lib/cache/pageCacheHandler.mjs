// @ts-check
/**
 * Next's page cache (next.config.ts `cacheHandler`), kept in this process's memory and valid for
 * one state of the public data.
 *
 * Every public read goes through one snapshot per language (src/data/snapshot.ts), which compares
 * a fingerprint of the shared database at most once a second. The app registers a function that
 * answers which snapshots pages are rendered from now (src/lib/http/publicPages.ts). A page
 * is kept with the generation that was current when its render began (the miss that started it)
 * and served only while that generation is still current, so after a publish, edit or unpublish on
 * any instance each instance renders its pages anew within about a second of noticing; a render
 * that began before the change is never kept as if it were after it.
 *
 * Until the app has registered the function (no public page rendered yet in this process), nothing
 * is served from here. Entries are dropped least recently used first beyond MAX_BYTES.
 *
 * Plain JavaScript: Next imports this file at runtime by its path, outside the app's bundle.
 */

/** Where the app registers what it tells the server (src/lib/http/publicPages.ts). */
const PUBLIC_PAGES = Symbol.for('transferkatalog.publicPages')

const MAX_BYTES = (Number(process.env.PAGE_CACHE_MB) || 64) * 1024 * 1024
/** A miss whose render never finished (an error) is forgotten after this long. */
const RENDER_TIMEOUT_MS = 60_000

/** @returns {Promise<string | undefined>} */
const currentGeneration = async () => {
  const registered = /** @type {Record<symbol, any>} */ (globalThis)[PUBLIC_PAGES]
  return registered ? registered.generation() : undefined
}

/** @param {any} value */
const sizeOf = (value) => {
  if (!value || typeof value !== 'object') return 1024
  let bytes = 1024
  for (const part of [value.html, value.rscData, value.body, value.data]) {
    if (typeof part === 'string') bytes += part.length * 2
    else if (part && typeof part.byteLength === 'number') bytes += part.byteLength
    else if (part && typeof part === 'object') bytes += JSON.stringify(part).length * 2
  }
  if (value.segmentData instanceof Map)
    for (const segment of value.segmentData.values()) bytes += segment?.byteLength ?? 0
  return bytes
}

/** @typedef {{ value: unknown, lastModified: number, generation: string, bytes: number }} Entry */

export default class PageCacheHandler {
  /** @type {Map<string, Entry>} in order of last use */
  static entries = new Map()
  static bytes = 0
  /** @type {Map<string, { generation: string, at: number }>} misses whose render is under way */
  static rendering = new Map()

  /** @param {string} key */
  async get(key) {
    const generation = await currentGeneration()
    if (generation === undefined) return null
    const { entries, rendering } = PageCacheHandler
    // A render may follow this call: after a miss, or in the background after a hit Next finds
    // stale. Such a page is kept as of the generation current now, before it reads anything.
    const started = rendering.get(key)
    if (!started || Date.now() - started.at > RENDER_TIMEOUT_MS)
      rendering.set(key, { generation, at: Date.now() })
    const entry = entries.get(key)
    if (entry && entry.generation === generation) {
      entries.delete(key)
      entries.set(key, entry)
      return { value: entry.value, lastModified: entry.lastModified }
    }
    PageCacheHandler.forget(key)
    return null
  }

  /**
   * @param {string} key
   * @param {unknown} value
   */
  async set(key, value) {
    const { entries, rendering } = PageCacheHandler
    const started = rendering.get(key)
    rendering.delete(key)
    PageCacheHandler.forget(key)
    // A page whose render did not begin with a call here (a build) has no known generation.
    if (!value || !started) return
    const bytes = sizeOf(value)
    entries.set(key, { value, lastModified: Date.now(), generation: started.generation, bytes })
    PageCacheHandler.bytes += bytes
    for (const [oldest] of entries) {
      if (PageCacheHandler.bytes <= MAX_BYTES) break
      PageCacheHandler.forget(oldest)
    }
  }

  /** Next's revalidatePath and revalidateTag (not used by the app): start afresh. */
  async revalidateTag() {
    PageCacheHandler.entries.clear()
    PageCacheHandler.bytes = 0
  }

  resetRequestCache() {}

  /** @param {string} key */
  static forget(key) {
    const entry = PageCacheHandler.entries.get(key)
    if (!entry) return
    PageCacheHandler.bytes -= entry.bytes
    PageCacheHandler.entries.delete(key)
  }
}
