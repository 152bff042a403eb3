import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { inject } from 'vitest'

/**
 * The last errors the app server under test logged (with the lines that follow each), for a
 * failure message: what the server said explains a page that did not show what a test expected.
 */
export const serverErrors = (limit = 3): string => {
  const file = path.join(inject('testDirectory'), 'server.log')
  if (!existsSync(file)) return 'no server log'
  const lines = readFileSync(file, 'utf8')
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
  const starts = lines.flatMap((line, index) => (/\bERROR\b/.test(line) ? [index] : []))
  if (starts.length === 0) return 'the server logged no error'
  return starts
    .slice(-limit)
    .map((start) => lines.slice(start, start + 6).join('\n'))
    .join('\n---\n')
}
