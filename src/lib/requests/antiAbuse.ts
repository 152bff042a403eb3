import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import { createChallenge, verifySolution } from 'altcha-lib/v1'
import type { Challenge } from 'altcha-lib/v1/types'

import { payloadSecret } from '@/lib/env'

/**
 * Bot protection that tracks no one and calls no third party:
 * - a signed form token records when the form was served (minimum fill time, maximum age);
 * - a honeypot field that people never see;
 * - a proof of work (the ALTCHA protocol, solved by the browser, verified here), or for visitors
 *   without JavaScript a small arithmetic question derived from the token;
 * - per-client rate limits (src/lib/rateLimits.ts, counted in src/collections/RateLimits/counter.ts).
 */
export const FORM_MAX_AGE_MS = 2 * 60 * 60 * 1000

const minFillMs = (): number => Number(process.env.REQUEST_MIN_FILL_SECONDS ?? 3) * 1000
const proofDifficulty = (): number => Number(process.env.REQUEST_PROOF_MAX_NUMBER ?? 50_000)

const key = (purpose: string): string =>
  createHmac('sha256', payloadSecret()).update(`transferkatalog:${purpose}`).digest('hex')

const sign = (value: string): string =>
  createHmac('sha256', key('form-token')).update(value).digest('base64url')

export type FormChallenge = {
  token: string
  challenge: Challenge
  question: { a: number; b: number }
}

const questionFor = (nonce: string) => {
  const digest = createHmac('sha256', key('question')).update(nonce).digest()
  return { a: (digest[0] % 9) + 1, b: (digest[1] % 9) + 1 }
}

/**
 * A fresh token, proof-of-work challenge and fallback question for one form view. After a failed
 * validation the new token keeps the original time: correcting a field needs no second wait.
 */
export const issueFormChallenge = async (now = Date.now()): Promise<FormChallenge> => {
  const nonce = randomBytes(12).toString('base64url')
  const body = `${now}.${nonce}`
  const challenge = await createChallenge({
    hmacKey: key('altcha'),
    maxnumber: proofDifficulty(),
    expires: new Date(now + FORM_MAX_AGE_MS),
  })
  return { token: `${body}.${sign(body)}`, challenge, question: questionFor(nonce) }
}

export type AbuseVerdict =
  | { ok: true; issuedAt: number }
  | {
      ok: false
      reason: 'bot' | 'tooFast' | 'expired' | 'proofMissing' | 'answerWrong'
      /** When the form was served, if its token is genuine (kept for the next token). */
      issuedAt?: number
    }

/** Salts and form tokens already used, until they expire: each admits one request. */
const usedProofs: Map<string, number> = ((globalThis as Record<string, unknown>).__usedProofs ??=
  new Map()) as Map<string, number>

const rememberProof = (proof: string, now: number): boolean => {
  for (const [seen, expires] of usedProofs) if (expires < now) usedProofs.delete(seen)
  if (usedProofs.has(proof)) return false
  usedProofs.set(proof, now + FORM_MAX_AGE_MS)
  return true
}

const proofSalt = (proof: string): string => {
  try {
    return String(
      (JSON.parse(Buffer.from(proof, 'base64').toString('utf8')) as { salt?: unknown }).salt,
    )
  } catch {
    return ''
  }
}

const parseToken = (token: string): { issuedAt: number; nonce: string } | undefined => {
  const [issued, nonce, signature] = token.split('.')
  if (!issued || !nonce || !signature) return undefined
  const expected = Buffer.from(sign(`${issued}.${nonce}`))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined
  const issuedAt = Number(issued)
  return Number.isFinite(issuedAt) ? { issuedAt, nonce } : undefined
}

export const checkSubmission = async ({
  token,
  honeypot,
  proof,
  answer,
  now = Date.now(),
}: {
  token: string
  honeypot: string
  proof: string
  answer: string
  now?: number
}): Promise<AbuseVerdict> => {
  const parsed = parseToken(token)
  if (!parsed || honeypot) return { ok: false, reason: 'bot' }
  const { issuedAt } = parsed
  if (now - issuedAt > FORM_MAX_AGE_MS) return { ok: false, reason: 'expired' }
  if (now - issuedAt < minFillMs()) return { ok: false, reason: 'tooFast', issuedAt }
  if (proof) {
    const valid = await verifySolution(proof, key('altcha'), true).catch(() => false)
    // Remember what the server issued (the salt), not the submitted text, which can be
    // re-encoded; and the form token, which admits one request.
    return valid &&
      rememberProof(`salt:${proofSalt(proof)}`, now) &&
      rememberProof(`token:${parsed.nonce}`, now)
      ? { ok: true, issuedAt }
      : { ok: false, reason: 'proofMissing', issuedAt }
  }
  if (!answer) return { ok: false, reason: 'proofMissing', issuedAt }
  const { a, b } = questionFor(parsed.nonce)
  if (Number(answer.trim()) !== a + b) return { ok: false, reason: 'answerWrong', issuedAt }
  return rememberProof(`token:${parsed.nonce}`, now)
    ? { ok: true, issuedAt }
    : { ok: false, reason: 'expired' }
}
