import type { Payload, Where } from 'payload'

import { isAdminOrOfficeStaffUser, isAdminUser, staffOfficeId } from '@/access/roles'
import { COLLECTIONS, type Locale, type RequestStatus } from '@/constants'
import {
  computeImpact,
  type ImpactAdoption,
  type ImpactFigures,
  type ImpactRequest,
} from '@/lib/impact/figures'
import type { ImpactLabels } from '@/lib/impact/table'
import { translate } from '@/i18n'
import { relationId, relationIds } from '@/lib/ids'
import type { User } from '@/payload-types'

/**
 * Reads the records behind the impact view and the CSV export, for one user: admins get every
 * office, office staff their own office only; anyone else gets nothing (the callers refuse them
 * first). The office comes from the user's account, never from the request's parameters.
 *
 * - Requests are read as the user (`overrideAccess: false`), with the office filter on top, so
 *   the collection's access rule and this filter must both let a request through.
 * - Adoptions are read without access checks (office staff may read every public adoption, which
 *   is not what "their figures" means) but with an explicit office filter: an adoption belongs to
 *   the office its request was routed to, and, when recorded without a request, to the office of
 *   its product's project (the office that recorded it). Only state, date and whether there was a
 *   request leave this function.
 */

export type ImpactRead = { payload: Payload; user: User; locale: Locale }

export type Impact = {
  figures: ImpactFigures
  labels: ImpactLabels
  /** Whose figures: all offices (admins) or the user's office. */
  scope: { isAllOffices: boolean; officeName: string }
}

/** Admins and office staff with an office; everybody else is refused. */
export const canSeeImpact = isAdminOrOfficeStaffUser

/** The office whose figures the user sees; null for all offices (admins). */
const officeScope = (user: User): string | null => {
  if (isAdminUser(user)) return null
  const office = staffOfficeId(user)
  if (office === undefined) throw new Error('impact figures for a user without an office')
  return String(office)
}

const readRequests = async ({ payload, user }: ImpactRead, office: string | null) => {
  const { docs } = await payload.find({
    collection: COLLECTIONS.adoptionRequests,
    where: office === null ? {} : { office: { equals: office } },
    select: { office: true, products: true, status: true, statusHistory: true, createdAt: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user,
  })
  return docs.map((doc): ImpactRequest => ({
    id: doc.id,
    officeId: relationId(doc.office) ?? null,
    productIds: relationIds(doc.products),
    createdAt: doc.createdAt,
    status: doc.status as RequestStatus,
    history: (doc.statusHistory ?? []).map(({ at, to }) => ({ at, to })),
  }))
}

/** An adoption of the office: from a request routed to it, or without a request of its product. */
const adoptionsOf = (office: string): Where => ({
  or: [
    { 'sourceRequest.office': { equals: office } },
    {
      and: [
        { sourceRequest: { exists: false } },
        { 'product.originProject.office': { equals: office } },
      ],
    },
  ],
})

const readAdoptions = async ({ payload }: ImpactRead, office: string | null) => {
  const { docs } = await payload.find({
    collection: COLLECTIONS.adoptions,
    where: office === null ? {} : adoptionsOf(office),
    select: { place: { state: true }, since: true, createdAt: true, sourceRequest: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((doc): ImpactAdoption => ({
    id: doc.id,
    state: doc.place?.state ?? null,
    date: doc.since ?? doc.createdAt,
    hasRequest: relationId(doc.sourceRequest) !== undefined,
  }))
}

/** Names of the offices and titles of the products the figures mention (public data). */
const readLabels = async (
  { payload, locale }: ImpactRead,
  figures: ImpactFigures,
): Promise<{ labels: ImpactLabels; offices: Map<string, string> }> => {
  const productIds = figures.byProduct.map((row) => row.productId)
  const [offices, products] = await Promise.all([
    payload.find({
      collection: COLLECTIONS.regionalOffices,
      select: { name: true },
      depth: 0,
      pagination: false,
      locale,
      overrideAccess: true,
    }),
    productIds.length === 0
      ? Promise.resolve({ docs: [] })
      : payload.find({
          collection: COLLECTIONS.transferProducts,
          where: { id: { in: productIds } },
          select: { title: true },
          depth: 0,
          pagination: false,
          // The published title: a pending draft of another office's product is not for them.
          locale,
          overrideAccess: true,
        }),
  ])
  const officeNames = new Map(offices.docs.map((doc) => [String(doc.id), doc.name]))
  const titles = new Map(products.docs.map((doc) => [String(doc.id), doc.title]))
  return {
    offices: officeNames,
    labels: {
      office: (id) =>
        id === null
          ? translate({ key: 'impact.noOffice', locale })
          : (officeNames.get(id) ?? `#${id}`),
      product: (id) => titles.get(id) ?? `#${id}`,
    },
  }
}

/** Every impact figure the user may see, with the names to show them by. */
export const gatherImpact = async (read: ImpactRead): Promise<Impact> => {
  if (!canSeeImpact(read.user)) throw new Error('impact figures are for admins and office staff')
  const office = officeScope(read.user)
  const [requests, adoptions] = await Promise.all([
    readRequests(read, office),
    readAdoptions(read, office),
  ])
  const figures = computeImpact({ requests, adoptions })
  const { labels, offices } = await readLabels(read, figures)
  return {
    figures,
    labels,
    scope: {
      isAllOffices: office === null,
      officeName: office === null ? '' : (offices.get(office) ?? `#${office}`),
    },
  }
}
