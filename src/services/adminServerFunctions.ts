import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { forbidden } from 'next/navigation'
import type { PayloadRequest, ServerFunction } from 'payload'

import { mayUpdateDocument, mayUpdateGlobal } from '@/access/mayUpdate'
import { PAYLOAD_COLLECTIONS } from '@/constants'

type Target = {
  doc?: { relationTo?: string; value?: number | string } | null
  global?: string | null
}
type ScheduleArgs = Target & { deleteID?: number | string | null }

const PUBLISHING = { _status: 'published' }

/** Publishing (and unpublishing) at a time is for those who may publish the document now. */
const mayPublish = async (req: PayloadRequest, { doc, global }: Target): Promise<boolean> => {
  if (doc?.relationTo && doc.value !== undefined && doc.value !== null)
    return mayUpdateDocument({ req, collection: doc.relationTo, id: doc.value, data: PUBLISHING })
  if (global) return mayUpdateGlobal({ req, slug: global, data: PUBLISHING })
  return false
}

/** The target of a scheduled publication (null for any other job or id). */
const scheduledTarget = async (req: PayloadRequest, id: number | string) => {
  const { docs } = await req.payload.find({
    collection: PAYLOAD_COLLECTIONS.jobs,
    where: { and: [{ id: { equals: id } }, { taskSlug: { equals: 'schedulePublish' } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return docs[0] ? ((docs[0].input ?? {}) as Target) : null
}

/**
 * The admin's "schedule publish" function, checked first: Payload's handler deletes and queues
 * with access overridden, for any signed-in user. Scheduling needs the right to publish the
 * document; cancelling needs the right to publish the document that publication is for. Every
 * refusal (also an id that is no scheduled publication) is the same 403.
 */
const schedulePublish: ServerFunction<ScheduleArgs> = async (args) => {
  const { req, deleteID, doc, global } = args
  if (!req.user) forbidden()
  const isScheduling = Boolean(doc || global)
  const hasDelete = deleteID !== undefined && deleteID !== null
  if (!isScheduling && !hasDelete) forbidden()
  if (hasDelete) {
    const target = await scheduledTarget(req, deleteID)
    if (!target || !(await mayPublish(req, target))) forbidden()
  }
  if (isScheduling && !(await mayPublish(req, { doc, global }))) forbidden()
  if (hasDelete) {
    // Deleted here in its own transaction (Payload's handler, given the admin's request, left the
    // job in place), and without the empty follow-up job Payload's handler queues after a delete.
    await req.payload.delete({
      collection: PAYLOAD_COLLECTIONS.jobs,
      id: deleteID,
      overrideAccess: true,
    })
  }
  if (!isScheduling) return { message: req.i18n.t('general:success') }
  return schedulePublishHandler({ ...args, deleteID: undefined } as Parameters<
    typeof schedulePublishHandler
  >[0])
}

/** Server functions of the admin that replace Payload's own (registered in app/(payload)/layout). */
export const adminServerFunctions: Record<string, ServerFunction<ScheduleArgs>> = {
  'schedule-publish': schedulePublish,
}
