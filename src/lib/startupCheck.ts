import { chooseDatabase } from './database'
import { payloadSecret } from './env'

/** Validates the environment; on a problem, prints what to do and ends the process. */
export const checkEnvironmentOrExit = (): void => {
  try {
    chooseDatabase(process.env.DATABASE_URL)
    payloadSecret()
  } catch (error) {
    console.error(`\nTransferkatalog cannot start:\n${(error as Error).message}\n`)
    process.exit(1)
  }
}
