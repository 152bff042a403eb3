/**
 * The flat REST query parameters (`?depth=…&limit=…&locale=…`) as the client sent them. Payload
 * reads a word where a number belongs as "not given" and an unknown locale as the default one, so
 * `limit=abc` or `locale=xx` quietly answer something else than asked. These checks name the
 * parameter instead, so the caller learns what was wrong.
 */

export type ParameterProblem = { parameter: string; message: string }

/** Payload's boolean switches (payload/dist/utilities/parseParams: `booleanParams`). */
const BOOLEAN_PARAMETERS = [
  'autosave',
  'draft',
  'trash',
  'overrideLock',
  'pagination',
  'flattenLocales',
  'publishAllLocales',
  'unpublishAllLocales',
] as const

/** Payload's numbers, with the smallest value that means anything. */
const NUMBER_PARAMETERS = { depth: 0, limit: 0, page: 1 } as const

/** `fallback-locale` values that switch the fallback off (Payload's sanitizeFallbackLocale). */
const NO_FALLBACK = ['none', 'false', 'null']

/** Every locale at once (Payload's sanitizeLocales). */
const ALL_LOCALES = ['all', '*']

const isWholeNumber = (value: string, minimum: number): boolean =>
  /^\d{1,16}$/.test(value) && Number.isSafeInteger(Number(value)) && Number(value) >= minimum

/** What is wrong with the flat query parameters of one REST request (nothing: an empty list). */
export const queryParameterProblems = ({
  searchParams,
  localeCodes,
}: {
  searchParams: URLSearchParams
  localeCodes: readonly string[]
}): ParameterProblem[] => {
  const problems: ParameterProblem[] = []
  const single = (name: string): string | undefined => {
    // An empty value counts as not given, as Payload reads it.
    const values = searchParams.getAll(name).filter((value) => value !== '')
    if (values.length > 1) {
      problems.push({ parameter: name, message: `${name} is given more than once` })
      return undefined
    }
    return values[0]
  }
  for (const [name, minimum] of Object.entries(NUMBER_PARAMETERS)) {
    const value = single(name)
    if (value !== undefined && !isWholeNumber(value, minimum))
      problems.push({ parameter: name, message: `${name} must be a whole number ≥ ${minimum}` })
  }
  for (const name of BOOLEAN_PARAMETERS) {
    const value = single(name)
    if (value !== undefined && value !== 'true' && value !== 'false')
      problems.push({ parameter: name, message: `${name} must be true or false` })
  }
  const locale = single('locale')
  if (locale !== undefined && !localeCodes.includes(locale) && !ALL_LOCALES.includes(locale))
    problems.push({
      parameter: 'locale',
      message: `locale must be one of ${[...localeCodes, 'all'].join(', ')}`,
    })
  for (const name of ['fallback-locale', 'fallbackLocale']) {
    const value = single(name)
    if (value !== undefined && !localeCodes.includes(value) && !NO_FALLBACK.includes(value))
      problems.push({
        parameter: name,
        message: `${name} must be one of ${[...localeCodes, 'none'].join(', ')}`,
      })
  }
  return problems
}
