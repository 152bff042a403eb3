// Measures what a first visit to a page transfers: stylesheets, JavaScript, fonts and everything,
// compressed as sent (the server's gzip/brotli, headers included), in Debian's Chromium with an
// empty cache. Also the stylesheets' bodies gzipped here (level 9), the figure the CSS budget of
// issue 12 (≤ 25 kB) is about.
// Usage: node bench/page-weight.mjs BASE_URL [PATH…]
//   without paths: /, /produkte and the first product page /produkte links to.
// BENCH_VERBOSE=1 also lists every stylesheet, script and font with its compressed size.
import { gzipSync } from 'node:zlib'

import { chromium } from 'playwright-core'

const [base, ...given] = process.argv.slice(2)
if (!base) {
  console.error('Usage: node bench/page-weight.mjs BASE_URL [PATH…]')
  process.exit(1)
}
const origin = base.replace(/\/$/, '')

const firstProductPath = async () => {
  const html = await (await fetch(`${origin}/produkte`)).text()
  const match = /href="(\/produkte\/[a-z0-9-]+)"/.exec(html)
  if (!match) throw new Error(`no product page linked from ${origin}/produkte`)
  return match[1]
}
const paths = given.length ? given : ['/', '/produkte', await firstProductPath()]

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
const kB = (bytes) => (bytes / 1024).toFixed(1)
const rows = []
for (const path of paths) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  const responses = new Map()
  cdp.on('Network.responseReceived', ({ requestId, type, response }) =>
    responses.set(requestId, { type, url: response.url, sent: 0 }),
  )
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const response = responses.get(requestId)
    if (response) response.sent = encodedDataLength
  })
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' })
  const totals = { Stylesheet: [0, 0], Script: [0, 0], Font: [0, 0], all: 0, cssGzip: 0 }
  for (const [requestId, { type, url, sent }] of responses) {
    totals.all += sent
    if (!totals[type]) continue
    totals[type][0] += 1
    totals[type][1] += sent
    if (type === 'Stylesheet') {
      const { body, base64Encoded } = await cdp.send('Network.getResponseBody', { requestId })
      totals.cssGzip += gzipSync(Buffer.from(body, base64Encoded ? 'base64' : 'utf8'), {
        level: 9,
      }).length
    }
    if (process.env.BENCH_VERBOSE) console.log(`  ${type} ${kB(sent)} kB ${url}`)
  }
  rows.push(
    `${path} | ${totals.Stylesheet[0]} | ${kB(totals.Stylesheet[1])} | ${kB(totals.cssGzip)} | ` +
      `${totals.Script[0]} | ${kB(totals.Script[1])} | ${totals.Font[0]} | ${kB(totals.Font[1])} | ` +
      kB(totals.all),
  )
  await context.close()
}
await browser.close()
console.log(
  'page | CSS files | CSS as sent kB | CSS gzip -9 kB | JS files | JS as sent kB | fonts | fonts kB | all kB',
)
for (const row of rows) console.log(row)
