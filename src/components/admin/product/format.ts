import { TIME_ZONE } from '@/lib/dates'

const PARTS = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: TIME_ZONE,
})

/** `dd.MM.yyyy HH:mm` in Berlin time, the one date format of the admin, in both languages. */
export const adminDateTime = (value: string | Date): string => {
  const part = Object.fromEntries(
    PARTS.formatToParts(new Date(value)).map(({ type, value: text }) => [type, text]),
  )
  return `${part.day}.${part.month}.${part.year} ${part.hour}:${part.minute}`
}
