import type { PayloadRequest } from 'payload'

import type { ID } from '@/access/roles'
import { relationId } from '@/access/roles'
import { COLLECTIONS } from '@/constants'

/** The regional office of a project; read inside the caller's transaction. */
export const projectOfficeId = async ({
  projectId,
  req,
}: {
  projectId: ID | undefined
  req: PayloadRequest
}): Promise<ID | undefined> => {
  if (projectId === undefined) return undefined
  const project = await req.payload.findByID({
    collection: COLLECTIONS.projects,
    id: projectId,
    depth: 0,
    select: { office: true },
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  return relationId(project?.office)
}
