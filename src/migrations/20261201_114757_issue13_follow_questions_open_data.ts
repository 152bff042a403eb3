import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`adopter_questions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`product_id\` integer NOT NULL,
  	\`adoption_id\` integer NOT NULL,
  	\`asker_name\` text,
  	\`asker_email\` text NOT NULL,
  	\`asker_postcode\` text,
  	\`message\` text NOT NULL,
  	\`consent_given\` integer DEFAULT false NOT NULL,
  	\`consent_given_at\` text NOT NULL,
  	\`consent_privacy_policy_version\` text NOT NULL,
  	\`locale\` text DEFAULT 'de',
  	\`office_id\` integer,
  	\`forwarded_at\` text,
  	\`forwarded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`product_id\`) REFERENCES \`transfer_products\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`adoption_id\`) REFERENCES \`adoptions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`office_id\`) REFERENCES \`regional_offices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`forwarded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`adopter_questions_product_idx\` ON \`adopter_questions\` (\`product_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`adopter_questions_adoption_idx\` ON \`adopter_questions\` (\`adoption_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`adopter_questions_asker_asker_email_idx\` ON \`adopter_questions\` (\`asker_email\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`adopter_questions_office_idx\` ON \`adopter_questions\` (\`office_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`adopter_questions_forwarded_by_idx\` ON \`adopter_questions\` (\`forwarded_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`adopter_questions_updated_at_idx\` ON \`adopter_questions\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`adopter_questions_created_at_idx\` ON \`adopter_questions\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`subscriptions_notices\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`product_id\` text NOT NULL,
  	\`at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`subscriptions_notices_order_idx\` ON \`subscriptions_notices\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`subscriptions_notices_parent_id_idx\` ON \`subscriptions_notices\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`subscriptions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`search\` text,
  	\`search_key\` text,
  	\`product_id\` integer,
  	\`locale\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`confirm_token_hash\` text,
  	\`unsubscribe_token_hash\` text,
  	\`unsubscribe_salt\` text,
  	\`consent_given\` integer DEFAULT false NOT NULL,
  	\`consent_at\` text NOT NULL,
  	\`consent_privacy_policy_version\` text NOT NULL,
  	\`confirmed_at\` text,
  	\`last_sent_at\` text,
  	\`matched_until\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`product_id\`) REFERENCES \`transfer_products\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`subscriptions_email_idx\` ON \`subscriptions\` (\`email\`);`)
  await db.run(
    sql`CREATE INDEX \`subscriptions_search_key_idx\` ON \`subscriptions\` (\`search_key\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`subscriptions_product_idx\` ON \`subscriptions\` (\`product_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`subscriptions_status_idx\` ON \`subscriptions\` (\`status\`);`)
  await db.run(
    sql`CREATE INDEX \`subscriptions_confirm_token_hash_idx\` ON \`subscriptions\` (\`confirm_token_hash\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`subscriptions_unsubscribe_token_hash_idx\` ON \`subscriptions\` (\`unsubscribe_token_hash\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`subscriptions_updated_at_idx\` ON \`subscriptions\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`subscriptions_created_at_idx\` ON \`subscriptions\` (\`created_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`adoptions\` ADD \`place_postcode_area\` text;`)
  await db.run(sql`ALTER TABLE \`adoptions\` ADD \`contact_consent_given\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`adoptions\` ADD \`contact_consent_at\` text;`)
  await db.run(sql`ALTER TABLE \`adoptions\` ADD \`contact_consent_source\` text;`)
  await db.run(sql`ALTER TABLE \`adoptions\` ADD \`contact_consent_note\` text;`)
  await db.run(sql`ALTER TABLE \`adoptions\` ADD \`contact_consent_email\` text;`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`adopter_questions_id\` integer REFERENCES adopter_questions(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`subscriptions_id\` integer REFERENCES subscriptions(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_adopter_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`adopter_questions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`subscriptions_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`site_settings\` ADD \`open_data_licence\` text DEFAULT 'cc-by-4' NOT NULL;`,
  )
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`open_data_contributor_id\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`adopter_questions\`;`)
  await db.run(sql`DROP TABLE \`subscriptions_notices\`;`)
  await db.run(sql`DROP TABLE \`subscriptions\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`transfer_products_id\` integer,
  	\`product_retirements_id\` integer,
  	\`media_id\` integer,
  	\`projects_id\` integer,
  	\`organisations_id\` integer,
  	\`regional_offices_id\` integer,
  	\`alliances_id\` integer,
  	\`adoption_requests_id\` integer,
  	\`adoptions_id\` integer,
  	\`sectors_id\` integer,
  	\`occupations_id\` integer,
  	\`users_id\` integer,
  	\`audit_log_id\` integer,
  	\`public_changes_id\` integer,
  	\`rate_limits_id\` integer,
  	\`job_leases_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`transfer_products_id\`) REFERENCES \`transfer_products\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`product_retirements_id\`) REFERENCES \`product_retirements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regional_offices_id\`) REFERENCES \`regional_offices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`alliances_id\`) REFERENCES \`alliances\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`adoption_requests_id\`) REFERENCES \`adoption_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`adoptions_id\`) REFERENCES \`adoptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sectors_id\`) REFERENCES \`sectors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`occupations_id\`) REFERENCES \`occupations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`public_changes_id\`) REFERENCES \`public_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rate_limits_id\`) REFERENCES \`rate_limits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`job_leases_id\`) REFERENCES \`job_leases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "transfer_products_id", "product_retirements_id", "media_id", "projects_id", "organisations_id", "regional_offices_id", "alliances_id", "adoption_requests_id", "adoptions_id", "sectors_id", "occupations_id", "users_id", "audit_log_id", "public_changes_id", "rate_limits_id", "job_leases_id") SELECT "id", "order", "parent_id", "path", "transfer_products_id", "product_retirements_id", "media_id", "projects_id", "organisations_id", "regional_offices_id", "alliances_id", "adoption_requests_id", "adoptions_id", "sectors_id", "occupations_id", "users_id", "audit_log_id", "public_changes_id", "rate_limits_id", "job_leases_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_transfer_products_id_idx\` ON \`payload_locked_documents_rels\` (\`transfer_products_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_product_retirements_id_idx\` ON \`payload_locked_documents_rels\` (\`product_retirements_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`projects_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_regional_offices_id_idx\` ON \`payload_locked_documents_rels\` (\`regional_offices_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_alliances_id_idx\` ON \`payload_locked_documents_rels\` (\`alliances_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_adoption_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`adoption_requests_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_adoptions_id_idx\` ON \`payload_locked_documents_rels\` (\`adoptions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_sectors_id_idx\` ON \`payload_locked_documents_rels\` (\`sectors_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_occupations_id_idx\` ON \`payload_locked_documents_rels\` (\`occupations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_public_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`public_changes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_rate_limits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limits_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_job_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`job_leases_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`adoptions\` DROP COLUMN \`place_postcode_area\`;`)
  await db.run(sql`ALTER TABLE \`adoptions\` DROP COLUMN \`contact_consent_given\`;`)
  await db.run(sql`ALTER TABLE \`adoptions\` DROP COLUMN \`contact_consent_at\`;`)
  await db.run(sql`ALTER TABLE \`adoptions\` DROP COLUMN \`contact_consent_source\`;`)
  await db.run(sql`ALTER TABLE \`adoptions\` DROP COLUMN \`contact_consent_note\`;`)
  await db.run(sql`ALTER TABLE \`adoptions\` DROP COLUMN \`contact_consent_email\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`open_data_licence\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`open_data_contributor_id\`;`)
}
