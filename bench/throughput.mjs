// Throughput of public pages against the app's own Next-cached static route (`/robots.txt`,
// the baseline), side by side in one run: for each path, CONNECTIONS keep-alive connections send
// requests back to back for SECONDS, after a warm-up. Prints requests per second, p50/p95 latency
// and the ratio to the baseline's requests per second.
//
// Usage (against a running app, e.g. `npm run demo`):
//   node bench/throughput.mjs http://127.0.0.1:3000
// Optional: BENCH_CONNECTIONS (default 50), BENCH_SECONDS (default 10), BENCH_PATHS (comma-separated
// paths after the baseline, instead of the default set).
import http from 'node:http'

const base = new URL(process.argv[2] ?? 'http://127.0.0.1:3000')
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const agent = new http.Agent({ keepAlive: true, maxSockets: connections })

const percentile = (samples, p) => {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}
const round = (value) => Math.round(value * 10) / 10

/** One GET, its status and headers; the body is read and dropped. */
const get = (path) =>
  new Promise((resolve, reject) => {
    const request = http.get(new URL(path, base), { agent }, (response) => {
      response.on('data', () => {})
      response.on('end', () => resolve(response))
    })
    request.on('error', reject)
  })

const load = async (path, durationMs) => {
  const latencies = []
  const statuses = new Map()
  const until = performance.now() + durationMs
  const worker = async () => {
    while (performance.now() < until) {
      const started = performance.now()
      const response = await get(path)
      latencies.push(performance.now() - started)
      // The status, and whether Next served it from its cache (HIT) or rendered it (MISS).
      const outcome = `${response.statusCode} ${response.headers['x-nextjs-cache'] ?? '-'}`
      statuses.set(outcome, (statuses.get(outcome) ?? 0) + 1)
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: connections }, worker))
  const elapsed = (performance.now() - started) / 1000
  return { latencies, statuses, perSecond: latencies.length / elapsed }
}

const products = await (await fetch(new URL('/api/transfer-products?limit=1&depth=0', base))).json()
const slug = products.docs[0].slug
const paths = [
  '/robots.txt',
  ...(process.env.BENCH_PATHS?.split(',') ?? [
    `/produkte/${slug}`,
    '/',
    '/en/projekte',
    '/produkte?q=ausbildung&kind=planspiel',
  ]),
]

console.log(`${connections} connections, ${seconds} s per path, ${base.origin}`)
console.log('path | cache | req/s | p50 ms | p95 ms | ratio to /robots.txt')
const results = []
let baseline
for (const path of paths) {
  await load(path, 2_000)
  const response = await get(path)
  const { latencies, statuses, perSecond } = await load(path, seconds * 1000)
  baseline ??= perSecond
  const row = {
    path,
    cache: response.headers['x-nextjs-cache'] ?? response.headers['cache-control'] ?? '',
    statuses: Object.fromEntries(statuses),
    perSecond: round(perSecond),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    ratio: Math.round((perSecond / baseline) * 100) / 100,
  }
  results.push(row)
  console.log(`${path} | ${row.cache} | ${row.perSecond} | ${row.p50} | ${row.p95} | ${row.ratio}`)
}
agent.destroy()
console.log(JSON.stringify({ benchmark: 'throughput', connections, seconds, results }))
