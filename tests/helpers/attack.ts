/**
 * The attack corpus: crafted requests kept as data, one line per case, sent to the running app
 * as each actor. Every case asserts its exact status, that nothing answers ≥ 500, and that no
 * personal data of requesters (read from the database, so new fixtures count too) is in the answer
 * unless the case says the actor may see it.
 */
import { Forbidden, type Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { COLLECTIONS } from '@/constants'

import type { Actor, ActorKey } from './actors'
import { testContext } from './context'
import { api, type ApiResponse } from './http'

export type AttackCase = {
  /** What the attacker tries: a short sentence. */
  name: string
  actor: ActorKey
  method?: string
  /** A path, or a function of the test context (for ids made by fixtures). */
  path: string | ((context: AttackContext) => Promise<string> | string)
  body?: unknown | ((context: AttackContext) => Promise<unknown> | unknown)
  headers?: Record<string, string>
  /** Send the actor's login as a cookie (as a browser does) instead of an Authorization header. */
  asCookie?: boolean
  /** The exact status the app must answer. */
  status: number
  /** The answer may contain requesters' personal data (the actor is entitled to it). */
  mayShowPersonalData?: boolean
  /** Further checks on the answer (for example that stored data did not change). */
  check?: (response: ApiResponse, context: AttackContext) => Promise<void> | void
}

export type AttackContext = Awaited<ReturnType<typeof testContext>>

/**
 * Strings that identify requesters (names, emails, phones, organisations) of every stored
 * adoption request the actor may not read: the office a request is routed to sees its own
 * requesters, for example on the admin dashboard, and nobody else may.
 */
export const personalDataMarkers = async (
  payload: Payload,
  actor: Actor = { key: 'anonymous', user: null },
): Promise<string[]> => {
  const { docs } = await payload.find({
    collection: COLLECTIONS.adoptionRequests,
    limit: 0,
    depth: 0,
    overrideAccess: true,
  })
  const readable = new Set<number | string>()
  // Roles that may not read requests at all (project staff) are refused: they read none.
  const own = actor.user
    ? await payload
        .find({
          collection: COLLECTIONS.adoptionRequests,
          limit: 0,
          depth: 0,
          select: { status: true },
          user: actor.user,
          overrideAccess: false,
        })
        .then(({ docs: readableDocs }) => readableDocs)
        .catch((error: unknown) => {
          if (error instanceof Forbidden) return []
          throw error
        })
    : []
  for (const doc of own) readable.add(doc.id)
  const markers = new Set<string>()
  for (const doc of docs as unknown as {
    id: number | string
    requester?: Record<string, unknown>
  }[]) {
    if (readable.has(doc.id)) continue
    for (const value of Object.values(flatten(doc.requester ?? {}))) {
      if (typeof value === 'string' && value.length >= 6 && /@|\s|\d{5,}/.test(value))
        markers.add(value)
    }
  }
  return [...markers]
}

const flatten = (value: Record<string, unknown>, into: Record<string, unknown> = {}) => {
  for (const [key, inner] of Object.entries(value)) {
    if (inner && typeof inner === 'object' && !Array.isArray(inner))
      flatten(inner as Record<string, unknown>, into)
    else into[`${Object.keys(into).length}.${key}`] = inner
  }
  return into
}

const resolve = async <T>(
  value: T | ((context: AttackContext) => Promise<T> | T),
  context: AttackContext,
): Promise<T> =>
  typeof value === 'function'
    ? await (value as (context: AttackContext) => Promise<T> | T)(context)
    : value

/** Sends one case as its actor and returns the answer. */
export const sendAttack = async (
  attack: AttackCase,
  context: AttackContext,
): Promise<ApiResponse> => {
  const token = context.actors[attack.actor].token
  const path = await resolve(attack.path, context)
  const body = attack.body === undefined ? undefined : await resolve(attack.body, context)
  const auth: { token?: string; headers: Record<string, string> } = { headers: {} }
  if (token && attack.asCookie) auth.headers.Cookie = `payload-token=${token}`
  else if (token) auth.token = token
  return api({
    path,
    method: attack.method ?? 'GET',
    token: auth.token,
    body,
    headers: { ...auth.headers, ...attack.headers },
  })
}

/** One `it` per case, named for family, actor, method, path and the expected status. */
export const describeCorpus = (family: string, cases: AttackCase[]) =>
  describe(`attack corpus: ${family} (${cases.length} cases)`, () => {
    for (const attack of cases) {
      const path = typeof attack.path === 'string' ? attack.path : '(fixture)'
      it(`${attack.actor}: ${attack.name} [${attack.method ?? 'GET'} ${path}] → ${attack.status}`, async () => {
        const context = await testContext()
        const response = await sendAttack(attack, context)
        expect(response.status, response.text.slice(0, 500)).toBe(attack.status)
        if (!attack.mayShowPersonalData) {
          for (const marker of await personalDataMarkers(
            context.payload,
            context.actors[attack.actor],
          ))
            expect(response.text, `leaks "${marker}"`).not.toContain(marker)
        }
        await attack.check?.(response, context)
      })
    }
  })
