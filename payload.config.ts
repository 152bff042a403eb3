import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig, type DatabaseAdapterObj, defaultLoggerOptions } from 'payload'
import sharp from 'sharp'

import { collections } from '@/collections'
import { withBusyTimeoutOnEveryConnection } from '@/db/busyTimeoutOnEveryConnection'
import { indexLocalesByParent } from '@/db/indexLocalesByParent'
import { withQueryPresetsWithoutNestedTransaction } from '@/db/queryPresetsWithoutNestedTransaction'
import { ADMIN_DATE_FORMAT, withAdminDateFormats } from '@/fields/withAdminDateFormats'
import { answerClientErrors } from '@/hooks/answerClientErrors'
import { withRequestGuards } from '@/hooks/withRequestGuards'
import { withInternalAccess } from '@/access/payloadInternals'
import { Users } from '@/collections/Users'
import { DEFAULT_LOCALE, FAVICON_PATH, IMPACT_VIEW_PATH, MEDIA_MAX_BYTES } from '@/constants'
import { adminTranslations } from '@/i18n/admin'
import { healthEndpoint } from '@/endpoints/health'
import { impactCsvEndpoint } from '@/endpoints/impactCsv'
import { SiteSettings } from '@/globals/SiteSettings/config'
import { jobs } from '@/jobs'
import { logClientErrorsAsOneLine } from '@/lib/clientErrors'
import { chooseDatabase } from '@/lib/database'
import { originOf } from '@/lib/http/csrf'
import { smtpAdapter, smtpSettings } from '@/lib/email/adapter'
import { payloadSecret } from '@/lib/env'
import { migrations } from '@/migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const SQLITE_BUSY_TIMEOUT_MS = 10_000

/** The database adapter, chosen from DATABASE_URL alone (see src/lib/database.ts). */
const databaseAdapter = (): DatabaseAdapterObj => {
  const database = chooseDatabase(process.env.DATABASE_URL)
  if (database.kind === 'mongodb') {
    // Transactions need a replica set (Atlas, or `--replSet` on a self-managed cluster).
    return mongooseAdapter({ url: database.url })
  }
  mkdirSync(path.dirname(path.resolve(database.filePath)), { recursive: true })
  return withBusyTimeoutOnEveryConnection(
    sqliteAdapter({
      client: { url: database.url },
      // The schema only ever changes through the committed migrations in src/migrations, in every
      // environment, so a development database and a production one cannot drift apart.
      push: false,
      migrationDir: path.resolve(dirname, 'src/migrations'),
      prodMigrations: migrations,
      transactionOptions: {},
      wal: true,
      busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
      afterSchemaInit: [indexLocalesByParent],
    }),
    SQLITE_BUSY_TIMEOUT_MS,
  )
}

/** SMTP from the environment (src/lib/email/adapter.ts); without it, mails go to the log. */
const emailAdapter = () => {
  const settings = smtpSettings()
  return settings ? smtpAdapter(settings) : undefined
}

// Payload's own collections and globals (which exist only once the config is sanitized) get our
// access rules (src/access/payloadInternals.ts), the query checks and 404s for switched-off routes
// (src/hooks/withRequestGuards.ts).
export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.NEXT_PUBLIC_SERVER_URL || '',
  // Login cookies count only for requests from the public address (src/proxy.ts also refuses
  // cross-site state changes when no address is configured, comparing with the request's host).
  csrf: [originOf(process.env.NEXT_PUBLIC_SERVER_URL)].filter((origin) => origin !== undefined),
  telemetry: false,
  admin: {
    user: Users.slug,
    avatar: 'default',
    dateFormat: ADMIN_DATE_FORMAT,
    importMap: { baseDir: path.resolve(dirname, 'src') },
    components: {
      // The catalogue's own marks (drawn in src/components/admin/branding) instead of Payload's.
      graphics: {
        Logo: '@/components/admin/branding/Logo#Logo',
        Icon: '@/components/admin/branding/Icon#Icon',
      },
      // What the admin is for and whom to ask, above the login form.
      beforeLogin: ['@/components/admin/branding/LoginIntro#LoginIntro'],
      // The admin home: request figures for office staff and admins above the collection cards.
      views: {
        dashboard: { Component: '@/components/admin/RequestDashboard#RequestDashboard' },
        // The programme's impact for admins and office staff (src/components/admin/impact).
        impact: {
          Component: '@/components/admin/impact/ImpactView#ImpactView',
          path: IMPACT_VIEW_PATH,
          exact: true,
        },
      },
      afterNavLinks: ['@/components/admin/impact/ImpactNavLink#ImpactNavLink'],
    },
    meta: {
      titleSuffix: ' · Transferkatalog',
      // Served by src/app/favicon.svg (the same mark as the public site's).
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: FAVICON_PATH }],
    },
  },
  collections,
  globals: [SiteSettings],
  // GET /api/health for load balancers (src/endpoints/health.ts); GET /api/impact/export.csv,
  // the impact figures for reports (src/endpoints/impactCsv.ts).
  endpoints: [healthEndpoint, impactCsvEndpoint],
  db: databaseAdapter(),
  editor: lexicalEditor(),
  sharp,
  graphQL: { disable: true },
  localization: {
    locales: [
      { code: 'de', label: 'Deutsch' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
  },
  i18n: {
    supportedLanguages: { de, en },
    fallbackLanguage: DEFAULT_LOCALE,
    // The few of our texts that client components of the admin read (src/i18n/admin.ts).
    translations: adminTranslations,
  },
  upload: { limits: { fileSize: MEDIA_MAX_BYTES } },
  // Scheduled publishing, the email queue and the nightly data-protection jobs (src/jobs).
  jobs,
  email: emailAdapter(),
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  // Client errors answer with a message naming the parameter and are logged as one line without
  // a stack or personal data; server errors keep their stack (src/lib/clientErrors.ts).
  hooks: { afterError: [answerClientErrors] },
  logger: {
    options: { hooks: { logMethod: logClientErrorsAsOneLine } },
    destination: defaultLoggerOptions,
  },
})
  .then(withInternalAccess)
  .then(withRequestGuards)
  .then(withQueryPresetsWithoutNestedTransaction)
  .then(withAdminDateFormats)
