/** Shared by the load benches: a fresh seeded database, a pause, and a pool of tasks. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { ensureBuild } from '../tests/helpers/app'
import { run } from '../tests/helpers/processes'

/**
 * A temp folder with a migrated, seeded SQLite file and a current build; answers the folder and
 * the environment the app under load starts with (`extra` on top).
 */
export const preparedDatabase = async ({
  name,
  extra = {},
}: {
  name: string
  extra?: Record<string, string>
}): Promise<{ directory: string; databaseFile: string; env: Record<string, string> }> => {
  const directory = mkdtempSync(path.join(tmpdir(), `transferkatalog-${name}-`))
  const databaseFile = path.join(directory, `${name}.db`)
  const env = {
    DATABASE_URL: `file:${databaseFile}`,
    MEDIA_DIR: `${directory}/media`,
    PAYLOAD_SECRET: 'bench-secret-0123456789abcdef0123456789',
    SEED_PASSWORD: 'bench-password-1234',
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_DISABLE_JOBS: 'true',
    ...extra,
  }
  for (const script of ['migrate', 'seed']) {
    const result = await run({ command: 'npm', args: ['run', script], env })
    if (result.code !== 0) throw new Error(`npm run ${script} failed:\n${result.stderr}`)
  }
  await ensureBuild()
  return { directory, databaseFile, env }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs `task` over `items` with at most `limit` at a time. */
export const pool = async <T>(
  items: T[],
  limit: number,
  task: (item: T, index: number) => Promise<void>,
) => {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++
        await task(items[index], index)
      }
    }),
  )
}
