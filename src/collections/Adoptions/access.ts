import type { Access } from 'payload'

import { isAdminUser, staffOfficeId } from '@/access/roles'
import { scoped } from '@/access/scoped'

/** Public: adoptions whose adopter consented. Staff: also their office's or projects' others. */
export const canReadAdoptions = scoped({
  officePath: 'office',
  projectPath: 'project',
  publicWhere: { publicConsent: { equals: true } },
})

/** Office staff record adoptions (of their office's products, checked in a hook). */
export const canCreateAdoptions: Access = ({ req: { user } }) =>
  isAdminUser(user) || staffOfficeId(user) !== undefined

export const canUpdateAdoptions = scoped({ officePath: 'office' })
