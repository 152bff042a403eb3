// Measures what a first visit to a page transfers: JavaScript and everything, compressed as sent
// (the server's gzip/brotli), in Debian's Chromium with an empty cache.
// Usage: node bench/page-weight.mjs http://127.0.0.1:3000/produkte [more URLs…]
// BENCH_VERBOSE=1 also lists every script with its compressed size.
import { chromium } from 'playwright-core'

const urls = process.argv.slice(2)
if (urls.length === 0) {
  console.error('Usage: node bench/page-weight.mjs URL [URL…]')
  process.exit(1)
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
console.log('page | JS requests | JS compressed kB | all compressed kB')
for (const url of urls) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  const types = new Map()
  const sizes = new Map()
  const urls = new Map()
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    types.set(requestId, type)
    urls.set(requestId, response.url)
  })
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) =>
    sizes.set(requestId, encodedDataLength),
  )
  await page.goto(url, { waitUntil: 'networkidle' })
  let js = 0
  let jsCount = 0
  let all = 0
  for (const [id, bytes] of sizes) {
    all += bytes
    if (types.get(id) === 'Script') {
      js += bytes
      jsCount += 1
      if (process.env.BENCH_VERBOSE)
        console.log(`  ${(bytes / 1024).toFixed(1)} kB ${urls.get(id)}`)
    }
  }
  console.log(
    `${new URL(url).pathname}${new URL(url).search} | ${jsCount} | ${(js / 1024).toFixed(1)} | ${(all / 1024).toFixed(1)}`,
  )
  await context.close()
}
await browser.close()
