import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * Payload's local password hashing (payload 3.90, `auth/strategies/local`), which Payload does not
 * export: PBKDF2-SHA256 with 600,000 iterations for hashes marked `pbkdf2-sha256-v1:`, the
 * legacy 25,000 iterations otherwise. Used to check a current password without logging in (which
 * would open a session) and to spend the same time on a login for an unknown address.
 */
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const CURRENT = { iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

const derive = (password: string, salt: string, { iterations, keyLength }: typeof CURRENT) =>
  new Promise<Buffer>((resolve, reject) =>
    pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  )

export const verifyPassword = async ({
  password,
  salt,
  hash,
}: {
  password: string
  salt: unknown
  hash: unknown
}): Promise<boolean> => {
  if (typeof salt !== 'string' || typeof hash !== 'string') return false
  const isCurrent = hash.startsWith(CURRENT_PREFIX)
  const stored = Buffer.from(isCurrent ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex')
  const derived = await derive(password, salt, isCurrent ? CURRENT : LEGACY)
  return derived.length === stored.length && timingSafeEqual(derived, stored)
}

/** As long as checking a password against a current hash, with nothing to compare it to. */
export const spendPasswordHashTime = async (password: string): Promise<void> => {
  await derive(password, randomBytes(32).toString('hex'), CURRENT)
}
