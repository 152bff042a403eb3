import type { Payload } from 'payload'

import { type Actor, type ActorKey, loadActors } from './actors'
import { type Fixtures, makeFixtures } from './fixtures'
import { testPayload } from './payload'

export type TestContext = { payload: Payload; fixtures: Fixtures; actors: Record<ActorKey, Actor> }

let context: Promise<TestContext> | undefined

/** The Local API, fixture makers and logged-in actors that most test files start from. */
export const testContext = (): Promise<TestContext> =>
  (context ??= testPayload().then(async (payload) => ({
    payload,
    fixtures: makeFixtures(payload),
    actors: await loadActors(payload),
  })))
