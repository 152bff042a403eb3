import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

let instance: Promise<Payload> | undefined

/** The Local API on the run's database file (one instance per test file's process). */
export const testPayload = (): Promise<Payload> => (instance ??= getPayload({ config }))
