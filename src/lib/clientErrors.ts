/**
 * Telling the client's mistakes (4xx) from the server's (5xx), for the answer and for the log.
 * A 4xx is logged as one line without a stack and without anything that may identify a person; a
 * 5xx keeps its stack, because someone has to fix it.
 */

/**
 * A JSON.parse failure. Payload parses client input (`where` and `data` in the query, the
 * multipart `_payload` field) before any hook runs and lets the SyntaxError through as a 500;
 * V8 names JSON in every such message.
 */
export const isMalformedJson = (error: unknown): boolean =>
  error instanceof SyntaxError && /JSON/.test(error.message)

/** The status an error answers with: Payload's own (APIError), 400 for malformed JSON, else 500. */
export const errorStatus = (error: unknown): number => {
  const status = (error as { status?: unknown } | null)?.status
  if (typeof status === 'number' && status >= 400 && status < 600) return status
  return isMalformedJson(error) ? 400 : 500
}

const EMAIL = /[^\s@"'<>()[\],;:]+@[^\s@"'<>()[\],;:]+/g
const MAX_LINE = 300

/**
 * One log line for a client error: status and message, with addresses masked. A JSON parse
 * message quotes the input, so it is left out entirely.
 */
export const clientErrorLine = (error: unknown): string => {
  const message = isMalformedJson(error)
    ? 'malformed JSON (input not logged)'
    : String((error as { message?: unknown } | null)?.message ?? 'error')
  const line = message.replace(EMAIL, '[email]').replace(/\s+/g, ' ').slice(0, MAX_LINE)
  return `${errorStatus(error)} ${line}`
}

/** The error a log call is about: pino takes it as `{ err }` (Payload's way) or as itself. */
const errorIn = (argument: unknown): unknown => {
  if (argument instanceof Error) return argument
  if (argument && typeof argument === 'object' && 'err' in argument) return argument.err
  return undefined
}

type LogFunction = (...args: unknown[]) => void

/**
 * A pino `hooks.logMethod`: a log call about a client error becomes one info line; everything
 * else (5xx with their stacks, plain messages) is logged as it was. Payload picks the level of an
 * error by its class name (`loggingLevels`), which the production bundle renames, so the status
 * decides here.
 */
export function logClientErrorsAsOneLine(
  this: { info: LogFunction },
  args: unknown[],
  method: LogFunction,
): void {
  const error = errorIn(args[0])
  if (error === undefined || errorStatus(error) >= 500) return method.apply(this, args)
  this.info(clientErrorLine(error))
}
