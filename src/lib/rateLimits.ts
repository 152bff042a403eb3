/**
 * Every limit on anonymous traffic, as data: what is counted, how many per window. The counting
 * is in src/collections/RateLimits/counter.ts (in the database, shared by all app instances).
 */
export type RateLimit = {
  /** Part of the counter's key: limits with different names never share a count. */
  name: string
  limit: number
  windowMs: number
}

const MINUTE = 60 * 1000

/** Posts of the public forms (request form, tracking page) per client address. */
export const formPostLimit = (env: NodeJS.ProcessEnv = process.env): RateLimit => ({
  name: 'form-posts',
  limit: Number(env.REQUEST_RATE_LIMIT ?? 10),
  windowMs: Number(env.REQUEST_RATE_WINDOW_SECONDS ?? 600) * 1000,
})

/**
 * The arithmetic question (for visitors without JavaScript) is easier for a bot than the proof of
 * work, so that path admits only a few requests per client and hour.
 */
export const QUESTION_PATH_LIMIT: RateLimit = {
  name: 'form-question',
  limit: 3,
  windowMs: 60 * MINUTE,
}

/**
 * Failed logins. A client is stopped after 5 failures in 15 minutes, before its attempt reaches
 * the account; an address after 20 failures in an hour, from whichever clients. So one client can
 * never lock anyone out, and locking an address needs at least four client addresses (each of
 * them throttled itself), while guessing one password stays below 500 tries a day. Known and
 * unknown addresses are counted alike.
 */
export const LOGIN_FAILURES_PER_CLIENT: RateLimit = {
  name: 'login-client',
  limit: 5,
  windowMs: 15 * MINUTE,
}
export const LOGIN_FAILURES_PER_ADDRESS: RateLimit = {
  name: 'login-address',
  limit: 20,
  windowMs: 60 * MINUTE,
}

/** Password-reset mails: each one goes to a mailbox, so few per address and per client. */
export const RESETS_PER_CLIENT: RateLimit = {
  name: 'reset-client',
  limit: 10,
  windowMs: 60 * MINUTE,
}
export const RESETS_PER_ADDRESS: RateLimit = {
  name: 'reset-address',
  limit: 3,
  windowMs: 60 * MINUTE,
}
