import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/access/roles'
import { projectOfficeId } from '@/hooks/lookupOffice'

/** A product belongs to the office of its origin project; looked up on every save. */
export const deriveOffice: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const projectId = relationId(data.originProject ?? originalDoc?.originProject)
  return { ...data, office: (await projectOfficeId({ projectId, req })) ?? null }
}
