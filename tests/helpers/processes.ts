import { spawn } from 'node:child_process'

/**
 * The environment for a child process: ours without the test runner's own variables (Payload
 * changes how it imports migrations when it sees VITEST) and without NODE_ENV, which each
 * command sets for itself.
 */
export const childEnvironment = (
  extra: Record<string, string | undefined> = {},
): NodeJS.ProcessEnv => {
  const env: Record<string, string | undefined> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST') env[key] = value
  }
  // NODE_ENV is deliberately absent; Next's types insist on it, hence the cast.
  return { ...env, ...extra } as NodeJS.ProcessEnv
}

export type RunResult = { code: number | null; stdout: string; stderr: string }

/** Runs a command to its end and collects its output (no shell: arguments are passed as given). */
export const run = ({
  command,
  args,
  env,
  timeoutMs = 300_000,
}: {
  command: string
  args: string[]
  env?: Record<string, string | undefined>
  timeoutMs?: number
}): Promise<RunResult> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: childEnvironment(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(
        new Error(
          `${command} ${args.join(' ')} timed out after ${timeoutMs} ms\n${stdout}\n${stderr}`,
        ),
      )
    }, timeoutMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })

/** Asks the operating system for a free port on loopback. */
export const freePort = async (): Promise<number> => {
  const { createServer } = await import('node:net')
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}
