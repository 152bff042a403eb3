// Plain JavaScript with Node built-ins only: `npm run demo` uses it before dependencies exist.
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const newestChange = (target) => {
  if (!existsSync(target)) return 0
  const stats = statSync(target)
  if (!stats.isDirectory()) return stats.mtimeMs
  return readdirSync(target).reduce(
    (newest, name) => Math.max(newest, newestChange(path.join(target, name))),
    stats.mtimeMs,
  )
}

/** True when `.next` holds a production build newer than every source it is built from. */
export const isBuildCurrent = (root) => {
  const buildId = path.join(root, '.next/BUILD_ID')
  if (!existsSync(buildId)) return false
  const sources = Math.max(
    ...['src', 'payload.config.ts', 'next.config.ts', 'package.json', 'tsconfig.json'].map((name) =>
      newestChange(path.join(root, name)),
    ),
  )
  return statSync(buildId).mtimeMs > sources
}

/** True when node_modules is missing or older than the lockfile or package.json. */
export const needsInstall = (root) => {
  const marker = path.join(root, 'node_modules/.package-lock.json')
  if (!existsSync(marker)) return true
  const wanted = Math.max(
    newestChange(path.join(root, 'package.json')),
    newestChange(path.join(root, 'package-lock.json')),
  )
  return statSync(marker).mtimeMs < wanted
}
