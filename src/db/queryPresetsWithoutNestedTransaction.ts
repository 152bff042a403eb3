import type { SanitizedConfig } from 'payload'

const PRESETS_SLUG = 'payload-query-presets'

type WithValidate = { name?: string; validate?: unknown; flattenedFields?: unknown }

/**
 * Payload checks a query preset's sharing settings (its `access` group) by creating, reading and
 * updating a temporary preset in a *second* transaction, opened while the preset's own create or
 * update still holds SQLite's one write lock: a deadlock. Every shared preset failed with 503
 * after the busy timeout, and every write of the app waited meanwhile, so any staff account could
 * stall the app with one request. The check exists for custom constraints; with the built-in ones
 * (everyone, only me, specific users, where Payload always adds the editing user) nobody can lock
 * themselves out, so while no custom constraint is configured the check is dropped.
 */
export const withQueryPresetsWithoutNestedTransaction = (
  config: SanitizedConfig,
): SanitizedConfig => {
  const custom = config.queryPresets?.constraints ?? {}
  if (Object.values(custom).some((options) => (options?.length ?? 0) > 0)) return config
  const presets = config.collections.find((collection) => collection.slug === PRESETS_SLUG)
  if (!presets) return config
  for (const fields of [presets.fields, presets.flattenedFields] as WithValidate[][]) {
    const access = fields.find((field) => field.name === 'access')
    if (access) access.validate = () => true
  }
  return config
}
