// Server time of public pages from the cached snapshot, against the same pages right after the
// snapshot was invalidated (the baseline, measured in the same run): before each cold request an
// admin saves the site settings unchanged, which changes the database fingerprint, so the next
// request rebuilds the catalogue and reads the page's data from the database again.
//
// Usage (against a running app, e.g. `npm run demo`):
//   BENCH_EMAIL=admin@… BENCH_PASSWORD=… node bench/pages.mjs http://127.0.0.1:3000
// Optional: BENCH_RUNS (warm requests per page, default 50), BENCH_COLD_RUNS (default 10).
const base = process.argv[2] ?? 'http://127.0.0.1:3000'
const runs = Number(process.env.BENCH_RUNS ?? 50)
const coldRuns = Number(process.env.BENCH_COLD_RUNS ?? 10)
const { BENCH_EMAIL: email, BENCH_PASSWORD: password } = process.env
if (!email || !password) {
  console.error('Set BENCH_EMAIL and BENCH_PASSWORD to an admin login (npm run demo prints them).')
  process.exit(1)
}
const CHECK_INTERVAL_MS = 1_000 // src/data/snapshot.ts

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const percentile = (samples, p) => {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const round = (value) => Math.round(value * 10) / 10

const login = await fetch(`${base}/api/users/login`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ email, password }),
})
const { token } = await login.json()
if (!token) throw new Error(`Login failed with ${login.status}`)

const timed = async (path) => {
  const started = performance.now()
  const response = await fetch(`${base}${path}`)
  await response.arrayBuffer()
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`)
  return performance.now() - started
}

/** Saves the site settings unchanged: a new updatedAt, so every instance's fingerprint changes. */
const invalidate = async () => {
  const response = await fetch(`${base}/api/globals/site-settings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({}),
  })
  if (!response.ok) throw new Error(`Saving the site settings answered ${response.status}`)
  await sleep(CHECK_INTERVAL_MS + 100)
}

const { docs } = await (await fetch(`${base}/api/transfer-products?limit=1&depth=0`)).json()
const paths = [
  '/',
  '/produkte',
  '/produkte?q=ausbildung&kind=planspiel',
  `/produkte/${docs[0].slug}`,
  '/projekte',
  '/karte',
]

console.log('page | warm p50 | warm p95 | cold p50 | cold p95 | cold/warm p50 (ms)')
const results = []
for (const path of paths) {
  await timed(path)
  const warm = []
  for (let run = 0; run < runs; run += 1) warm.push(await timed(path))
  const cold = []
  for (let run = 0; run < coldRuns; run += 1) {
    await invalidate()
    cold.push(await timed(path))
  }
  const row = {
    path,
    warmP50: round(percentile(warm, 50)),
    warmP95: round(percentile(warm, 95)),
    coldP50: round(percentile(cold, 50)),
    coldP95: round(percentile(cold, 95)),
  }
  row.ratio = round(row.coldP50 / row.warmP50)
  results.push(row)
  console.log(
    `${path} | ${row.warmP50} | ${row.warmP95} | ${row.coldP50} | ${row.coldP95} | ${row.ratio}`,
  )
}
console.log(JSON.stringify({ benchmark: 'public-pages', base, runs, coldRuns, results }))
