import type { Field, SanitizedConfig } from 'payload'

/** How the admin shows a moment: German order, 24 hours (`30.11.2026 19:47`). */
export const ADMIN_DATE_FORMAT = 'dd.MM.yyyy HH:mm'
export const ADMIN_TIME_FORMAT = 'HH:mm'

type PickerAppearance = 'dayAndTime' | 'dayOnly' | 'default' | 'monthOnly' | 'timeOnly'

/** A field that picks a day shows no time; one that picks a month shows month and year. */
const DISPLAY_FORMATS: Record<PickerAppearance, string> = {
  dayAndTime: ADMIN_DATE_FORMAT,
  default: ADMIN_DATE_FORMAT,
  dayOnly: 'dd.MM.yyyy',
  monthOnly: 'MM.yyyy',
  timeOnly: ADMIN_TIME_FORMAT,
}

const setDisplayFormats = (fields: Field[]): void => {
  for (const field of fields) {
    if (field.type === 'date') {
      const date: { pickerAppearance?: string; displayFormat?: string; timeFormat?: string } =
        field.admin?.date ?? {}
      const appearance = (date.pickerAppearance ?? 'default') as PickerAppearance
      field.admin = {
        ...field.admin,
        date: {
          ...date,
          displayFormat: date.displayFormat ?? DISPLAY_FORMATS[appearance],
          ...(appearance === 'dayAndTime' || appearance === 'timeOnly'
            ? { timeFormat: date.timeFormat ?? ADMIN_TIME_FORMAT }
            : {}),
        },
      } as typeof field.admin
    }
    if ('fields' in field && Array.isArray(field.fields)) setDisplayFormats(field.fields)
    if (field.type === 'tabs') for (const tab of field.tabs) setDisplayFormats(tab.fields)
    if (field.type === 'blocks')
      for (const block of field.blocks)
        if (typeof block !== 'string') setDisplayFormats(block.fields)
  }
}

/**
 * Payload shows dates as "November 30. 2026, 7:47 nachm." in German, and each date field's picker
 * keeps its own American format. Every date field, Payload's own collections included (jobs,
 * presets: they exist only once the config is sanitized), gets the German one here; a field that
 * sets its own `displayFormat` keeps it. The root `admin.dateFormat` covers the rest (created and
 * updated times in lists, the document's sidebar and the version history).
 */
export const withAdminDateFormats = (config: SanitizedConfig): SanitizedConfig => {
  for (const entity of [...config.collections, ...config.globals]) setDisplayFormats(entity.fields)
  return config
}
