/**
 * Runs once when the Next server starts: a wrong DATABASE_URL or a missing PAYLOAD_SECRET stops
 * start-up with a plain message instead of failing later, on the first request, with a stack trace.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { chooseDatabase } = await import('./lib/database')
  const { payloadSecret } = await import('./lib/env')
  try {
    chooseDatabase(process.env.DATABASE_URL)
    payloadSecret()
  } catch (error) {
    console.error(`\nTransferkatalog cannot start:\n${(error as Error).message}\n`)
    process.exit(1)
  }
}
