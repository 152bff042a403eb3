// A local mail catcher for the demo and the tests: an SMTP server on loopback that keeps every
// message as an .eml file, and a small web page that lists them. Nothing is delivered onwards.
// Run alone: node src/scripts/mailCatcher.mjs [smtpPort] [httpPort] [directory]
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

const PARSED = '.json'

/**
 * What a test or the mail page needs of a message: recipients, subject, date and plain text,
 * decoded by mailparser (quoted-printable, base64, RFC 2047 headers, charsets).
 */
export const parseMail = async (raw) => {
  const mail = await simpleParser(raw)
  const addresses = [mail.to ?? []].flat()
  return {
    to: addresses.map((address) => address.text).join(', '),
    subject: mail.subject ?? '',
    date: mail.date?.toISOString() ?? '',
    text: (mail.text ?? '').replace(/\r\n/g, '\n'),
  }
}

/**
 * Every caught mail, oldest first. Each message is parsed once on arrival and kept beside its
 * .eml, so reading stays synchronous for tests that poll.
 */
export const readMails = (directory) => {
  let files = []
  try {
    files = readdirSync(directory).filter((file) => file.endsWith(PARSED))
  } catch {
    return []
  }
  return files.sort().map((file) => ({
    file: file.replace(PARSED, '.eml'),
    ...JSON.parse(readFileSync(path.join(directory, file), 'utf8')),
  }))
}

const escape = (text) =>
  String(text).replace(
    /[&<>"]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char],
  )

const page = (title, content) =>
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${escape(title)}</title>` +
  '<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}' +
  'td,th{padding:.3rem .6rem;text-align:left;border-bottom:1px solid #ddd}pre{white-space:pre-wrap}</style>' +
  `</head><body><h1>${escape(title)}</h1>${content}</body></html>`

/**
 * Starts the catcher. `refuseFirst` (tests only) makes the server refuse a recipient whose
 * address contains "+refuse<N>@" for its first N attempts, like a mail server that is down.
 */
export const startMailCatcher = async ({
  smtpPort = 1025,
  httpPort,
  directory,
  host = '127.0.0.1',
  refuseFirst = false,
}) => {
  mkdirSync(directory, { recursive: true })
  let sequence = 0
  const attempts = new Map()
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const match = refuseFirst && /\+refuse(\d+)@/.exec(address.address)
      if (match) {
        const count = (attempts.get(address.address) ?? 0) + 1
        attempts.set(address.address, count)
        if (count <= Number(match[1])) {
          const error = new Error('Mailbox temporarily unavailable (test)')
          error.responseCode = 451
          return callback(error)
        }
      }
      callback()
    },
    onData(stream, _session, callback) {
      const chunks = []
      stream.on('data', (chunk) => chunks.push(chunk))
      stream.on('end', async () => {
        sequence += 1
        const name = `${Date.now()}-${String(sequence).padStart(5, '0')}`
        const raw = Buffer.concat(chunks)
        writeFileSync(path.join(directory, `${name}.eml`), raw)
        try {
          // Written under another name and renamed, so a reader never sees half a file.
          const partial = path.join(directory, `${name}.partial`)
          writeFileSync(partial, JSON.stringify(await parseMail(raw)))
          renameSync(partial, path.join(directory, `${name}${PARSED}`))
          callback()
        } catch (error) {
          callback(error)
        }
      })
    },
  })
  await new Promise((resolve, reject) => {
    smtp.once('error', reject)
    smtp.listen(smtpPort, host, resolve)
  })
  let http
  if (httpPort !== undefined) {
    http = createServer((request, response) => {
      const mails = readMails(directory).reverse()
      const file = new URL(request.url ?? '/', 'http://localhost').searchParams.get('mail')
      const mail = file && mails.find((candidate) => candidate.file === file)
      response.setHeader('content-type', 'text/html; charset=utf-8')
      response.end(
        mail
          ? page(
              mail.subject,
              `<p><a href="/">← Alle Mails</a></p><p>An: ${escape(mail.to)}<br>${escape(mail.date)}</p><pre>${escape(mail.text)}</pre>`,
            )
          : page(
              `Mails (${mails.length})`,
              `<p>Alle Mails, die der Transferkatalog verschickt hat. Nichts davon wurde zugestellt.</p><table><tr><th>Datum</th><th>An</th><th>Betreff</th></tr>${mails
                .map(
                  (item) =>
                    `<tr><td>${escape(item.date)}</td><td>${escape(item.to)}</td><td><a href="/?mail=${encodeURIComponent(item.file)}">${escape(item.subject)}</a></td></tr>`,
                )
                .join('')}</table>`,
            ),
      )
    })
    await new Promise((resolve) => http.listen(httpPort, host, resolve))
  }
  return {
    smtpPort: smtp.server.address().port,
    httpPort: http?.address().port,
    close: () =>
      Promise.all([
        new Promise((resolve) => smtp.close(resolve)),
        http ? new Promise((resolve) => http.close(resolve)) : undefined,
      ]),
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [smtpPort = '1025', httpPort = '1080', directory = 'data/mails'] = process.argv.slice(2)
  const catcher = await startMailCatcher({
    smtpPort: Number(smtpPort),
    httpPort: Number(httpPort),
    directory,
  })
  console.log(
    `Mail catcher: SMTP 127.0.0.1:${catcher.smtpPort}, mails at http://localhost:${catcher.httpPort}`,
  )
}
