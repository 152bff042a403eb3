import type { Payload, Where } from 'payload'

import { COLLECTIONS } from '@/constants'
import type { User } from '@/payload-types'
import { SEED_USERS } from '@/seed'

import { TEST_PASSWORD } from './env'
import { login } from './http'

export type ActorKey = 'anonymous' | 'admin' | 'officeWest' | 'officeSued' | 'projectStaff'
export const ACTOR_KEYS: ActorKey[] = [
  'anonymous',
  'admin',
  'officeWest',
  'officeSued',
  'projectStaff',
]

export type Actor = { key: ActorKey; user: User | null; token?: string }

const OFFICE_SUED_EMAIL = 'buero-sued@example.org'

const findUser = async (payload: Payload, email: string): Promise<User> => {
  const { docs } = await payload.find({
    collection: COLLECTIONS.users,
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (!docs[0]) throw new Error(`no user ${email}`)
  return docs[0]
}

export const idOf = async (
  payload: Payload,
  collection: 'regional-offices' | 'projects' | 'transfer-products',
  slug: string,
) => {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
  })
  if (!docs[0]) throw new Error(`no ${collection} with slug ${slug}`)
  return docs[0].id
}

/**
 * The people the access rules are about: the three seeded logins, a second office (Süd) to
 * prove isolation between offices, and the anonymous visitor. Each with a user for the Local API
 * and a token for HTTP.
 */
export const loadActors = async (payload: Payload): Promise<Record<ActorKey, Actor>> => {
  const existing = await payload.find({
    collection: COLLECTIONS.users,
    where: { email: { equals: OFFICE_SUED_EMAIL } },
    limit: 1,
    overrideAccess: true,
  })
  if (!existing.docs[0]) {
    await payload.create({
      collection: COLLECTIONS.users,
      data: {
        email: OFFICE_SUED_EMAIL,
        password: TEST_PASSWORD,
        name: 'Regionalbüro Süd (Test)',
        roles: ['office-staff'],
        office: await idOf(payload, COLLECTIONS.regionalOffices, 'rb-sued'),
      },
      overrideAccess: true,
    })
  }
  const emails: Record<Exclude<ActorKey, 'anonymous'>, string> = {
    admin: SEED_USERS.admin,
    officeWest: SEED_USERS.office,
    officeSued: OFFICE_SUED_EMAIL,
    projectStaff: SEED_USERS.project,
  }
  const actors = { anonymous: { key: 'anonymous', user: null } } as Record<ActorKey, Actor>
  for (const [key, email] of Object.entries(emails) as [Exclude<ActorKey, 'anonymous'>, string][]) {
    actors[key] = {
      key,
      user: { ...(await findUser(payload, email)), collection: COLLECTIONS.users } as User,
      token: await login({ email, password: TEST_PASSWORD }),
    }
  }
  return actors
}

/** How many adoptions of a product (by slug) the public may see, counted in the database. */
export const publicAdoptionCount = async (payload: Payload, slug: string): Promise<number> => {
  const product = await idOf(payload, COLLECTIONS.transferProducts, slug)
  const where: Where = {
    and: [{ product: { equals: product } }, { publicConsent: { equals: true } }],
  }
  return (await payload.count({ collection: COLLECTIONS.adoptions, where, overrideAccess: true }))
    .totalDocs
}
