import type { SanitizedConfig } from 'payload'

import { noVerificationEndpoint, noVersionsEndpoints } from './notAvailable'
import { rejectInvalidGlobalQueries, rejectInvalidQueries } from './rejectInvalidQueries'

/**
 * Puts the query checks in front of every collection and global, Payload's own included (jobs,
 * locked documents, query presets, preferences), and answers the feature routes that are off with
 * 404. This runs on the sanitized config because Payload adds its own collections and the default
 * endpoints only while sanitizing; custom endpoints listed first win over the defaults.
 */
export const withRequestGuards = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    collection.hooks = {
      ...collection.hooks,
      beforeOperation: [rejectInvalidQueries, ...(collection.hooks?.beforeOperation ?? [])],
    }
    if (collection.endpoints === false) continue
    const guards = [
      ...(collection.versions ? [] : noVersionsEndpoints(collection.slug)),
      ...(collection.auth && !collection.auth.verify
        ? [noVerificationEndpoint(collection.slug)]
        : []),
    ]
    collection.endpoints = [...guards, ...(collection.endpoints ?? [])]
  }
  for (const global of config.globals) {
    global.hooks = {
      ...global.hooks,
      beforeOperation: [rejectInvalidGlobalQueries, ...(global.hooks?.beforeOperation ?? [])],
    }
    if (global.endpoints === false || global.versions) continue
    global.endpoints = [...noVersionsEndpoints(global.slug), ...(global.endpoints ?? [])]
  }
  return config
}
