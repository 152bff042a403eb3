import { randomBytes } from 'node:crypto'
import { subscribe } from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'

import { SOCKET_ADDRESS_HEADER, setSocketAddressNonce, socketAddressNonce } from './clientAddress'

/**
 * Records each request's socket peer in a header (see src/lib/clientAddress.ts), through Node's
 * `http.server.request.start` diagnostics channel: it fires for every request before any
 * `request` listener (so before Next.js reads the headers), and it overwrites whatever a client
 * sent under that name. Called once from src/instrumentation.ts.
 */
export const recordSocketAddresses = (): void => {
  if (socketAddressNonce()) return
  const nonce = randomBytes(16).toString('hex')
  setSocketAddressNonce(nonce)
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket }
    request.headers[SOCKET_ADDRESS_HEADER] = `${nonce} ${socket.remoteAddress ?? ''}`
  })
}
