/** Collection and global slugs: the one place they are spelled out. */
export const COLLECTIONS = {
  transferProducts: 'transfer-products',
  projects: 'projects',
  organisations: 'organisations',
  regionalOffices: 'regional-offices',
  alliances: 'alliances',
  sectors: 'sectors',
  occupations: 'occupations',
  adoptionRequests: 'adoption-requests',
  adoptions: 'adoptions',
  media: 'media',
  users: 'users',
  auditLog: 'audit-log',
  publicChanges: 'public-changes',
  rateLimits: 'rate-limits',
  jobLeases: 'job-leases',
  productRetirements: 'product-retirements',
  adopterQuestions: 'adopter-questions',
  // Follow (issue 13): e-mail notices about saved searches and products.
  subscriptions: 'subscriptions',
} as const

export const GLOBALS = {
  siteSettings: 'site-settings',
} as const

/**
 * What the public pages show: each change to these is recorded (see PublicChanges), and the
 * snapshot's fingerprint watches them.
 */
export const PUBLIC_COLLECTIONS = [
  COLLECTIONS.transferProducts,
  COLLECTIONS.productRetirements,
  COLLECTIONS.media,
  COLLECTIONS.projects,
  COLLECTIONS.organisations,
  COLLECTIONS.regionalOffices,
  COLLECTIONS.alliances,
  COLLECTIONS.adoptions,
  COLLECTIONS.sectors,
  COLLECTIONS.occupations,
] as const

/** Collections Payload adds itself (the job queue, the applied migrations). */
export const PAYLOAD_COLLECTIONS = {
  jobs: 'payload-jobs',
  migrations: 'payload-migrations',
} as const

/** The job queues; each instance works those named in PAYLOAD_JOB_QUEUES (src/jobs). */
export const JOB_QUEUES = {
  default: 'default',
  emails: 'emails',
  maintenance: 'maintenance',
} as const

/** Task slugs of the job queue (src/jobs). */
export const JOB_TASKS = {
  sendEmail: 'sendEmail',
  anonymiseRequests: 'anonymiseRequests',
  remindOutcomes: 'remindOutcomes',
  prunePublicChanges: 'prunePublicChanges',
  // Follow (issue 13).
  sendFollowDigests: 'sendFollowDigests',
  pruneSubscriptions: 'pruneSubscriptions',
} as const

export const LOCALES = ['de', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'de'

export const ROLES = ['admin', 'office-staff', 'project-staff'] as const
export type Role = (typeof ROLES)[number]

/** The 16 German federal states, keyed by their ISO 3166-2 code. */
export const FEDERAL_STATES = [
  'BW',
  'BY',
  'BE',
  'BB',
  'HB',
  'HH',
  'HE',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'SN',
  'ST',
  'SH',
  'TH',
] as const
export type FederalState = (typeof FEDERAL_STATES)[number]

export const PRODUCT_KINDS = [
  'ausbildungsmesse',
  'planspiel',
  'kreativ-tool',
  'app',
  'werkzeugkoffer',
  'zusatzqualifizierung',
  'beratungsangebot',
  'sonstiges',
] as const

export type ProductKind = (typeof PRODUCT_KINDS)[number]

export const TARGET_GROUPS = [
  'companies',
  'first-time-training-companies',
  'schools',
  'vocational-colleges',
  'municipalities',
  'economic-development',
  'chambers-associations',
  'young-people',
  'parents',
] as const

export const TRANSFER_STATUSES = [
  'in-development',
  'tested',
  'transfer-ready',
  'established',
] as const
export const PRODUCT_FORMATS = ['digital', 'in-person', 'hybrid'] as const
export const COST_MODELS = ['free', 'cost-covering', 'fee'] as const
export const CONTENT_LANGUAGES = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'pl', 'easy-german'] as const

export type TargetGroup = (typeof TARGET_GROUPS)[number]
export type TransferStatus = (typeof TRANSFER_STATUSES)[number]
export type ProductFormat = (typeof PRODUCT_FORMATS)[number]
export type CostModel = (typeof COST_MODELS)[number]
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number]

/** The public catalogue's filters (one URL parameter each), sorts and page size. */
export const FACETS = [
  'kind',
  'sector',
  'targetGroup',
  'office',
  'state',
  'transferStatus',
  'format',
  'costModel',
  'effort',
] as const
export type Facet = (typeof FACETS)[number]
export type FacetFilters = Partial<Record<Facet, string[]>>

export const SORTS = ['relevance', 'newest', 'adopted', 'title'] as const
export type Sort = (typeof SORTS)[number]

export const PAGE_SIZE = 12

/** Effort in person-days, grouped the way people think about it. */
export const EFFORT_RANGES = ['up-to-2', '3-to-10', '11-to-30', 'over-30'] as const
export type EffortRange = (typeof EFFORT_RANGES)[number]

export const ORGANISATION_TYPES = [
  'education-provider',
  'research-institute',
  'association-chamber',
  'foundation',
  'company',
  'vocational-college',
  'school',
  'municipality',
  'coordination-office',
  'economic-development',
  'other',
] as const

export type OrganisationType = (typeof ORGANISATION_TYPES)[number]

export const REQUEST_STATUSES = [
  'new',
  'in-review',
  'in-consultation',
  'trial',
  'adopted',
  'declined',
  'withdrawn',
] as const
export type RequestStatus = (typeof REQUEST_STATUSES)[number]

/** What the audit log records: personal data leaving the system. */
export const AUDIT_ACTIONS = [
  'requests-csv-export',
  'data-subject-export',
  'data-subject-erasure',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const ADOPTION_STATUSES = ['pilot', 'established', 'ended'] as const
export type AdoptionStatus = (typeof ADOPTION_STATUSES)[number]

/** Upload rules for the media collection. */
export const MEDIA_MIME_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'application/pdf',
] as const
export const MEDIA_MAX_BYTES = 20 * 1024 * 1024

export const PITCH_MAX_LENGTH = 300

/**
 * A product's review: project staff submit, the product's office publishes or sends it back with
 * a comment (src/lib/products/review.ts has the allowed transitions).
 */
export const REVIEW_STATUSES = ['draft', 'submitted', 'changes-requested', 'published'] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]
export const REVIEW_COMMENT_MAX_LENGTH = 2000
export const RETIREMENT_REASON_MAX_LENGTH = 1000

/** Context flags that seeds and tests set to switch side effects off (see src/hooks). */
export const CONTEXT = {
  skipSideEffects: 'skipSideEffects',
} as const

/** The catalogue's mark as the browsers' tab icon (src/app/favicon.svg) and the classic fallback. */
export const FAVICON_PATH = '/favicon.svg'
export const FAVICON_ICO_PATH = '/favicon.ico'
/** The mark for home screens (src/app/apple-touch-icon.png) and the web app manifest. */
export const APPLE_TOUCH_ICON_PATH = '/apple-touch-icon.png'
export const MANIFEST_PATH = '/manifest.webmanifest'

/** The programme's impact: the admin view (below the admin route) and its CSV (below /api). */
export const IMPACT_VIEW_PATH = '/impact'
export const IMPACT_CSV_PATH = '/impact/export.csv'
/**
 * Open data (`/open-data`): the licences the site settings offer, by the key stored there, with
 * the DCAT-AP.de licence URI GovData expects (http://dcat-ap.de/def/licenses/).
 */
export const OPEN_DATA_LICENCES = {
  'cc-by-4': 'http://dcat-ap.de/def/licenses/cc-by/4.0',
  'cc-by-sa-4': 'http://dcat-ap.de/def/licenses/cc-by-sa/4.0',
  'cc-zero': 'http://dcat-ap.de/def/licenses/cc-zero',
  'dl-by-de-2': 'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
  'dl-zero-de-2': 'http://dcat-ap.de/def/licenses/dl-zero-de/2.0',
} as const
export type OpenDataLicence = keyof typeof OPEN_DATA_LICENCES
export const OPEN_DATA_LICENCE_KEYS = Object.keys(OPEN_DATA_LICENCES) as OpenDataLicence[]
export const DEFAULT_OPEN_DATA_LICENCE: OpenDataLicence = 'cc-by-4'
/** Follow (issue 13): what a visitor can follow, and what a notice says happened. */
export const SUBSCRIPTION_KINDS = ['search', 'product'] as const
export type SubscriptionKind = (typeof SUBSCRIPTION_KINDS)[number]
export const SUBSCRIPTION_STATUSES = ['pending', 'confirmed'] as const
export const NOTICE_KINDS = ['new-match', 'new-version', 'new-adoption', 'retired'] as const
export type NoticeKind = (typeof NOTICE_KINDS)[number]
/** An unconfirmed subscription's link works this long; then the subscription is deleted. */
export const FOLLOW_CONFIRM_HOURS = 48
/** At most one notice mail per address in this time (a digest when more happened). */
export const FOLLOW_MAIL_INTERVAL_HOURS = 24
/**
 * At most this many follows per address: one digest names all of them in its one-click
 * unsubscribe link, which takes at most MAX_TOKENS_PER_LINK (50) tokens.
 */
export const FOLLOWS_PER_ADDRESS_MAX = 20
