import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { COLLECTIONS } from '@/constants'
import { translateFor } from '@/i18n/request'
import { hashToken, isToken } from '@/lib/follow/tokens'

/** At most this many subscriptions are named by one mail (its sections), hence by one link. */
export const MAX_TOKENS_PER_LINK = 50

/** The tokens of an address's query string, or undefined when one of them is malformed. */
export const readTokens = (values: string[]): string[] | undefined => {
  const tokens = [...new Set(values)]
  if (tokens.length === 0 || tokens.length > MAX_TOKENS_PER_LINK || !tokens.every(isToken))
    return undefined
  return tokens
}

/** Deletes the subscriptions these unsubscribe tokens belong to; answers how many there were. */
export const deleteByUnsubscribeTokens = async ({
  payload,
  tokens,
  req,
}: {
  payload: Payload
  tokens: string[]
  req?: PayloadRequest
}): Promise<number> => {
  const { docs } = await payload.delete({
    collection: COLLECTIONS.subscriptions,
    where: { unsubscribeTokenHash: { in: tokens.map(hashToken) } },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.length
}

const answer = (status: number, message: string): Response =>
  Response.json(status < 400 ? { message } : { errors: [{ field: 'token', message }] }, {
    status,
    headers: { 'cache-control': 'no-store' },
  })

/**
 * POST /api/subscriptions/unsubscribe?token=…: the one-click unsubscribe of RFC 8058, which mail
 * programs send (body `List-Unsubscribe=One-Click`) when the reader chooses "unsubscribe". It
 * deletes at once, asks nothing and needs no login; the token is the key. Only POST: a GET (a
 * scanner following links) changes nothing, see the page behind the body's link.
 * 400 for a missing or malformed token, 404 when no subscription has it (already gone).
 */
export const unsubscribeEndpoint: Endpoint = {
  path: '/unsubscribe',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const url = new URL(req.url ?? '', 'http://localhost')
    const tokens = readTokens(url.searchParams.getAll('token'))
    if (!tokens) return answer(400, translateFor(req, 'follow.errors.tokenInvalid'))
    const deleted = await deleteByUnsubscribeTokens({ payload: req.payload, tokens, req })
    if (deleted === 0) return answer(404, translateFor(req, 'follow.errors.tokenUnknown'))
    return answer(200, translateFor(req, 'follow.unsubscribe.done'))
  },
}
