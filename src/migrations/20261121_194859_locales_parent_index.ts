import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE INDEX \`transfer_products_downloads_locales_parent_idx\` ON \`transfer_products_downloads_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`transfer_products_locales_parent_idx\` ON \`transfer_products_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_version_downloads_locales_parent_idx\` ON \`_transfer_products_v_version_downloads_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_locales_parent_idx\` ON \`_transfer_products_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_locales_parent_idx\` ON \`media_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`projects_locales_parent_idx\` ON \`projects_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`regional_offices_locales_parent_idx\` ON \`regional_offices_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`alliances_locales_parent_idx\` ON \`alliances_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`sectors_locales_parent_idx\` ON \`sectors_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`occupations_locales_parent_idx\` ON \`occupations_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`site_settings_locales_parent_idx\` ON \`site_settings_locales\` (\`_parent_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`transfer_products_downloads_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`transfer_products_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_transfer_products_v_version_downloads_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_transfer_products_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`projects_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`regional_offices_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`alliances_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`sectors_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`occupations_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`site_settings_locales_parent_idx\`;`)
}
