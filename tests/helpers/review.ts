import type { Payload } from 'payload'

import { COLLECTIONS, type ReviewStatus } from '@/constants'
import type { TransferProduct } from '@/payload-types'

import type { Fixtures } from './fixtures'
import type { ApiResponse } from './http'

const sys = { overrideAccess: true, depth: 0 } as const

/**
 * A product that passes the completeness check (hero image with alt text, effort, cost model,
 * licence, contact, a target group and a sector), in the review status asked for. It is moved
 * there by the system, as the seed does.
 */
export const reviewProduct = async ({
  payload,
  fixtures,
  status = 'draft',
  project,
}: {
  payload: Payload
  fixtures: Fixtures
  status?: ReviewStatus
  project?: string
}): Promise<TransferProduct> => {
  const base = await fixtures.product({ project, isPublished: status === 'published' })
  const hero = await fixtures.media()
  const { docs: sectors } = await payload.find({
    collection: COLLECTIONS.sectors,
    limit: 1,
    ...sys,
  })
  const complete = {
    heroImage: hero.id,
    adoptionKit: { effortDays: 3, costModel: 'free' as const, licence: 'CC BY 4.0' },
    targetGroups: ['companies' as const],
    sectors: [sectors[0].id],
  }
  const id = base.id
  const update = (data: Record<string, unknown>, draft = true) =>
    payload.update({ collection: COLLECTIONS.transferProducts, id, data, draft, ...sys })
  await update(complete, status !== 'published')
  if (status === 'submitted' || status === 'changes-requested')
    await update({ reviewStatus: 'submitted' })
  if (status === 'changes-requested')
    await update({ reviewStatus: 'changes-requested', reviewComment: 'Bitte nachbessern.' })
  return payload.findByID({ collection: COLLECTIONS.transferProducts, id, draft: true, ...sys })
}

/** The published and the newest (draft) state of a product, as stored, for "unchanged" checks. */
export const storedStates = async (payload: Payload, id: number) => {
  const read = (draft: boolean) =>
    payload.findByID({
      collection: COLLECTIONS.transferProducts,
      id,
      draft,
      disableErrors: true,
      ...sys,
    })
  const versions = await payload.countVersions({
    collection: COLLECTIONS.transferProducts,
    where: { parent: { equals: id } },
    overrideAccess: true,
  })
  return { published: await read(false), draft: await read(true), versions: versions.totalDocs }
}

type ErrorBody = {
  errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[]
}

/** The field errors of a 400 answer (path and message). */
export const fieldErrors = (response: Pick<ApiResponse, 'body'>) =>
  ((response.body as ErrorBody)?.errors ?? []).flatMap((error) => error.data?.errors ?? [])
