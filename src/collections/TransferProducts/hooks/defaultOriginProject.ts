import type { PayloadRequest } from 'payload'

import { staffOfficeId, staffProjectIds } from '@/access/roles'
import { COLLECTIONS } from '@/constants'
import type { ID } from '@/lib/ids'
import type { User } from '@/payload-types'

/**
 * The project a new product starts in: the user's own (project staff) or the first of their
 * office (office staff). With autosave, Payload creates the draft as soon as "create" is opened,
 * before anything is typed; without a project of their own, `enforceOwnership` refuses that
 * first save and staff could not write a product at all. Admins choose.
 */
export const defaultOriginProject = async ({
  user,
  req,
}: {
  user?: unknown
  req: PayloadRequest
}): Promise<ID | undefined> => {
  const staff = user as User | null | undefined
  const [ownProject] = staffProjectIds(staff)
  if (ownProject !== undefined) return ownProject
  const officeId = staffOfficeId(staff)
  if (officeId === undefined) return undefined
  const { docs } = await req.payload.find({
    collection: COLLECTIONS.projects,
    where: { office: { equals: officeId } },
    sort: 'name',
    limit: 1,
    depth: 0,
    select: {},
    overrideAccess: true,
    req,
  })
  return docs[0]?.id
}
