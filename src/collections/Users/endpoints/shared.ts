import { headersWithCors, type PayloadHandler, type PayloadRequest } from 'payload'

import { COLLECTIONS } from '@/constants'
import type { TextKey } from '@/i18n'
import { translateFor } from '@/i18n/request'

/**
 * The JSON body without consuming it: the request goes on to Payload's own handler, which reads
 * it again.
 */
export const peekBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  if (req.data) return req.data as Record<string, unknown>
  try {
    const body = (await (req as unknown as Request).clone().json()) as unknown
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** The text a field holds, or '' (a field sent as a number or object counts as missing). */
export const textOf = (body: Record<string, unknown>, name: string): string => {
  const value = body[name]
  return typeof value === 'string' ? value : ''
}

/** An error answer in Payload's shape, naming the field. */
export const fieldError = (req: PayloadRequest, field: string, key: TextKey): Response =>
  Response.json(
    { errors: [{ field, message: translateFor(req, key) }] },
    { status: 400, headers: headersWithCors({ headers: new Headers(), req }) },
  )

/** 429 with Retry-After; the same for every address, so it tells nothing about accounts. */
export const throttled = (req: PayloadRequest, key: TextKey, retryAfterSeconds: number): Response =>
  Response.json(
    {
      errors: [{ message: translateFor(req, key, { minutes: Math.ceil(retryAfterSeconds / 60) }) }],
    },
    {
      status: 429,
      headers: headersWithCors({
        headers: new Headers({
          'retry-after': String(retryAfterSeconds),
          'cache-control': 'no-store',
        }),
        req,
      }),
    },
  )

/**
 * Payload's own handler for the same route (registered after ours, so ours answers first): the
 * checks here come on top of Payload's login and password reset, which stay as they are.
 */
export const payloadHandler = (
  req: PayloadRequest,
  path: string,
  own: PayloadHandler,
): PayloadHandler => {
  const endpoints = req.payload.collections[COLLECTIONS.users].config.endpoints
  const handler = (endpoints || [])
    .filter((endpoint) => endpoint.path === path && endpoint.method === 'post')
    .map((endpoint) => endpoint.handler)
    .filter((candidate) => candidate !== own)
    .at(-1)
  if (!handler) throw new Error(`Payload's ${path} endpoint is missing`)
  return handler
}
