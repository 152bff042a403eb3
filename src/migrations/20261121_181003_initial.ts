import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`transfer_products_downloads\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`transfer_products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`transfer_products_downloads_order_idx\` ON \`transfer_products_downloads\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`transfer_products_downloads_parent_id_idx\` ON \`transfer_products_downloads\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`transfer_products_downloads_file_idx\` ON \`transfer_products_downloads\` (\`file_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`transfer_products_downloads_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`transfer_products_downloads\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`transfer_products_downloads_locales_locale_parent_id_unique\` ON \`transfer_products_downloads_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`transfer_products_target_groups\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`transfer_products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`transfer_products_target_groups_order_idx\` ON \`transfer_products_target_groups\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`transfer_products_target_groups_parent_idx\` ON \`transfer_products_target_groups\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`transfer_products_regions_of_origin\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`state\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`transfer_products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`transfer_products_regions_of_origin_order_idx\` ON \`transfer_products_regions_of_origin\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`transfer_products_regions_of_origin_parent_id_idx\` ON \`transfer_products_regions_of_origin\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`transfer_products_adoption_kit_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`transfer_products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`transfer_products_adoption_kit_languages_order_idx\` ON \`transfer_products_adoption_kit_languages\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`transfer_products_adoption_kit_languages_parent_idx\` ON \`transfer_products_adoption_kit_languages\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`transfer_products\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hero_image_id\` integer,
  	\`kind\` text,
  	\`transfer_status\` text DEFAULT 'in-development',
  	\`format\` text,
  	\`adoption_kit_effort_days\` numeric,
  	\`adoption_kit_cost_model\` text,
  	\`adoption_kit_licence\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`meta_image_id\` integer,
  	\`slug\` text,
  	\`origin_project_id\` integer,
  	\`first_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`origin_project_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`transfer_products_hero_image_idx\` ON \`transfer_products\` (\`hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`transfer_products_kind_idx\` ON \`transfer_products\` (\`kind\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`transfer_products_transfer_status_idx\` ON \`transfer_products\` (\`transfer_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`transfer_products_meta_meta_image_idx\` ON \`transfer_products\` (\`meta_image_id\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`transfer_products_slug_idx\` ON \`transfer_products\` (\`slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`transfer_products_origin_project_idx\` ON \`transfer_products\` (\`origin_project_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`transfer_products_first_published_at_idx\` ON \`transfer_products\` (\`first_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`transfer_products_updated_at_idx\` ON \`transfer_products\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`transfer_products_created_at_idx\` ON \`transfer_products\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`transfer_products__status_idx\` ON \`transfer_products\` (\`_status\`);`,
  )
  await db.run(sql`CREATE TABLE \`transfer_products_locales\` (
  	\`title\` text,
  	\`pitch\` text,
  	\`description\` text,
  	\`adoption_kit_included\` text,
  	\`adoption_kit_prerequisites\` text,
  	\`adoption_kit_cost_note\` text,
  	\`adoption_kit_duration\` text,
  	\`contact_role\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`transfer_products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`transfer_products_locales_locale_parent_id_unique\` ON \`transfer_products_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`transfer_products_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`sectors_id\` integer,
  	\`occupations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`transfer_products\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sectors_id\`) REFERENCES \`sectors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`occupations_id\`) REFERENCES \`occupations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`transfer_products_rels_order_idx\` ON \`transfer_products_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`transfer_products_rels_parent_idx\` ON \`transfer_products_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`transfer_products_rels_path_idx\` ON \`transfer_products_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`transfer_products_rels_media_id_idx\` ON \`transfer_products_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`transfer_products_rels_sectors_id_idx\` ON \`transfer_products_rels\` (\`sectors_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`transfer_products_rels_occupations_id_idx\` ON \`transfer_products_rels\` (\`occupations_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_transfer_products_v_version_downloads\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_transfer_products_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_version_downloads_order_idx\` ON \`_transfer_products_v_version_downloads\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_version_downloads_parent_id_idx\` ON \`_transfer_products_v_version_downloads\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_version_downloads_file_idx\` ON \`_transfer_products_v_version_downloads\` (\`file_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_transfer_products_v_version_downloads_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_transfer_products_v_version_downloads\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_transfer_products_v_version_downloads_locales_locale_parent\` ON \`_transfer_products_v_version_downloads_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_transfer_products_v_version_target_groups\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_transfer_products_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_version_target_groups_order_idx\` ON \`_transfer_products_v_version_target_groups\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_version_target_groups_parent_idx\` ON \`_transfer_products_v_version_target_groups\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_transfer_products_v_version_regions_of_origin\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`state\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_transfer_products_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_version_regions_of_origin_order_idx\` ON \`_transfer_products_v_version_regions_of_origin\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_version_regions_of_origin_parent_id_idx\` ON \`_transfer_products_v_version_regions_of_origin\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_transfer_products_v_version_adoption_kit_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_transfer_products_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_version_adoption_kit_languages_order_idx\` ON \`_transfer_products_v_version_adoption_kit_languages\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_version_adoption_kit_languages_parent_idx\` ON \`_transfer_products_v_version_adoption_kit_languages\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_transfer_products_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_kind\` text,
  	\`version_transfer_status\` text DEFAULT 'in-development',
  	\`version_format\` text,
  	\`version_adoption_kit_effort_days\` numeric,
  	\`version_adoption_kit_cost_model\` text,
  	\`version_adoption_kit_licence\` text,
  	\`version_contact_email\` text,
  	\`version_contact_phone\` text,
  	\`version_meta_image_id\` integer,
  	\`version_slug\` text,
  	\`version_origin_project_id\` integer,
  	\`version_first_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`transfer_products\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_origin_project_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_parent_idx\` ON \`_transfer_products_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_version_version_hero_image_idx\` ON \`_transfer_products_v\` (\`version_hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_version_version_kind_idx\` ON \`_transfer_products_v\` (\`version_kind\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_version_version_transfer_status_idx\` ON \`_transfer_products_v\` (\`version_transfer_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_version_meta_version_meta_image_idx\` ON \`_transfer_products_v\` (\`version_meta_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_version_version_slug_idx\` ON \`_transfer_products_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_version_version_origin_project_idx\` ON \`_transfer_products_v\` (\`version_origin_project_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_version_version_first_published_at_idx\` ON \`_transfer_products_v\` (\`version_first_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_version_version_updated_at_idx\` ON \`_transfer_products_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_version_version_created_at_idx\` ON \`_transfer_products_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_version_version__status_idx\` ON \`_transfer_products_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_created_at_idx\` ON \`_transfer_products_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_updated_at_idx\` ON \`_transfer_products_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_snapshot_idx\` ON \`_transfer_products_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_published_locale_idx\` ON \`_transfer_products_v\` (\`published_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_latest_idx\` ON \`_transfer_products_v\` (\`latest\`);`,
  )
  await db.run(sql`CREATE TABLE \`_transfer_products_v_locales\` (
  	\`version_title\` text,
  	\`version_pitch\` text,
  	\`version_description\` text,
  	\`version_adoption_kit_included\` text,
  	\`version_adoption_kit_prerequisites\` text,
  	\`version_adoption_kit_cost_note\` text,
  	\`version_adoption_kit_duration\` text,
  	\`version_contact_role\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_transfer_products_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_transfer_products_v_locales_locale_parent_id_unique\` ON \`_transfer_products_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_transfer_products_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`sectors_id\` integer,
  	\`occupations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_transfer_products_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sectors_id\`) REFERENCES \`sectors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`occupations_id\`) REFERENCES \`occupations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_rels_order_idx\` ON \`_transfer_products_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_rels_parent_idx\` ON \`_transfer_products_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_rels_path_idx\` ON \`_transfer_products_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_rels_media_id_idx\` ON \`_transfer_products_v_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_rels_sectors_id_idx\` ON \`_transfer_products_v_rels\` (\`sectors_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_transfer_products_v_rels_occupations_id_idx\` ON \`_transfer_products_v_rels\` (\`occupations_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(
    sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`,
  )
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`projects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`acronym\` text,
  	\`slug\` text,
  	\`funding_round\` numeric,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`carrying_organisation_id\` integer,
  	\`office_id\` integer NOT NULL,
  	\`state\` text,
  	\`website\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`carrying_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`office_id\`) REFERENCES \`regional_offices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`projects_slug_idx\` ON \`projects\` (\`slug\`);`)
  await db.run(
    sql`CREATE INDEX \`projects_carrying_organisation_idx\` ON \`projects\` (\`carrying_organisation_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`projects_office_idx\` ON \`projects\` (\`office_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_updated_at_idx\` ON \`projects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`projects_created_at_idx\` ON \`projects\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`projects_locales\` (
  	\`name\` text NOT NULL,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`projects_locales_locale_parent_id_unique\` ON \`projects_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`projects_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisations_id\` integer,
  	\`alliances_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`alliances_id\`) REFERENCES \`alliances\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_rels_order_idx\` ON \`projects_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`projects_rels_parent_idx\` ON \`projects_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_rels_path_idx\` ON \`projects_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`projects_rels_organisations_id_idx\` ON \`projects_rels\` (\`organisations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`projects_rels_alliances_id_idx\` ON \`projects_rels\` (\`alliances_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`organisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`type\` text NOT NULL,
  	\`website\` text,
  	\`address_street\` text,
  	\`address_postcode\` text,
  	\`address_city\` text,
  	\`address_state\` text,
  	\`location_latitude\` numeric,
  	\`location_longitude\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_slug_idx\` ON \`organisations\` (\`slug\`);`)
  await db.run(
    sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`regional_offices_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`regional_offices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`regional_offices_states_order_idx\` ON \`regional_offices_states\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`regional_offices_states_parent_idx\` ON \`regional_offices_states\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`regional_offices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`contact_email\` text NOT NULL,
  	\`contact_phone\` text,
  	\`postal_address_street\` text,
  	\`postal_address_postcode\` text,
  	\`postal_address_city\` text,
  	\`postal_address_state\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`regional_offices_slug_idx\` ON \`regional_offices\` (\`slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`regional_offices_updated_at_idx\` ON \`regional_offices\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`regional_offices_created_at_idx\` ON \`regional_offices\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`regional_offices_locales\` (
  	\`name\` text NOT NULL,
  	\`contact_role\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`regional_offices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`regional_offices_locales_locale_parent_id_unique\` ON \`regional_offices_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`alliances\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`sector_id\` integer,
  	\`founded_year\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`sector_id\`) REFERENCES \`sectors\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`alliances_slug_idx\` ON \`alliances\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`alliances_sector_idx\` ON \`alliances\` (\`sector_id\`);`)
  await db.run(sql`CREATE INDEX \`alliances_updated_at_idx\` ON \`alliances\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`alliances_created_at_idx\` ON \`alliances\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`alliances_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`alliances\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`alliances_locales_locale_parent_id_unique\` ON \`alliances_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`adoption_requests_status_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`by_id\` integer,
  	\`from\` text,
  	\`to\` text NOT NULL,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`adoption_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`adoption_requests_status_history_order_idx\` ON \`adoption_requests_status_history\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`adoption_requests_status_history_parent_id_idx\` ON \`adoption_requests_status_history\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`adoption_requests_status_history_by_idx\` ON \`adoption_requests_status_history\` (\`by_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`adoption_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`requester_name\` text NOT NULL,
  	\`requester_role\` text,
  	\`requester_organisation\` text NOT NULL,
  	\`requester_organisation_type\` text NOT NULL,
  	\`requester_email\` text NOT NULL,
  	\`requester_phone\` text,
  	\`requester_postcode\` text,
  	\`requester_state\` text NOT NULL,
  	\`message\` text,
  	\`desired_start\` text,
  	\`consent_given\` integer DEFAULT false NOT NULL,
  	\`consent_given_at\` text NOT NULL,
  	\`consent_privacy_policy_version\` text NOT NULL,
  	\`public_listing_consent\` integer DEFAULT false,
  	\`office_id\` integer,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`assignee_id\` integer,
  	\`internal_notes\` text,
  	\`tracking_token\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`office_id\`) REFERENCES \`regional_offices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`adoption_requests_requester_requester_email_idx\` ON \`adoption_requests\` (\`requester_email\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`adoption_requests_office_idx\` ON \`adoption_requests\` (\`office_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`adoption_requests_status_idx\` ON \`adoption_requests\` (\`status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`adoption_requests_assignee_idx\` ON \`adoption_requests\` (\`assignee_id\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`adoption_requests_tracking_token_idx\` ON \`adoption_requests\` (\`tracking_token\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`adoption_requests_updated_at_idx\` ON \`adoption_requests\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`adoption_requests_created_at_idx\` ON \`adoption_requests\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`adoption_requests_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`transfer_products_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`adoption_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`transfer_products_id\`) REFERENCES \`transfer_products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`adoption_requests_rels_order_idx\` ON \`adoption_requests_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`adoption_requests_rels_parent_idx\` ON \`adoption_requests_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`adoption_requests_rels_path_idx\` ON \`adoption_requests_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`adoption_requests_rels_transfer_products_id_idx\` ON \`adoption_requests_rels\` (\`transfer_products_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`adoptions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`product_id\` integer NOT NULL,
  	\`organisation_id\` integer NOT NULL,
  	\`place_city\` text NOT NULL,
  	\`place_state\` text,
  	\`place_location_latitude\` numeric,
  	\`place_location_longitude\` numeric,
  	\`since\` text,
  	\`status\` text DEFAULT 'pilot' NOT NULL,
  	\`public_consent\` integer DEFAULT false,
  	\`source_request_id\` integer,
  	\`confirmed_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`product_id\`) REFERENCES \`transfer_products\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_request_id\`) REFERENCES \`adoption_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`confirmed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`adoptions_product_idx\` ON \`adoptions\` (\`product_id\`);`)
  await db.run(
    sql`CREATE INDEX \`adoptions_organisation_idx\` ON \`adoptions\` (\`organisation_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`adoptions_status_idx\` ON \`adoptions\` (\`status\`);`)
  await db.run(
    sql`CREATE INDEX \`adoptions_public_consent_idx\` ON \`adoptions\` (\`public_consent\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`adoptions_source_request_idx\` ON \`adoptions\` (\`source_request_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`adoptions_confirmed_by_idx\` ON \`adoptions\` (\`confirmed_by_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`adoptions_updated_at_idx\` ON \`adoptions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`adoptions_created_at_idx\` ON \`adoptions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sectors\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sectors_slug_idx\` ON \`sectors\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sectors_updated_at_idx\` ON \`sectors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sectors_created_at_idx\` ON \`sectors\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sectors_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sectors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`sectors_locales_locale_parent_id_unique\` ON \`sectors_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`occupations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`sector_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`sector_id\`) REFERENCES \`sectors\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`occupations_slug_idx\` ON \`occupations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`occupations_sector_idx\` ON \`occupations\` (\`sector_id\`);`)
  await db.run(
    sql`CREATE INDEX \`occupations_updated_at_idx\` ON \`occupations\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`occupations_created_at_idx\` ON \`occupations\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`occupations_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`occupations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`occupations_locales_locale_parent_id_unique\` ON \`occupations_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`office_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`office_id\`) REFERENCES \`regional_offices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_office_idx\` ON \`users\` (\`office_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`projects_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`users_rels_projects_id_idx\` ON \`users_rels\` (\`projects_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`transfer_products_id\` integer,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`transfer_products_id\`) REFERENCES \`transfer_products\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regional_offices_id\`) REFERENCES \`regional_offices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`alliances_id\`) REFERENCES \`alliances\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`adoption_requests_id\`) REFERENCES \`adoption_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`adoptions_id\`) REFERENCES \`adoptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sectors_id\`) REFERENCES \`sectors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`occupations_id\`) REFERENCES \`occupations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`privacy_policy_version\` text DEFAULT '1' NOT NULL,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`contact_postal_address_street\` text,
  	\`contact_postal_address_postcode\` text,
  	\`contact_postal_address_city\` text,
  	\`contact_postal_address_state\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`site_settings_locales\` (
  	\`imprint\` text,
  	\`privacy_policy\` text,
  	\`accessibility_statement\` text,
  	\`contact_role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`transfer_products_downloads\`;`)
  await db.run(sql`DROP TABLE \`transfer_products_downloads_locales\`;`)
  await db.run(sql`DROP TABLE \`transfer_products_target_groups\`;`)
  await db.run(sql`DROP TABLE \`transfer_products_regions_of_origin\`;`)
  await db.run(sql`DROP TABLE \`transfer_products_adoption_kit_languages\`;`)
  await db.run(sql`DROP TABLE \`transfer_products\`;`)
  await db.run(sql`DROP TABLE \`transfer_products_locales\`;`)
  await db.run(sql`DROP TABLE \`transfer_products_rels\`;`)
  await db.run(sql`DROP TABLE \`_transfer_products_v_version_downloads\`;`)
  await db.run(sql`DROP TABLE \`_transfer_products_v_version_downloads_locales\`;`)
  await db.run(sql`DROP TABLE \`_transfer_products_v_version_target_groups\`;`)
  await db.run(sql`DROP TABLE \`_transfer_products_v_version_regions_of_origin\`;`)
  await db.run(sql`DROP TABLE \`_transfer_products_v_version_adoption_kit_languages\`;`)
  await db.run(sql`DROP TABLE \`_transfer_products_v\`;`)
  await db.run(sql`DROP TABLE \`_transfer_products_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_transfer_products_v_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`projects\`;`)
  await db.run(sql`DROP TABLE \`projects_locales\`;`)
  await db.run(sql`DROP TABLE \`projects_rels\`;`)
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`DROP TABLE \`regional_offices_states\`;`)
  await db.run(sql`DROP TABLE \`regional_offices\`;`)
  await db.run(sql`DROP TABLE \`regional_offices_locales\`;`)
  await db.run(sql`DROP TABLE \`alliances\`;`)
  await db.run(sql`DROP TABLE \`alliances_locales\`;`)
  await db.run(sql`DROP TABLE \`adoption_requests_status_history\`;`)
  await db.run(sql`DROP TABLE \`adoption_requests\`;`)
  await db.run(sql`DROP TABLE \`adoption_requests_rels\`;`)
  await db.run(sql`DROP TABLE \`adoptions\`;`)
  await db.run(sql`DROP TABLE \`sectors\`;`)
  await db.run(sql`DROP TABLE \`sectors_locales\`;`)
  await db.run(sql`DROP TABLE \`occupations\`;`)
  await db.run(sql`DROP TABLE \`occupations_locales\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
}
