/**
 * The admin's server functions (schedule-publish, form-state ...) are one Next server action,
 * defined in `src/app/(payload)/layout.tsx` and POSTed by the admin to its own route with a
 * `Next-Action` header. Tests call it the same way: the action id comes from the build's
 * manifest, the arguments are encoded as React's `encodeReply` encodes plain values.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')

type Manifest = {
  node: Record<string, { filename?: string; workers: Record<string, unknown> }>
}

let actionId: string | undefined

/** The id of the admin layout's `serverFunction` in the current build. */
export const adminServerFunctionId = (): string => {
  if (actionId) return actionId
  const manifest = JSON.parse(
    readFileSync(path.join(root, '.next/server/server-reference-manifest.json'), 'utf8'),
  ) as Manifest
  const found = Object.entries(manifest.node).find(([, entry]) =>
    entry.filename?.replaceAll('\\', '/').endsWith('app/(payload)/layout.tsx'),
  )
  if (!found) throw new Error('no server action of the admin layout in the build manifest')
  actionId = found[0]
  return actionId
}

/** Headers the admin sends with a server-function call. */
export const adminActionHeaders = (): Record<string, string> => ({
  'Next-Action': adminServerFunctionId(),
  'Content-Type': 'text/plain;charset=UTF-8',
  Accept: 'text/x-component',
})

/** A date as React encodes it in a server action's arguments. */
export const actionDate = (date: Date) => `$D${date.toISOString()}`

/** The body of one server-function call: `[{ name, args }]`. */
export const serverFunctionBody = (name: string, args: Record<string, unknown>) => [{ name, args }]
