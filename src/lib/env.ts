/** Start-up checks of the environment, with messages a person can act on. */
export class EnvironmentError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EnvironmentError'
  }
}

const isBuildPhase = () => process.env.NEXT_PHASE === 'phase-production-build'

/**
 * PAYLOAD_SECRET signs logins. Production refuses to run without one; development and tests get
 * a fixed placeholder so that a first look needs no setup.
 */
export const payloadSecret = (): string => {
  const secret = process.env.PAYLOAD_SECRET?.trim()
  if (secret) return secret
  if (process.env.NODE_ENV === 'production' && !isBuildPhase()) {
    throw new EnvironmentError(
      'PAYLOAD_SECRET is not set. Production needs a long random secret, for example:\n' +
        '  echo "PAYLOAD_SECRET=$(node -e \'console.log(require(\\"crypto\\").randomBytes(32).toString(\\"hex\\"))\')" >> .env\n' +
        '(`npm run demo` creates one in .env on its first run.)',
    )
  }
  return 'development-only-secret-not-for-production'
}

/** The address the public reaches the site at, for links in emails. */
export const publicServerURL = (): string =>
  (process.env.NEXT_PUBLIC_SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(
    /\/$/,
    '',
  )
