// `npm run demo`: the catalogue with demo content on the embedded SQLite default, from a fresh
// clone: installs, creates .env with secrets, builds, migrates, seeds and serves on port 3000.
// Plain JavaScript with Node built-ins only, because it runs before the dependencies exist.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { isBuildCurrent, needsInstall } from './buildState.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const envFile = path.join(root, '.env')
const port = process.env.PORT || '3000'

const step = (text) => console.log(`\n▸ ${text}`)

const run = (command, args, env = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code})`)),
    )
  })

/** Reads KEY=value lines; values written by this script never need quoting. */
const readEnvFile = () =>
  existsSync(envFile)
    ? Object.fromEntries(
        readFileSync(envFile, 'utf8')
          .split('\n')
          .filter((line) => /^[A-Z_]+=/.test(line))
          .map((line) => [
            line.slice(0, line.indexOf('=')),
            line.slice(line.indexOf('=') + 1).trim(),
          ]),
      )
    : {}

/** Creates .env with random secrets on the first run, and adds what an older .env lacks. */
const ensureEnvFile = () => {
  const values = readEnvFile()
  const missing = {
    PAYLOAD_SECRET: values.PAYLOAD_SECRET || randomBytes(32).toString('hex'),
    SEED_PASSWORD: values.SEED_PASSWORD || `demo-${randomBytes(9).toString('base64url')}`,
  }
  const additions = Object.entries(missing).filter(([key]) => !values[key])
  if (additions.length > 0) {
    const header = existsSync(envFile)
      ? ''
      : '# Created by `npm run demo`. Keep it out of git (it is ignored).\n'
    const text = additions.map(([key, value]) => `${key}=${value}`).join('\n')
    writeFileSync(
      envFile,
      `${existsSync(envFile) ? readFileSync(envFile, 'utf8').trimEnd() + '\n' : header}${text}\n`,
    )
  }
  return { ...values, ...missing }
}

try {
  if (needsInstall(root)) {
    step('Installing dependencies (npm install)')
    await run('npm', ['install', '--no-audit', '--no-fund'])
  }
  const env = ensureEnvFile()
  const shared = { NEXT_TELEMETRY_DISABLED: '1', ...env, ...process.env }
  if (!isBuildCurrent(root)) {
    step('Building the app (next build, about a minute)')
    await run('npm', ['run', 'build'], shared)
  }
  step('Applying database migrations')
  await run('npm', ['run', 'migrate'], shared)
  step('Adding demo content where it is missing')
  await run('npm', ['run', 'seed'], shared)

  // A local mail catcher stands in for a mail server unless SMTP_HOST points at a real one.
  const mailPort = Number(process.env.MAIL_CATCHER_PORT || 1080)
  let mailNote = `  Mail:     sent through ${shared.SMTP_HOST}`
  if (!shared.SMTP_HOST) {
    const { startMailCatcher } = await import('./mailCatcher.mjs')
    const catcher = await startMailCatcher({
      smtpPort: 0,
      httpPort: mailPort,
      directory: path.join(root, 'data/mails'),
    })
    Object.assign(shared, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(catcher.smtpPort) })
    mailNote = `  Mails:    http://localhost:${catcher.httpPort} (caught locally, nothing is delivered)`
  }

  console.log(`
Transferkatalog is starting on http://localhost:${port}
  Admin:    http://localhost:${port}/admin
${mailNote}
  Logins:   admin@example.org (Programmstelle)
            buero-west@example.org (Regionalbüro West)
            projekt@example.org (Projekt „Digitale Fertigungstechnik“)
  Password: ${shared.SEED_PASSWORD}   (SEED_PASSWORD in .env)
Stop with Ctrl+C.
`)
  const server = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '-p', port], {
    cwd: root,
    stdio: 'inherit',
    // PORT also tells the app its own address for links in mails (src/lib/env.ts).
    env: { ...shared, PORT: port, NODE_ENV: 'production' },
  })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
  server.on('exit', (code) => process.exit(code ?? 0))
} catch (error) {
  console.error(`\nThe demo could not start: ${error.message}`)
  process.exit(1)
}
