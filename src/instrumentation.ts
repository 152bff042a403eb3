/**
 * Runs once when the Next server starts. The checks live in a Node-only module: a wrong
 * DATABASE_URL or a missing PAYLOAD_SECRET stops start-up with a plain message instead of failing
 * later, on the first request, with a stack trace. Then every request's socket address is
 * recorded, for the per-client limits (src/lib/clientAddress.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkEnvironmentOrExit } = await import('./lib/startupCheck')
    checkEnvironmentOrExit()
    const { recordSocketAddresses } = await import('./lib/socketAddress')
    recordSocketAddresses()
  }
}
