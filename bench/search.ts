/**
 * Benchmark of the public catalogue search (src/data/catalogue/) against the same question asked
 * of the database through the Local API. See bench/README.md. Run from the project root:
 *
 *   NODE_OPTIONS="--no-deprecation --conditions=development" npx payload run bench/search.ts
 *
 * Every size gets a fresh SQLite file in a temporary directory and two child processes (the
 * Payload config reads DATABASE_URL once, and the catalogue is cached per process): the first
 * migrates, seeds the demo content and writes N generated published products; the second starts
 * like an app server on the filled database, builds the catalogue and times the searches, so that
 * its memory figures are the catalogue's and not the bulk insert's.
 *
 * Settings (environment): BENCH_SIZES (default "10000,100000"), BENCH_RUNS (200), BENCH_WARMUP
 * (5), BENCH_LANDING_RUNS (50), BENCH_SEED (20261121), BENCH_BATCH (1000 products per
 * transaction), BENCH_VERSIONS (false: also write a version row per product),
 * BENCH_LOCALES_INDEX (false: add an index on transfer_products_locales._parent_id to the
 * benchmark database, the fix suggested in the README), BENCH_TIMEOUT_MINUTES (10 per size),
 * BENCH_KEEP (false: keep the temporary databases), BENCH_DIR (the system's temporary
 * directory), BENCH_ENFORCE (false: exit 1 when a p95 target is missed or a size timed out).
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import { getPayload, type Migration, type Payload, type Where } from 'payload'

import { COLLECTIONS, PRODUCT_KINDS, TARGET_GROUPS, type Locale } from '@/constants'
import { getCatalogue, searchCatalogue } from '@/data/catalogue'
import { richText } from '@/lib/richText'
import { slugify } from '@/lib/slugify'
import { tokenize } from '@/lib/search'
import { waitUntil } from '@/lib/waitUntil'
import { migrations } from '@/migrations'
import { seed } from '@/seed'
import { OCCUPATIONS, PRODUCTS, SECTORS } from '@/seed/content'

import {
  createRandom,
  pick,
  pickSkewed,
  pickSome,
  productFacets,
  productText,
  QUERY_WORDS,
  type Random,
} from './generate'

/** p95 targets from the issue, in ms, for the sizes it names (on the 2-core reference machine). */
const TARGET_P95_MS: Record<number, number> = { 10_000: 50, 100_000: 150 }

const LOCALE: Locale = 'de'
const DB_FILE = 'bench.db'
const RESULT_FILE = 'result.json'

const envNumber = (name: string, fallback: number): number => {
  const raw = process.env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw.replace(/_/g, ''))
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number.`)
  return value
}
const envFlag = (name: string): boolean => /^(1|true|yes)$/i.test(process.env[name]?.trim() ?? '')

const settings = () => ({
  sizes: (process.env.BENCH_SIZES?.trim() || '10000,100000')
    .split(',')
    .map((part) => Number(part.trim().replace(/_/g, '')))
    .map((size) => {
      if (!Number.isInteger(size) || size < 1) throw new Error('BENCH_SIZES: whole numbers ≥ 1.')
      return size
    }),
  runs: Math.max(1, envNumber('BENCH_RUNS', 200)),
  warmup: envNumber('BENCH_WARMUP', 5),
  landingRuns: envNumber('BENCH_LANDING_RUNS', 50),
  seed: envNumber('BENCH_SEED', 20261121),
  batch: Math.max(1, envNumber('BENCH_BATCH', 1000)),
  versions: envFlag('BENCH_VERSIONS'),
  localesIndex: envFlag('BENCH_LOCALES_INDEX'),
  timeoutMinutes: Math.max(1, envNumber('BENCH_TIMEOUT_MINUTES', 10)),
})
type Settings = ReturnType<typeof settings>

type Stats = { p50: number; p95: number; max: number; mean: number }

/** The steps of one size, in order; a run that times out reports the last one it finished. */
type Phase =
  'started' | 'seeded' | 'inserted' | 'built' | 'searched' | 'landing' | 'queried' | 'complete'
const NEXT_STEP: Record<Phase, string> = {
  started: 'migrating and seeding',
  seeded: 'inserting products',
  inserted: 'building the catalogue',
  built: 'timing searchCatalogue',
  searched: 'timing the landing page',
  landing: 'timing payload.find',
  queried: 'timing the fingerprint check',
  complete: 'finishing',
}

export type SizeResult = {
  size: number
  status: 'complete' | 'timed out' | 'failed'
  phase: Phase
  /** Published products in the catalogue: the generated ones plus the seeded demo products. */
  catalogueSize?: number
  insertSeconds?: number
  insertPerSecond?: number
  /** Distinct folded words in the generated titles, pitches and descriptions. */
  distinctWords?: number
  /** First getCatalogue call of a fresh process: fingerprint queries, reading, indexing. */
  buildMs?: number
  /** Of the measuring process, which only starts Payload and builds the catalogue before. */
  memory?: {
    heapBeforeMb: number
    heapAfterMb: number
    catalogueHeapMb: number
    rssBeforeMb: number
    rssAfterMb: number
    peakRssMb: number
  }
  /** Query word plus kind, sector and target group filters. */
  search?: Stats & { meanTotal: number }
  /**
   * The same with query words the index has not seen yet (typo variants and word starts of the
   * query words), so every search scans the vocabulary instead of reusing a remembered match.
   */
  searchUnseen?: Stats & { meanTotal: number }
  /** No query, no filters, default sort: the catalogue page as first opened. */
  landing?: Stats & { runs: number }
  /** The same question as `search`, asked with payload.find (limit 12, depth 0). */
  db?: Stats & { meanTotal: number }
  ratio?: { p50: number; p95: number; max: number }
  /** One fingerprint check (getCatalogue once its 2 s are over): part of every 2 s of searches. */
  fingerprintCheckMs?: number[]
  targetP95Ms: number | null
  /** Whether the search p95 met the target (false when the run did not get that far). */
  meetsTarget: boolean | null
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits
const mb = (bytes: number) => round(bytes / 1024 / 1024)

/** Nearest-rank percentiles. */
const stats = (samples: number[]): Stats => {
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]
  return {
    p50: round(rank(0.5), 2),
    p95: round(rank(0.95), 2),
    max: round(sorted[sorted.length - 1], 2),
    mean: round(samples.reduce((sum, value) => sum + value, 0) / samples.length, 2),
  }
}

const collectGarbage = () => {
  // The children run with --expose-gc, so that heap figures are of live objects only.
  globalThis.gc?.()
  globalThis.gc?.()
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const log = (size: number, message: string) =>
  console.log(`[bench ${size.toLocaleString('en')}] ${message}`)

type Reference = {
  projectIds: (number | string)[]
  sectorIds: Map<string, number | string>
  occupationIds: Map<string, number | string>
  imageIds: (number | string)[]
}

const readReference = async (payload: Payload): Promise<Reference> => {
  const all = { depth: 0, pagination: false, overrideAccess: true } as const
  const [projects, sectors, occupations, media] = await Promise.all([
    payload.find({ collection: COLLECTIONS.projects, ...all, select: {} }),
    payload.find({ collection: COLLECTIONS.sectors, ...all, select: { slug: true } }),
    payload.find({ collection: COLLECTIONS.occupations, ...all, select: { slug: true } }),
    payload.find({
      collection: COLLECTIONS.media,
      ...all,
      where: { mimeType: { like: 'image/' } },
      select: {},
    }),
  ])
  return {
    projectIds: projects.docs.map(({ id }) => id),
    sectorIds: new Map(sectors.docs.map(({ id, slug }) => [slug ?? String(id), id])),
    occupationIds: new Map(occupations.docs.map(({ id, slug }) => [slug ?? String(id), id])),
    imageIds: media.docs.map(({ id }) => id),
  }
}

const SECTOR_SLUGS = SECTORS.map(({ slug }) => slug)
const CONTACTS = [
  { role: 'Regionalbüro West, Transferberatung', email: 'transfer-west@example.org' },
  { role: 'Regionalbüro Süd, Transferberatung', email: 'transfer-sued@example.org' },
  { role: 'Regionalbüro Nord, Transferberatung', email: 'transfer-nord@example.org' },
  { role: 'Regionalbüro Ost, Transferberatung', email: 'transfer-ost@example.org' },
]
const DAY_MS = 86_400_000
const LATEST = Date.parse('2026-11-01T00:00:00.000Z')

/**
 * One generated product as the database adapter stores it: localized fields keyed by locale (the
 * shape the adapters take, SQLite and MongoDB alike), relationships as ids. No hooks run, so the
 * dates and the published status are set here.
 */
const productData = (random: Random, index: number, reference: Reference) => {
  const text = productText(random)
  const facets = productFacets(random)
  const sectors = pickSome(random, SECTOR_SLUGS, random() < 0.7 ? 1 : 2)
  const occupations = pickSome(
    random,
    OCCUPATIONS.filter((occupation) => sectors.some((sector) => sector === occupation.sector)),
    Math.floor(random() * 3),
  )
  const created = LATEST - Math.floor(random() * 3 * 365 * DAY_MS)
  const published = created + Math.floor(random() * 30 * DAY_MS)
  const updated = Math.min(LATEST, published + Math.floor(random() * 200 * DAY_MS))
  const contact = pick(random, CONTACTS)
  return {
    _status: 'published',
    slug: `${slugify(text.title).slice(0, 80)}-${index}`,
    title: { [LOCALE]: text.title },
    pitch: { [LOCALE]: text.pitch },
    description: { [LOCALE]: richText(...text.description) },
    heroImage:
      reference.imageIds.length > 0 && random() < 0.8 ? pick(random, reference.imageIds) : null,
    kind: facets.kind,
    targetGroups: facets.targetGroups,
    sectors: sectors.map((slug) => reference.sectorIds.get(slug)),
    occupations: occupations.map(({ slug }) => reference.occupationIds.get(slug)),
    transferStatus: facets.transferStatus,
    format: facets.format ?? null,
    adoptionKit: { effortDays: facets.effortDays ?? null, costModel: facets.costModel ?? null },
    contact: { role: { [LOCALE]: contact.role }, email: contact.email },
    originProject: pickSkewed(random, reference.projectIds, 1.2),
    firstPublishedAt: new Date(published).toISOString(),
    createdAt: new Date(created).toISOString(),
    updatedAt: new Date(updated).toISOString(),
    text,
  }
}

/**
 * Writes `size` published products through the database adapter (payload.db), in transactions of
 * `batch` products. The Local API (payload.create) runs validation, hooks and a version per
 * product and managed about 30 products a second here, far too slow for 100,000.
 */
const insertProducts = async ({
  payload,
  size,
  settings: { batch, seed: seedValue, versions },
  reference,
}: {
  payload: Payload
  size: number
  settings: Settings
  reference: Reference
}): Promise<{ seconds: number; distinctWords: number }> => {
  const random = createRandom(seedValue + size)
  const words = new Set<string>()
  const started = performance.now()
  for (let start = 0; start < size; start += batch) {
    const transactionID = await payload.db.beginTransaction()
    const req = transactionID === null ? {} : { transactionID }
    try {
      for (let index = start; index < Math.min(size, start + batch); index += 1) {
        const { text, ...data } = productData(random, index, reference)
        for (const part of [text.title, text.pitch, ...text.description])
          for (const word of tokenize(part)) words.add(word)
        if (!versions) {
          await payload.db.create({
            collection: COLLECTIONS.transferProducts,
            data,
            req,
            returning: false,
          })
          continue
        }
        const doc: { id: number | string } = await payload.db.create({
          collection: COLLECTIONS.transferProducts,
          data,
          req,
          select: { id: true },
        })
        await payload.db.createVersion({
          collectionSlug: COLLECTIONS.transferProducts,
          parent: doc.id,
          versionData: { ...data, id: doc.id },
          autosave: false,
          createdAt: data.updatedAt,
          updatedAt: data.updatedAt,
          req,
          returning: false,
        })
      }
      if (transactionID !== null) await payload.db.commitTransaction(transactionID)
    } catch (error) {
      if (transactionID !== null) await payload.db.rollbackTransaction(transactionID)
      throw error
    }
    const done = Math.min(size, start + batch)
    if (done % Math.max(batch, 10_000) === 0 || done === size) {
      const seconds = (performance.now() - started) / 1000
      log(size, `inserted ${done.toLocaleString('en')} products (${round(seconds)} s)`)
    }
  }
  return { seconds: (performance.now() - started) / 1000, distinctWords: words.size }
}

type QuerySpec = { word: string; kind: string; sector: string; targetGroups: string[] }

const querySpecs = (random: Random, count: number): QuerySpec[] =>
  Array.from({ length: count }, () => ({
    word: pick(random, QUERY_WORDS),
    kind: pick(random, PRODUCT_KINDS),
    sector: pick(random, SECTOR_SLUGS),
    targetGroups: pickSome(random, TARGET_GROUPS, 1 + Math.floor(random() * 2)),
  }))

/** A variant of a query word that no earlier query used: a word start or one changed letter. */
const unseenWord = (random: Random, word: string, run: number): string => {
  if (run % 2 === 0 && word.length > 5)
    return word.slice(0, 4 + Math.floor(random() * (word.length - 5)))
  const at = 2 + Math.floor(random() * (word.length - 2))
  return `${word.slice(0, at)}${pick(random, [...'aeinrstu'])}${word.slice(at + 1)}`
}

const runSearch = async (payload: Payload, spec: QuerySpec) => {
  const result = await searchCatalogue({
    payload,
    locale: LOCALE,
    query: spec.word,
    filters: { kind: [spec.kind], sector: [spec.sector], targetGroup: spec.targetGroups },
  })
  return result.total
}

const runDatabase = async (payload: Payload, spec: QuerySpec, reference: Reference) => {
  const where: Where = {
    and: [
      { or: [{ title: { like: spec.word } }, { pitch: { like: spec.word } }] },
      { kind: { in: [spec.kind] } },
      { sectors: { in: [reference.sectorIds.get(spec.sector)] } },
      { targetGroups: { in: spec.targetGroups } },
      { _status: { equals: 'published' } },
    ],
  }
  const result = await payload.find({
    collection: COLLECTIONS.transferProducts,
    where,
    limit: 12,
    depth: 0,
    locale: LOCALE,
    overrideAccess: false,
  })
  return result.totalDocs
}

/** Times `run` for every item (after `warmup` untimed calls): durations in ms and mean total. */
const timeRuns = async <T>(
  items: T[],
  warmup: number,
  run: (item: T) => Promise<number>,
): Promise<{ durations: number[]; meanTotal: number }> => {
  for (const item of items.slice(0, warmup)) await run(item)
  const durations: number[] = []
  let totals = 0
  for (const item of items) {
    const started = performance.now()
    totals += await run(item)
    durations.push(performance.now() - started)
  }
  return { durations, meanTotal: round(totals / items.length) }
}

const runLanding = async (payload: Payload) =>
  (await searchCatalogue({ payload, locale: LOCALE })).total

/**
 * The fix suggested in bench/README.md, applied to the benchmark database only: the locales table
 * has a unique index on (_locale, _parent_id), which cannot serve the adapter's per-document
 * lookup by _parent_id alone, so reading every product scans the table once per product.
 */
const addLocalesIndex = async (payload: Payload) => {
  if (payload.db.name !== 'sqlite') throw new Error('BENCH_LOCALES_INDEX needs the SQLite adapter.')
  await (payload.db as unknown as SQLiteAdapter).drizzle.run(
    sql`CREATE INDEX IF NOT EXISTS transfer_products_locales_parent_id_idx ON transfer_products_locales (_parent_id)`,
  )
}

type Stage = 'fill' | 'measure'

/** What both child processes share: the checked paths and the result saved after every step. */
const openRun = (stage: Stage) => {
  const size = Number(process.env.BENCH_CHILD_SIZE)
  const directory = process.env.BENCH_CHILD_DIR ?? ''
  const databaseFile = path.join(directory, DB_FILE)
  const resultFile = path.join(directory, RESULT_FILE)
  // Never touch a database the benchmark did not create: the URL must name the file in the run's
  // own directory, which the first stage must find empty and the second filled by the first.
  const fresh = !existsSync(databaseFile) && !existsSync(resultFile)
  if (
    !Number.isInteger(size) ||
    !directory ||
    process.env.DATABASE_URL !== `file:${databaseFile}` ||
    (stage === 'fill' ? !fresh : fresh)
  )
    throw new Error(`Refusing to run: DATABASE_URL is not the benchmark's file ${databaseFile}.`)
  const result: SizeResult =
    stage === 'fill'
      ? {
          size,
          status: 'complete',
          phase: 'started',
          targetP95Ms: TARGET_P95_MS[size] ?? null,
          meetsTarget: null,
        }
      : (JSON.parse(readFileSync(resultFile, 'utf8')) as SizeResult)
  if (stage === 'measure' && result.phase !== 'inserted')
    throw new Error('Refusing to run: the database was not filled by the benchmark.')
  const save = (phase: Phase, measures: Partial<SizeResult>) => {
    Object.assign(result, measures, { phase })
    writeFileSync(resultFile, JSON.stringify(result))
  }
  return { size, result, save }
}

const startPayload = async (): Promise<Payload> => {
  const { default: config } = await import('@payload-config')
  return getPayload({ config })
}

const countProducts = async (payload: Payload) =>
  (await payload.count({ collection: COLLECTIONS.transferProducts, overrideAccess: true }))
    .totalDocs

/** First child: migrate, seed and fill a fresh database. */
const fillDatabase = async () => {
  const settingsNow = settings()
  const { size, save } = openRun('fill')
  const payload = await startPayload()
  // The generated list is typed for the SQLite adapter; migrate takes Payload's general shape.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  if (settingsNow.localesIndex) await addLocalesIndex(payload)
  await seed({ payload, password: process.env.SEED_PASSWORD ?? '' })
  await waitUntil({
    message: 'The demo content did not become visible in time.',
    check: async () => (await countProducts(payload)) === PRODUCTS.length,
  })
  save('seeded', {})
  log(size, `migrated and seeded (${PRODUCTS.length} demo products)`)

  const reference = await readReference(payload)
  const inserted = await insertProducts({ payload, size, settings: settingsNow, reference })
  await waitUntil({
    message: 'The generated products did not become visible in time.',
    check: async () => (await countProducts(payload)) === PRODUCTS.length + size,
  })
  save('inserted', {
    insertSeconds: round(inserted.seconds),
    insertPerSecond: Math.round(size / inserted.seconds),
    distinctWords: inserted.distinctWords,
  })
  log(
    size,
    `${size.toLocaleString('en')} products in ${round(inserted.seconds)} s ` +
      `(${Math.round(size / inserted.seconds)}/s, ` +
      `${inserted.distinctWords.toLocaleString('en')} distinct words)`,
  )
}

/** Second child: a fresh process on the filled database, as an app server would start. */
const measureCatalogue = async () => {
  const settingsNow = settings()
  const { size, result, save } = openRun('measure')
  const payload = await startPayload()
  const reference = await readReference(payload)

  collectGarbage()
  const before = process.memoryUsage()
  log(size, 'building the catalogue')
  const buildStarted = performance.now()
  const catalogue = await getCatalogue({ payload, locale: LOCALE })
  const buildMs = performance.now() - buildStarted
  collectGarbage()
  const after = process.memoryUsage()
  if (catalogue.index.size !== PRODUCTS.length + size)
    throw new Error(`The catalogue has ${catalogue.index.size} products, not ${size}.`)
  save('built', {
    catalogueSize: catalogue.index.size,
    buildMs: Math.round(buildMs),
    memory: {
      heapBeforeMb: mb(before.heapUsed),
      heapAfterMb: mb(after.heapUsed),
      catalogueHeapMb: mb(after.heapUsed - before.heapUsed),
      rssBeforeMb: mb(before.rss),
      rssAfterMb: mb(after.rss),
      peakRssMb: round(process.resourceUsage().maxRSS / 1024),
    },
  })
  log(size, `catalogue built in ${Math.round(buildMs)} ms, RSS ${mb(after.rss)} MB`)

  const specs = querySpecs(createRandom(settingsNow.seed + size + 1), settingsNow.runs)
  const search = await timeRuns(specs, settingsNow.warmup, (spec) => runSearch(payload, spec))
  const searchStats = stats(search.durations)
  const target = result.targetP95Ms
  save('searched', {
    search: { ...searchStats, meanTotal: search.meanTotal },
    meetsTarget: target === null ? null : searchStats.p95 <= target,
  })
  log(size, `searchCatalogue p50 ${searchStats.p50} ms, p95 ${searchStats.p95} ms`)

  const variants = createRandom(settingsNow.seed + size + 2)
  const seen = new Set(specs.map((spec) => spec.word))
  const unseenSpecs = specs.map((spec, run) => {
    let word = unseenWord(variants, spec.word, run)
    for (let attempt = 1; seen.has(word) && attempt < 50; attempt += 1)
      word = unseenWord(variants, spec.word, run + attempt)
    seen.add(word)
    return { ...spec, word }
  })
  const unseen = await timeRuns(unseenSpecs, 0, (spec) => runSearch(payload, spec))
  const unseenStats = stats(unseen.durations)
  save('searched', { searchUnseen: { ...unseenStats, meanTotal: unseen.meanTotal } })
  log(size, `unseen words: p50 ${unseenStats.p50} ms, p95 ${unseenStats.p95} ms`)

  if (settingsNow.landingRuns > 0) {
    const landing = await timeRuns(
      Array.from({ length: settingsNow.landingRuns }, (_, run) => run),
      settingsNow.warmup,
      () => runLanding(payload),
    )
    const landingStats = stats(landing.durations)
    save('landing', { landing: { ...landingStats, runs: landing.durations.length } })
    log(size, `landing page p50 ${landingStats.p50} ms, p95 ${landingStats.p95} ms`)
  }

  const database = await timeRuns(specs, settingsNow.warmup, (spec) =>
    runDatabase(payload, spec, reference),
  )
  const databaseStats = stats(database.durations)
  save('queried', {
    db: { ...databaseStats, meanTotal: database.meanTotal },
    ratio: {
      p50: round(searchStats.p50 / databaseStats.p50, 2),
      p95: round(searchStats.p95 / databaseStats.p95, 2),
      max: round(searchStats.max / databaseStats.max, 2),
    },
  })
  log(size, `payload.find p50 ${databaseStats.p50} ms, p95 ${databaseStats.p95} ms`)

  // What a search pays every 2 s: the database fingerprint check before the cached catalogue.
  const fingerprintCheckMs: number[] = []
  for (let sample = 0; sample < 3; sample += 1) {
    await sleep(2_100)
    const started = performance.now()
    await getCatalogue({ payload, locale: LOCALE })
    fingerprintCheckMs.push(round(performance.now() - started, 2))
  }
  save('complete', { fingerprintCheckMs })
}

/** Runs one stage in a child process; kills it (by its pid) when it takes longer than `timeoutMs`. */
const runChild = (
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ code: number; timedOut: boolean }> =>
  new Promise((resolve, reject) => {
    // process.argv[1] is Payload's bin script; `payload run` runs this file again in the child.
    const child = spawn(
      process.execPath,
      ['--expose-gc', process.argv[1], 'run', fileURLToPath(import.meta.url)],
      { env, stdio: 'inherit' },
    )
    let timedOut = false
    const timer = setTimeout(
      () => {
        timedOut = true
        child.kill('SIGKILL')
      },
      Math.max(0, timeoutMs),
    )
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      resolve({ code: code ?? (signal ? 1 : 0), timedOut })
    })
  })

/** Both stages of one size, within one time limit; the result as far as the run got. */
const runSize = async (size: number, settingsNow: Settings): Promise<SizeResult> => {
  const base = process.env.BENCH_DIR?.trim() || os.tmpdir()
  const directory = mkdtempSync(path.join(base, `catalogue-bench-${size}-`))
  const resultFile = path.join(directory, RESULT_FILE)
  const deadline = Date.now() + settingsNow.timeoutMinutes * 60_000
  const env = {
    ...process.env,
    BENCH_CHILD_SIZE: String(size),
    BENCH_CHILD_DIR: directory,
    DATABASE_URL: `file:${path.join(directory, DB_FILE)}`,
    MEDIA_DIR: path.join(directory, 'media'),
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'catalogue-benchmark-only',
    PAYLOAD_DISABLE_JOBS: 'true',
    SEED_PASSWORD: process.env.SEED_PASSWORD || randomBytes(12).toString('hex'),
  }
  const saved = () =>
    existsSync(resultFile)
      ? (JSON.parse(readFileSync(resultFile, 'utf8')) as SizeResult)
      : undefined
  /** Runs one stage; `done` is false when it failed or the time limit stopped it. */
  const runStage = async (stage: Stage): Promise<{ done: boolean; result: SizeResult }> => {
    const { code, timedOut } = await runChild(
      { ...env, BENCH_CHILD_STAGE: stage },
      deadline - Date.now(),
    )
    const result = saved()
    if (!timedOut && code === 0 && result !== undefined) return { done: true, result }
    const status = timedOut ? 'timed out' : 'failed'
    const step = NEXT_STEP[result?.phase ?? 'started']
    console.log(
      `[bench ${size.toLocaleString('en')}] ` +
        (timedOut
          ? `stopped after ${settingsNow.timeoutMinutes} min (BENCH_TIMEOUT_MINUTES) while ${step}`
          : `failed while ${step} (exit code ${code}, see above)`),
    )
    const target = TARGET_P95_MS[size]
    return {
      done: false,
      result: {
        size,
        phase: 'started',
        targetP95Ms: target ?? null,
        ...result,
        status,
        meetsTarget: target === undefined ? null : (result?.meetsTarget ?? false),
      },
    }
  }
  try {
    const filled = await runStage('fill')
    return filled.done ? (await runStage('measure')).result : filled.result
  } finally {
    if (envFlag('BENCH_KEEP')) console.log(`Kept ${directory}`)
    else rmSync(directory, { recursive: true, force: true })
  }
}

const printTable = (results: SizeResult[], settingsNow: Settings) => {
  const cpus = os.cpus()
  console.log('')
  console.log(
    `Catalogue search benchmark, ${new Date().toISOString()}: ${cpus.length} × ` +
      `${cpus[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, SQLite, ` +
      `${settingsNow.runs} runs per measure after ${settingsNow.warmup} warm-up runs.`,
  )
  console.log(
    'Products written through payload.db (adapter level) as published main documents, ' +
      (settingsNow.versions
        ? 'with one version row each.'
        : 'without version rows (the public catalogue reads main documents only).'),
  )
  console.log(
    settingsNow.localesIndex
      ? 'BENCH_LOCALES_INDEX: the benchmark database has the extra index on ' +
          'transfer_products_locales(_parent_id) (not in the project migrations).'
      : 'Schema exactly as the project migrations create it.',
  )
  type Cell = number | string | null | undefined
  const fmt = (value: Cell) =>
    value === null || value === undefined
      ? '–'
      : typeof value === 'number'
        ? value.toLocaleString('en')
        : value
  const rows: [string, (result: SizeResult) => Cell][] = [
    ['status', (r) => (r.status === 'complete' ? r.status : `${r.status}: ${NEXT_STEP[r.phase]}`)],
    ['products in the catalogue', (r) => r.catalogueSize],
    ['distinct words generated', (r) => r.distinctWords],
    ['insert time (s)', (r) => r.insertSeconds],
    ['catalogue build, first call (ms)', (r) => r.buildMs],
    ['heap used after build (MB)', (r) => r.memory?.heapAfterMb],
    ['  of which the catalogue (MB)', (r) => r.memory?.catalogueHeapMb],
    ['RSS before build (MB)', (r) => r.memory?.rssBeforeMb],
    ['RSS after build (MB)', (r) => r.memory?.rssAfterMb],
    ['peak RSS (MB)', (r) => r.memory?.peakRssMb],
    ['searchCatalogue p50 (ms)', (r) => r.search?.p50],
    ['searchCatalogue p95 (ms)', (r) => r.search?.p95],
    ['searchCatalogue max (ms)', (r) => r.search?.max],
    ['  mean results', (r) => r.search?.meanTotal],
    ['searchCatalogue, unseen words p50 (ms)', (r) => r.searchUnseen?.p50],
    ['searchCatalogue, unseen words p95 (ms)', (r) => r.searchUnseen?.p95],
    ['  mean results', (r) => r.searchUnseen?.meanTotal],
    ['payload.find p50 (ms)', (r) => r.db?.p50],
    ['payload.find p95 (ms)', (r) => r.db?.p95],
    ['payload.find max (ms)', (r) => r.db?.max],
    ['  mean totalDocs', (r) => r.db?.meanTotal],
    ['ratio search/db p50', (r) => r.ratio?.p50],
    ['ratio search/db p95', (r) => r.ratio?.p95],
    ['landing page p50 (ms)', (r) => r.landing?.p50],
    ['landing page p95 (ms)', (r) => r.landing?.p95],
    ['landing page max (ms)', (r) => r.landing?.max],
    ['fingerprint check (ms)', (r) => r.fingerprintCheckMs?.join(' / ')],
    ['target search p95 (ms)', (r) => (r.targetP95Ms === null ? null : `≤ ${r.targetP95Ms}`)],
    ['target met', (r) => (r.meetsTarget === null ? null : r.meetsTarget ? 'yes' : 'NO')],
  ]
  const labelWidth = Math.max(...rows.map(([label]) => label.length))
  const columnWidth = Math.max(
    12,
    ...results.flatMap((result) => rows.map(([, value]) => fmt(value(result)).length + 2)),
  )
  const line = (label: string, cells: string[]) =>
    console.log(
      `${label.padEnd(labelWidth)}${cells.map((cell) => cell.padStart(columnWidth)).join('')}`,
    )
  console.log('')
  line(
    'products generated',
    results.map((result) => fmt(result.size)),
  )
  console.log('-'.repeat(labelWidth + columnWidth * results.length))
  for (const [label, value] of rows)
    line(
      label,
      results.map((result) => fmt(value(result))),
    )
  console.log('')
}

/** The parent process: both stages per size, then the table and one JSON line. */
const main = async (): Promise<SizeResult[]> => {
  const settingsNow = settings()
  const results: SizeResult[] = []
  for (const size of settingsNow.sizes) results.push(await runSize(size, settingsNow))
  printTable(results, settingsNow)
  console.log(
    JSON.stringify({
      benchmark: 'catalogue-search',
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      database: 'sqlite',
      insert: 'payload.db.create, published main documents',
      versionRows: settingsNow.versions,
      localesIndex: settingsNow.localesIndex,
      runs: settingsNow.runs,
      warmup: settingsNow.warmup,
      landingRuns: settingsNow.landingRuns,
      seed: settingsNow.seed,
      results,
    }),
  )
  return results
}

const stage = process.env.BENCH_CHILD_STAGE
try {
  if (stage === 'fill') await fillDatabase()
  else if (stage === 'measure') await measureCatalogue()
  else {
    const results = await main()
    const failed = results.some((result) => result.status === 'failed')
    const missed = results.some((result) => result.meetsTarget === false)
    process.exit(failed || (missed && envFlag('BENCH_ENFORCE')) ? 1 : 0)
  }
  process.exit(0)
} catch (error) {
  console.error(error)
  process.exit(1)
}
