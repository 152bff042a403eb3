/**
 * Which address a request came from, for per-client limits. A client can send any
 * `X-Forwarded-For` it likes, so only the entries added by our own proxies count: with
 * `TRUSTED_PROXY_HOPS=N` the N-th address from the right of the chain (the header as received,
 * followed by the socket's peer), with 0 the socket's peer itself.
 *
 * Next.js hands routes, actions and its proxy only the headers, and sets `X-Forwarded-For` to the
 * socket address only when the client sent none. So the socket address is recorded by the HTTP
 * server itself (src/lib/socketAddress.ts) in a header that no client can set: every value it
 * writes carries a random per-process nonce, and a value without it is ignored.
 */
export const SOCKET_ADDRESS_HEADER = 'x-transferkatalog-socket-address'

const NONCE_KEY = '__transferkatalogSocketNonce'

/** The nonce of this process (shared with the recorder through globalThis: several bundles). */
export const socketAddressNonce = (): string | undefined =>
  (globalThis as Record<string, unknown>)[NONCE_KEY] as string | undefined

export const setSocketAddressNonce = (nonce: string): void => {
  ;(globalThis as Record<string, unknown>)[NONCE_KEY] = nonce
}

export const trustedProxyHops = (env: NodeJS.ProcessEnv = process.env): number => {
  const hops = Number(env.TRUSTED_PROXY_HOPS ?? 0)
  return Number.isInteger(hops) && hops >= 0 ? hops : 0
}

/** IPv4 peers of a dual-stack socket come as `::ffff:1.2.3.4`; one client, one key. */
const plain = (address: string): string => address.trim().replace(/^::ffff:(?=\d+\.)/i, '')

/** The socket's peer as recorded by this process, or undefined when no recorder is running. */
export const socketAddress = (headers: Headers): string | undefined => {
  const nonce = socketAddressNonce()
  const value = headers.get(SOCKET_ADDRESS_HEADER)
  if (!nonce || !value) return undefined
  const [given, address] = value.split(' ')
  return given === nonce && address ? plain(address) : undefined
}

/**
 * The client address under `hops` trusted proxies. Without a recorded socket address (the
 * recorder is not running, which `next start` and `next dev` always do) every request counts as
 * one client, `unknown`: stricter, never spoofable.
 */
export const clientAddress = (headers: Headers, hops: number = trustedProxyHops()): string => {
  const socket = socketAddress(headers)
  if (!socket) return 'unknown'
  if (hops === 0) return socket
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const chain = [...forwarded, socket]
  // Fewer entries than trusted hops: the leftmost one is the furthest we can see.
  return plain(chain[Math.max(0, chain.length - 1 - hops)])
}
