import { getPayload, type Payload } from 'payload'

import config from '@payload-config'
import { getProductBySlug, getProductPreview } from '@/data/catalogue'
import { getAllianceBySlug, getProjectBySlug } from '@/data/network'
import { publicGeneration } from '@/data/snapshot'
import { findByTrackingToken } from '@/services/requests/tracking'
import { registerPublicPages, type DocumentPage } from '@/lib/http/publicPages'

/** Whether the page of one document exists, read as its page reads it. */
const documentExists = async (
  payload: Payload,
  { locale, kind, key }: DocumentPage,
  headers: Headers,
): Promise<boolean> => {
  const read = { payload, locale, slug: key }
  switch (kind) {
    case 'product':
      return (await getProductBySlug(read)) !== null
    case 'project':
      return (await getProjectBySlug(read)) !== null
    case 'alliance':
      return (await getAllianceBySlug(read)) !== null
    case 'tracking':
      return (await findByTrackingToken(payload, key)) !== null
    case 'preview': {
      const { user } = await payload.auth({ headers })
      return (await getProductPreview({ payload, locale, id: key, user })) !== null
    }
  }
}

let registered = false

/**
 * The app's Payload instance (one per process, cached by Payload). It always starts the job
 * crons, as Payload's own admin and REST routes do: every app instance may work the queues, and
 * the job lease (src/jobs/lease.ts) decides which one does. Scripts run through `payload run`
 * (seed, migrate, backup) call `getPayload` without crons: a one-off process must not take the
 * lease or send mail. (Starting it in instrumentation.ts would create Payload from a second copy
 * of its modules, whose error classes the API then fails to recognise.) The first call also
 * tells the proxy and the page cache how to ask about public pages (src/lib/http/publicPages.ts).
 */
export const getPayloadClient = async (): Promise<Payload> => {
  const payload = await getPayload({ config, cron: true })
  if (!registered) {
    registered = true
    registerPublicPages({
      exists: (page, headers) => documentExists(payload, page, headers),
      generation: publicGeneration,
    })
  }
  return payload
}
