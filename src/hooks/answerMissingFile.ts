import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { Collection, PayloadRequest } from 'payload'
import { APIError } from 'payload'

/**
 * An upload handler (`upload.handlers`) that answers 404 for a file that is not on disk. Payload's
 * own file route answers a missing file with a 500 and an error log line; a name nobody uploaded
 * is the client's mistake. Files that exist fall through to Payload, which serves them.
 */
export const answerMissingFile = async (
  req: PayloadRequest,
  { params }: { params: { collection: string; filename: string } },
): Promise<void> => {
  const directory = (req.payload.collections as Record<string, Collection | undefined>)[
    params.collection
  ]?.config.upload?.staticDir
  if (!directory) return
  const root = path.resolve(directory)
  const file = path.resolve(root, params.filename)
  // A name that leaves the directory is refused by Payload itself (400).
  if (!file.startsWith(root + path.sep)) return
  try {
    if ((await stat(file)).isFile()) return
  } catch {
    // missing, or not a valid file name at all (a NUL byte): either way there is no such file
  }
  const message = `no file "${params.filename.slice(0, 80)}" in ${params.collection}`
  throw new APIError(`filename: ${message}`, 404, [{ parameter: 'filename', message }], true)
}
