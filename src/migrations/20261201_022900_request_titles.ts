import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillRequestTitles } from '@/collections/AdoptionRequests/backfillTitles'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`adoption_requests\` ADD \`title\` text;`)
  await db.run(
    sql`CREATE INDEX \`adoption_requests_title_idx\` ON \`adoption_requests\` (\`title\`);`,
  )
  // Requests stored before titles existed get theirs (organisation · day received).
  await backfillRequestTitles({ payload, req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`adoption_requests_title_idx\`;`)
  await db.run(sql`ALTER TABLE \`adoption_requests\` DROP COLUMN \`title\`;`)
}
