import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`projects\` ADD \`region_location_latitude\` numeric;`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`region_location_longitude\` numeric;`)
  await db.run(sql`ALTER TABLE \`projects_locales\` ADD \`region_name\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`identity_programme\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`identity_funding_line\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`projects\` DROP COLUMN \`region_location_latitude\`;`)
  await db.run(sql`ALTER TABLE \`projects\` DROP COLUMN \`region_location_longitude\`;`)
  await db.run(sql`ALTER TABLE \`projects_locales\` DROP COLUMN \`region_name\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`identity_programme\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`identity_funding_line\`;`)
}
