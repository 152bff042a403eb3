import type { FormChallenge } from '@/lib/requests/antiAbuse'
import type { FollowFieldErrors } from '@/services/follow/subscriptions'

/** What the follow form shows after each attempt. */
export type FollowFormState = {
  email: string
  hasConsent: boolean
  errors: FollowFieldErrors
  formError?: string
  proofError?: string
  challenge: FormChallenge
  attempt: number
  /** Accepted: the confirmation mail is on its way (or the address already follows it). */
  isSent?: boolean
}
