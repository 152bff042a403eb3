/**
 * `npm run seed`: demo content for an empty (or partly filled) catalogue. Runs through
 * `payload run`, which loads .env and the Payload config.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { COLLECTIONS } from '@/constants'
import { waitUntil } from '@/lib/waitUntil'

import { seed, SEED_USERS } from '.'

const password = process.env.SEED_PASSWORD
if (!password) {
  console.error(
    'SEED_PASSWORD is not set: the demo logins need a password (at least 12 characters).',
  )
  process.exit(1)
}

const payload = await getPayload({ config })
try {
  const { created } = await seed({ payload, password })
  // The commit completes asynchronously: exit only once the seed is visible outside it.
  await waitUntil({
    message: 'The demo content did not become visible in time.',
    check: async () =>
      (
        await payload.count({
          collection: COLLECTIONS.users,
          where: { email: { equals: SEED_USERS.admin } },
          overrideAccess: true,
        })
      ).totalDocs > 0,
  })
  const total = Object.values(created).reduce((sum, count) => sum + (count ?? 0), 0)
  console.log(
    total === 0
      ? 'Demo content already present: nothing to do.'
      : `Demo content created: ${JSON.stringify(created)}`,
  )
  console.log(`Logins: ${Object.values(SEED_USERS).join(', ')} (password from SEED_PASSWORD)`)
  process.exit(0)
} catch (error) {
  console.error('Seeding failed, nothing was saved:', error)
  process.exit(1)
}
