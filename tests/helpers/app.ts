import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import path from 'node:path'

import { isBuildCurrent } from '../../src/scripts/buildState.mjs'

import { childEnvironment, run } from './processes'

const root = path.resolve(import.meta.dirname, '../..')
const nextBin = path.join(root, 'node_modules/.bin/next')

/** Builds the app unless the build is newer than the sources: HTTP tests run the code under test. */
export const ensureBuild = async (): Promise<void> => {
  if (isBuildCurrent(root)) return
  const result = await run({ command: 'npm', args: ['run', 'build'], timeoutMs: 600_000 })
  if (result.code !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`)
}

/** Starts `next start` on a port and waits until the API answers. */
export const startApp = async ({
  port,
  env,
  logFile,
}: {
  port: number
  env: Record<string, string>
  /** Where the server's output is also written as it comes, for tests to read during the run. */
  logFile?: string
}): Promise<{
  url: string
  stop: () => Promise<void>
  kill: () => Promise<void>
  output: () => string
}> => {
  let output = ''
  const child: ChildProcess = spawn(nextBin, ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: childEnvironment({ ...env, NODE_ENV: 'production' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const log = logFile ? createWriteStream(logFile) : undefined
  for (const stream of [child.stdout, child.stderr])
    stream?.on('data', (chunk) => {
      output += chunk
      log?.write(chunk)
    })
  child.once('exit', () => log?.end())
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
  const signal = (name: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill(name)
    })
  // `kill` is a crash: no shutdown handlers, nothing flushed (bench/crash.ts).
  return { url, stop: () => signal('SIGTERM'), kill: () => signal('SIGKILL'), output: () => output }
}
