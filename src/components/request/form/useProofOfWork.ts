import { solveChallenge } from 'altcha-lib/v1'
import { useEffect, useState } from 'react'

import type { RequestFormState } from '../state'

export type ProofStatus = 'running' | 'done' | 'failed'

/** Solves the proof-of-work puzzle in the background (ALTCHA protocol, SHA-256). */
export const useProofOfWork = (challenge: RequestFormState['challenge']['challenge']) => {
  const [result, setResult] = useState<{ salt: string; proof: string } | null>(null)
  useEffect(() => {
    const { promise, controller } = solveChallenge(
      challenge.challenge,
      challenge.salt,
      challenge.algorithm,
      challenge.maxnumber,
    )
    promise
      .then((solution) =>
        setResult({
          salt: challenge.salt,
          proof: solution
            ? btoa(JSON.stringify({ ...challenge, number: solution.number, took: solution.took }))
            : '',
        }),
      )
      .catch(() => setResult({ salt: challenge.salt, proof: '' }))
    return () => controller.abort()
  }, [challenge])
  // A result for an earlier challenge (before the last submission) does not count.
  const current = result?.salt === challenge.salt ? result : null
  const status: ProofStatus = !current ? 'running' : current.proof ? 'done' : 'failed'
  return { proof: current?.proof ?? '', status }
}
