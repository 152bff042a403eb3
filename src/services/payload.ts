import { getPayload, type Payload } from 'payload'

import config from '@payload-config'
import { getProductBySlug } from '@/data/catalogue'
import { getAllianceBySlug, getProjectBySlug } from '@/data/network'
import { publicGeneration } from '@/data/snapshot'
import { findByTrackingToken } from '@/lib/requests/tracking'
import { registerPublicPages, type DocumentPage } from '@/lib/http/publicPages'

/** Whether the page of one document exists, read as its page reads it. */
const documentExists = async (
  payload: Payload,
  { locale, kind, key }: DocumentPage,
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
  }
}

let registered = false

/**
 * The app's Payload, with its job runner (email queue, scheduled publishing, nightly data
 * protection): the runner starts with the first page or API call served. (Starting it in
 * instrumentation.ts would create Payload from a second copy of its modules, whose error classes
 * the API then fails to recognise.) The first call also tells the proxy and the page cache how to
 * ask about public pages (src/lib/http/publicPages.ts).
 */
export const getPayloadClient = async (): Promise<Payload> => {
  const payload = await getPayload({ config, cron: true })
  if (!registered) {
    registered = true
    registerPublicPages({
      exists: (page) => documentExists(payload, page),
      generation: publicGeneration,
    })
  }
  return payload
}
