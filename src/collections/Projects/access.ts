import { isAdminOrOfficeStaff, isAdminOrOfficeStaffField } from '@/access/isAdminOrOfficeStaff'
import { scoped } from '@/access/scoped'

/** Admins and office staff create projects (office staff only for their own office, see hooks). */
export const canCreateProject = isAdminOrOfficeStaff

/** Admins all; office staff their office's projects; project staff their own projects. */
export const canUpdateProject = scoped({ officePath: 'office', projectPath: 'id' })

/** Office staff may name their own office when they create a project (the hook checks which). */
export const canSetOfficeOnCreate = isAdminOrOfficeStaffField
