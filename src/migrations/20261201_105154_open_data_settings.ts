import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`ALTER TABLE \`site_settings\` ADD \`open_data_licence\` text DEFAULT 'cc-by-4' NOT NULL;`,
  )
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`open_data_contributor_id\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`open_data_licence\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`open_data_contributor_id\`;`)
}
