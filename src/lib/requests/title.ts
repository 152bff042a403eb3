import { TIME_ZONE } from '@/lib/dates'

/** Between the organisation and the date: reads as one line in lists and relationship pickers. */
export const TITLE_SEPARATOR = ' · '

/** The day a request arrived as offices write it (`30.11.2026`), in Berlin time. */
const receivedOn = (value: string | Date): string =>
  new Date(value).toLocaleDateString('de-DE', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: TIME_ZONE,
  })

/**
 * What a request is called in the admin: who asked, and when (`Stadt Musterhausen · 30.11.2026`).
 * The same in both admin languages, so that it can be stored, searched and sorted.
 */
export const requestTitle = ({
  organisation,
  createdAt,
}: {
  organisation?: string | null
  createdAt: string | Date
}): string => [organisation?.trim() || '–', receivedOn(createdAt)].join(TITLE_SEPARATOR)
