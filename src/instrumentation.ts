/**
 * Runs once when the Next server starts. The checks live in a Node-only module: a wrong
 * DATABASE_URL or a missing PAYLOAD_SECRET stops start-up with a plain message instead of failing
 * later, on the first request, with a stack trace. Then the job runner starts.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkEnvironmentOrExit } = await import('./lib/startupCheck')
    checkEnvironmentOrExit()
    // Start Payload with its job crons at once (email queue, scheduled publishing, nightly
    // data protection), not on the first admin request.
    if (process.env.PAYLOAD_DISABLE_JOBS !== 'true') {
      const [{ getPayload }, { default: config }] = await Promise.all([
        import('payload'),
        import('@payload-config'),
      ])
      await getPayload({ config, cron: true })
    }
  }
}
