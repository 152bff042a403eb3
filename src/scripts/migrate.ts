/**
 * `npm run migrate`: applies the committed migrations, then waits until they are durable.
 *
 * Payload's own `payload migrate` ends the process right after it asks for the commit; the
 * SQLite adapter commits asynchronously, and on a busy machine the process can exit before the
 * commit ran, leaving an empty database. This script exits only once every migration is
 * recorded. Runs through `payload run` (loads .env and the config).
 *
 * MongoDB has no schema to migrate; there it runs the data backfills the SQLite migrations run
 * (each only fills what is missing, so running it again changes nothing).
 */
import config from '@payload-config'
import { getPayload, type Migration } from 'payload'

import { backfillRequestTitles } from '@/collections/AdoptionRequests/backfillTitles'
import { chooseDatabase } from '@/lib/database'
import { waitUntil } from '@/lib/waitUntil'
import { migrations } from '@/migrations'

const payload = await getPayload({ config })
try {
  if (chooseDatabase(process.env.DATABASE_URL).kind === 'mongodb') {
    const titles = await backfillRequestTitles({ payload })
    payload.logger.info(`MongoDB needs no schema migrations; ${titles} request titles filled in.`)
    process.exit(0)
  }
  // The generated list is typed for the SQLite adapter; migrate takes Payload's general shape.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  const names = new Set<string>(migrations.map(({ name }) => name))
  await waitUntil({
    message: 'The migrations did not become visible in time.',
    check: async () => {
      const { docs } = await payload.find({
        collection: 'payload-migrations',
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      return [...names].every((name) => docs.some((doc) => doc.name === name))
    },
  })
  payload.logger.info(`Database schema is current (${names.size} migrations).`)
  process.exit(0)
} catch (error) {
  payload.logger.error({ err: error, msg: 'Migrating failed.' })
  process.exit(1)
}
