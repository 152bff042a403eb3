import type { Payload, PayloadRequest } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { CONTEXT } from '@/constants'

import { seedAdoptionRequests } from './collections/adoptionRequests'
import { seedAdoptions } from './collections/adoptions'
import { seedAlliances } from './collections/alliances'
import { seedOccupations } from './collections/occupations'
import { seedOrganisations } from './collections/organisations'
import { seedProducts, seedReviewDrafts } from './collections/products'
import { seedProjects } from './collections/projects'
import { seedRegionalOffices } from './collections/regionalOffices'
import { seedSectors } from './collections/sectors'
import { seedSiteSettings } from './collections/siteSettings'
import { seedUsers } from './collections/users'
import { createSeedContext, type SeedSummary } from './context'

export { SEED_USERS } from './collections/users'
export type { SeedSummary } from './context'

/**
 * Fills an empty catalogue with demo content from the source documents. Idempotent: what exists
 * (matched by slug, email or file name) is left as it is, so a second run creates nothing and
 * never overwrites what editors changed. Runs in one transaction: a failure leaves no half seed.
 */
export const seed = async ({
  payload,
  password,
}: {
  payload: Payload
  password: string
}): Promise<SeedSummary> => {
  if (password.length < 12) throw new Error('SEED_PASSWORD must have at least 12 characters.')
  const req = await createLocalReq({ context: { [CONTEXT.skipSideEffects]: true } }, payload)
  await initTransaction(req)
  try {
    const summary = await seedInTransaction({ payload, req, password })
    await commitTransaction(req)
    return summary
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** Each collection in the order their references need (the ids of one feed the next). */
const seedInTransaction = async ({
  payload,
  req,
  password,
}: {
  payload: Payload
  req: PayloadRequest
  password: string
}): Promise<SeedSummary> => {
  const context = createSeedContext({ payload, req })
  const sectors = await seedSectors({ context })
  const occupations = await seedOccupations({ context, sectors })
  const offices = await seedRegionalOffices({ context })
  const organisations = await seedOrganisations({ context })
  const alliances = await seedAlliances({ context, sectors })
  const projects = await seedProjects({ context, organisations, offices, alliances })
  const products = await seedProducts({ context, sectors, occupations, projects })
  await seedUsers({ context, password, offices, projects })
  await seedReviewDrafts({ context, sectors, occupations, projects })
  await seedSiteSettings({ context })
  const requests = await seedAdoptionRequests({ context, products })
  await seedAdoptions({ context, products, organisations, requests })
  return { created: context.created }
}
