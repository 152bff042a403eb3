import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { startMailCatcher } from '../../src/scripts/mailCatcher.mjs'

import { ensureBuild, startApp } from './app'
import { serverEnvironment, testEnvironment } from './env'
import { freePort, run } from './processes'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    testDirectory: string
    mailDirectory: string
    smtpPort: number
  }
}

/**
 * One fresh SQLite file per run: migrated and seeded through the real CLI (`npm run migrate`,
 * `npm run seed`), then served by the built app (`next start`) for the HTTP tests, with a local
 * SMTP server catching its mail. The Local API tests open the same file.
 */
export default async function setup(project: TestProject) {
  const directory = mkdtempSync(path.join(tmpdir(), 'transferkatalog-test-'))
  const env = testEnvironment(directory)
  Object.assign(process.env, env)

  const migrate = await run({ command: 'npm', args: ['run', 'migrate'], env })
  if (migrate.code !== 0)
    throw new Error(`npm run migrate failed:\n${migrate.stdout}\n${migrate.stderr}`)
  const seeded = await run({ command: 'npm', args: ['run', 'seed'], env })
  if (seeded.code !== 0) throw new Error(`npm run seed failed:\n${seeded.stdout}\n${seeded.stderr}`)
  await ensureBuild()

  // A real SMTP server on loopback; "+refuse<N>@" addresses are refused N times first.
  const mailDirectory = path.join(directory, 'mails')
  const catcher = await startMailCatcher({
    smtpPort: 0,
    directory: mailDirectory,
    refuseFirst: true,
  })
  const app = await startApp({
    port: await freePort(),
    env: { ...env, ...serverEnvironment({ smtpPort: catcher.smtpPort }) },
    logFile: path.join(directory, 'server.log'),
  })
  project.provide('baseURL', app.url)
  project.provide('testDirectory', directory)
  project.provide('mailDirectory', mailDirectory)
  project.provide('smtpPort', catcher.smtpPort)

  return async () => {
    await app.stop()
    // server.log (written as the server speaks) is kept with KEEP_TEST_DATA=true.
    await catcher.close()
    if (process.env.KEEP_TEST_DATA !== 'true') rmSync(directory, { recursive: true, force: true })
  }
}
