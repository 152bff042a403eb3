/**
 * Fixed-window counters per key, in this process's memory (no personal data is stored beyond the
 * window, and nothing leaves the machine). Several instances each count their own share; put a
 * shared limit in the reverse proxy when running more than one.
 */
type Window = { startedAt: number; count: number }

const windows: Map<string, Window> = ((globalThis as Record<string, unknown>).__rateWindows ??=
  new Map()) as Map<string, Window>

export type RateLimit = { limit: number; windowMs: number }

export const requestRateLimit = (env: NodeJS.ProcessEnv = process.env): RateLimit => ({
  limit: Number(env.REQUEST_RATE_LIMIT ?? 10),
  windowMs: Number(env.REQUEST_RATE_WINDOW_SECONDS ?? 600) * 1000,
})

/** Counts one attempt; answers whether it is within the limit, and when the window ends. */
export const consume = (
  key: string,
  { limit, windowMs }: RateLimit,
  now = Date.now(),
): { allowed: boolean; retryAfterSeconds: number } => {
  if (windows.size > 50_000) {
    for (const [stale, window] of windows)
      if (now - window.startedAt >= windowMs) windows.delete(stale)
    // Still full (many addresses at once): start over rather than grow without bound.
    if (windows.size > 50_000) windows.clear()
  }
  const current = windows.get(key)
  const window =
    current && now - current.startedAt < windowMs ? current : { startedAt: now, count: 0 }
  window.count += 1
  windows.set(key, window)
  return {
    allowed: window.count <= limit,
    retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + windowMs - now) / 1000)),
  }
}

/**
 * The client address as the nearest proxy saw it: the last X-Forwarded-For entry (Next sets the
 * header to the socket address when no proxy did). Deploy behind a proxy that sets it.
 */
export const clientAddress = (headers: Headers): string =>
  headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() || 'unknown'
