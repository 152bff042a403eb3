import type { FieldAccess } from 'payload'

import { isAdminOrOfficeStaff } from '@/access/isAdminOrOfficeStaff'
import { isAdminUser } from '@/access/roles'
import { scoped } from '@/access/scoped'

/** An adoption belongs to its product's project's office, read through the relationships. */
const OFFICE_PATH = 'product.originProject.office'

/** Public: adoptions whose adopter consented. Staff: also their office's or projects' others. */
export const canReadAdoptions = scoped({
  officePath: OFFICE_PATH,
  projectPath: 'product.originProject',
  publicWhere: { publicConsent: { equals: true } },
})

/** Office staff record adoptions (of their office's products, checked in a hook). */
export const canCreateAdoptions = isAdminOrOfficeStaff

export const canUpdateAdoptions = scoped({ officePath: OFFICE_PATH })

/**
 * Staff see which request an adoption came from. Queries that sort or filter through this field
 * (asked without a document) are for admins only: another office could otherwise order public
 * adoptions by the e-mail addresses of requests it may not read.
 */
export const canSeeSourceRequest: FieldAccess = ({ req: { user }, doc }) =>
  isAdminUser(user) || (doc !== undefined && Boolean(user))
