import type { SanitizedConfig } from 'payload'

import { canSeeLocks, canTakeLock, canTakeOverLock, LOCKS_SLUG } from './documentLocks'
import { isAdmin } from './isAdmin'

/** Payload's record of when each scheduled job last ran; the job runner itself writes it. */
const JOB_STATS_SLUG = 'payload-jobs-stats'

/**
 * Payload adds its own collections and globals while it sanitizes the config, with "any signed-in
 * user" as their access, and offers no option to change it: so every staff account could push the
 * nightly anonymisation into the future through the job statistics, or lock, unlock and list
 * locks on other offices' documents. Their access is set here, on the finished config, to the
 * rules of what they touch. Payload's own code reaches both through the database adapter or with
 * access overridden, so it is not affected.
 */
export const withInternalAccess = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    if (collection.slug !== LOCKS_SLUG) continue
    collection.access = {
      ...collection.access,
      read: canSeeLocks,
      create: canTakeLock,
      update: canTakeOverLock,
      delete: canSeeLocks,
    }
  }
  for (const global of config.globals) {
    if (global.slug !== JOB_STATS_SLUG) continue
    global.access = {
      ...global.access,
      read: isAdmin,
      update: isAdmin,
      readVersions: isAdmin,
    }
  }
  return config
}
