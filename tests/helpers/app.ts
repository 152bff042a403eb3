import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import { childEnvironment, run } from './processes'

const root = path.resolve(import.meta.dirname, '../..')
const nextBin = path.join(root, 'node_modules/.bin/next')

const newestChange = (directory: string): number =>
  readdirSync(directory, { withFileTypes: true }).reduce((newest, entry) => {
    const full = path.join(directory, entry.name)
    const time = entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs
    return Math.max(newest, time)
  }, 0)

/**
 * Builds the app when there is no build yet or a source file is newer than it, so that the
 * HTTP tests always run against the code under test.
 */
export const ensureBuild = async (): Promise<void> => {
  const buildId = path.join(root, '.next/BUILD_ID')
  const sources = Math.max(
    newestChange(path.join(root, 'src')),
    statSync(path.join(root, 'payload.config.ts')).mtimeMs,
    statSync(path.join(root, 'package.json')).mtimeMs,
  )
  if (existsSync(buildId) && statSync(buildId).mtimeMs > sources) return
  const result = await run({ command: 'npm', args: ['run', 'build'], timeoutMs: 600_000 })
  if (result.code !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`)
}

/** Starts `next start` on a port and waits until the API answers. */
export const startApp = async ({
  port,
  env,
}: {
  port: number
  env: Record<string, string>
}): Promise<{ url: string; stop: () => Promise<void>; output: () => string }> => {
  let output = ''
  const child: ChildProcess = spawn(nextBin, ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: childEnvironment({ ...env, NODE_ENV: 'production' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${output}`)
    try {
      const response = await fetch(`${url}/api/sectors?limit=1`)
      if (response.ok) break
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  if (Date.now() >= deadline) throw new Error(`next start did not answer in time:\n${output}`)
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  return { url, stop, output: () => output }
}
