import type { Access, FieldAccess } from 'payload'

import { isAdminUser, staffOfficeId } from '@/access/roles'
import { scoped } from '@/access/scoped'

/** Admins and office staff create projects (office staff only for their own office, see hooks). */
export const canCreateProject: Access = ({ req: { user } }) =>
  isAdminUser(user) || staffOfficeId(user) !== undefined

/** Admins all; office staff their office's projects; project staff their own projects. */
export const canUpdateProject = scoped({ officePath: 'office', projectPath: 'id' })

/** Office staff may name their own office when they create a project (the hook checks which). */
export const canSetOfficeOnCreate: FieldAccess = ({ req: { user } }) =>
  isAdminUser(user) || staffOfficeId(user) !== undefined
