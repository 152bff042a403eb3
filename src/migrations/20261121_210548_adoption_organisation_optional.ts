import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_adoptions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`product_id\` integer NOT NULL,
  	\`organisation_id\` integer,
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
  await db.run(
    sql`INSERT INTO \`__new_adoptions\`("id", "product_id", "organisation_id", "place_city", "place_state", "place_location_latitude", "place_location_longitude", "since", "status", "public_consent", "source_request_id", "confirmed_by_id", "updated_at", "created_at") SELECT "id", "product_id", "organisation_id", "place_city", "place_state", "place_location_latitude", "place_location_longitude", "since", "status", "public_consent", "source_request_id", "confirmed_by_id", "updated_at", "created_at" FROM \`adoptions\`;`,
  )
  await db.run(sql`DROP TABLE \`adoptions\`;`)
  await db.run(sql`ALTER TABLE \`__new_adoptions\` RENAME TO \`adoptions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_adoptions\` (
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
  await db.run(
    sql`INSERT INTO \`__new_adoptions\`("id", "product_id", "organisation_id", "place_city", "place_state", "place_location_latitude", "place_location_longitude", "since", "status", "public_consent", "source_request_id", "confirmed_by_id", "updated_at", "created_at") SELECT "id", "product_id", "organisation_id", "place_city", "place_state", "place_location_latitude", "place_location_longitude", "since", "status", "public_consent", "source_request_id", "confirmed_by_id", "updated_at", "created_at" FROM \`adoptions\`;`,
  )
  await db.run(sql`DROP TABLE \`adoptions\`;`)
  await db.run(sql`ALTER TABLE \`__new_adoptions\` RENAME TO \`adoptions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
}
