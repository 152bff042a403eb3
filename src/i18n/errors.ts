import type { Locale } from '@/constants'

/**
 * The texts of the error page in both languages. They live apart from `de.ts` and `en.ts` (which
 * include them) because the error page runs in the browser on every page: importing the whole
 * dictionaries there would send every UI text to every visitor.
 */
export const errorTexts = {
  de: {
    title: 'Etwas ist schiefgelaufen',
    text: 'Die Seite konnte gerade nicht geladen werden. Bitte versuchen Sie es gleich noch einmal.',
    retry: 'Erneut versuchen',
  },
  en: {
    title: 'Something went wrong',
    text: 'The page could not be loaded just now. Please try again in a moment.',
    retry: 'Try again',
  },
} satisfies Record<Locale, Record<'title' | 'text' | 'retry', string>>
