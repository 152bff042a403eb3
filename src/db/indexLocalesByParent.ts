import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

/**
 * Payload's SQLite schema indexes each `*_locales` table by (_locale, _parent_id), but reads the
 * texts of a document by _parent_id alone, so SQLite scanned the whole locales table once per
 * document: reading 10,000 products took over a minute (bench/README.md). An index on the parent
 * makes that a lookup. MongoDB stores locales inside the document and needs nothing.
 */
export const indexLocalesByParent: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_locales')) continue
    extendTable({
      table,
      extraConfig: (self) => ({
        [`${name}_parent_idx`]: index(`${name}_parent_idx`).on(self._parentID),
      }),
    })
  }
  return schema
}
