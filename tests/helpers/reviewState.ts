import type { Payload } from 'payload'

import { COLLECTIONS, CONTEXT, type ReviewStatus } from '@/constants'
import type { ID } from '@/lib/ids'

import type { Fixtures } from './fixtures'

/** How the seed and the system write: no user, no mails. */
const SYSTEM = { overrideAccess: true, depth: 0, context: { [CONTEXT.skipSideEffects]: true } }

export type HistoryEntry = {
  at: string
  byName: string
  from?: ReviewStatus
  to: ReviewStatus
  comment?: string
}

/**
 * Products in a given review state with a history of the test's choosing (backdated, so that
 * waiting times can be tested), written by the system through the review's own hooks.
 */
export const makeReviewState = ({
  payload,
  fixtures,
}: {
  payload: Payload
  fixtures: Fixtures
}) => {
  let parts: Promise<{ media: number; sector: number }> | undefined
  const made: { collection: 'media' | 'sectors'; id: ID }[] = []
  const shared = () =>
    (parts ??= (async () => {
      const [media, sector] = await Promise.all([fixtures.media(), fixtures.sector()])
      made.push(
        { collection: COLLECTIONS.media, id: media.id },
        { collection: COLLECTIONS.sectors, id: sector.id },
      )
      return { media: media.id, sector: sector.id }
    })())

  /** A product that passes the completeness check, so that it may be submitted. */
  const completeProduct = async ({
    project,
    isPublished = false,
    pitch,
  }: {
    project?: string
    isPublished?: boolean
    pitch?: string
  }) => {
    const product = await fixtures.product({ project, isPublished })
    const { media, sector } = await shared()
    return payload.update({
      collection: COLLECTIONS.transferProducts,
      id: product.id,
      draft: !isPublished,
      data: {
        ...(isPublished ? { _status: 'published' as const } : {}),
        ...(pitch ? { pitch } : {}),
        heroImage: media,
        adoptionKit: { effortDays: 3, costModel: 'free', licence: 'CC BY 4.0' },
        targetGroups: ['companies'],
        sectors: [sector],
      },
      ...SYSTEM,
    })
  }

  /**
   * Moves the product's newest state to `status` (the hook appends today's entry), then replaces
   * the history with `history`: a save that keeps the status is no transition, so the hook
   * leaves the history it is given.
   */
  const review = async ({
    id,
    status,
    history,
    data = {},
  }: {
    id: ID
    status: ReviewStatus
    history: HistoryEntry[]
    data?: Record<string, unknown>
  }) => {
    const save = (fields: Record<string, unknown>) =>
      payload.update({
        collection: COLLECTIONS.transferProducts,
        id,
        draft: true,
        data: { ...data, ...fields },
        ...SYSTEM,
      })
    await save({ reviewStatus: status, reviewComment: 'Testkommentar' })
    return save({ reviewStatus: status, reviewHistory: history })
  }

  /** Removes the image and sector the complete products share (after the products). */
  const cleanUp = () => fixtures.remove(...made)

  return { completeProduct, review, cleanUp }
}
