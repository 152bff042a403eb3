import type { TextKey } from '@/i18n'

/** A text in the admin's language, with `{{name}}` placeholders filled. */
export type T = (key: TextKey, values?: Record<string, string | number>) => string
