import type { Payload, Where } from 'payload'

import { COLLECTIONS, GLOBALS, type Locale } from '@/constants'
import { cachedRead } from './catalogue'
import type { PageRead, SlugRead } from './types'

/** Server-side reads for the public project, office, alliance and legal pages (as the public). */
const asPublic = { overrideAccess: false } as const

export const listProjects = ({ payload, locale }: PageRead) =>
  cachedRead(
    { payload, locale },
    'projects',
    async () =>
      (
        await payload.find({
          collection: COLLECTIONS.projects,
          ...asPublic,
          locale,
          depth: 1,
          pagination: false,
          sort: 'name',
          select: {
            name: true,
            acronym: true,
            slug: true,
            fundingRound: true,
            office: true,
            summary: true,
            state: true,
          },
          populate: { [COLLECTIONS.regionalOffices]: { name: true, slug: true } },
        })
      ).docs,
  )

/** Published products on offer: those no longer offered leave the lists (their pages stay). */
const offeredProducts = (payload: Payload, retirements: Map<string, unknown>): Where => {
  const published: Where = { _status: { equals: 'published' } }
  if (retirements.size === 0) return published
  // The catalogue keeps ids as strings; SQLite's are numbers.
  const ids = [...retirements.keys()].map((id) =>
    payload.db.defaultIDType === 'number' ? Number(id) : id,
  )
  return { and: [published, { id: { not_in: ids } }] }
}

export const getProjectBySlug = ({ payload, locale, slug }: SlugRead) =>
  cachedRead({ payload, locale }, `project:${slug}`, async ({ retirements }) => {
    const { docs } = await payload.find({
      collection: COLLECTIONS.projects,
      ...asPublic,
      locale,
      where: { slug: { equals: slug } },
      depth: 1,
      limit: 1,
      joins: {
        transferProducts: {
          where: offeredProducts(payload, retirements),
          limit: 50,
        },
      },
    })
    return docs[0] ?? null
  })

export const listOffices = ({ payload, locale }: PageRead) =>
  cachedRead(
    { payload, locale },
    'offices',
    async () =>
      (
        await payload.find({
          collection: COLLECTIONS.regionalOffices,
          ...asPublic,
          locale,
          depth: 0,
          pagination: false,
          sort: 'name',
        })
      ).docs,
  )

export const getAllianceBySlug = ({ payload, locale, slug }: SlugRead) =>
  cachedRead({ payload, locale }, `alliance:${slug}`, async () => {
    const { docs } = await payload.find({
      collection: COLLECTIONS.alliances,
      ...asPublic,
      locale,
      where: { slug: { equals: slug } },
      depth: 1,
      limit: 1,
    })
    return docs[0] ?? null
  })

export const listAlliances = ({ payload, locale }: PageRead) =>
  cachedRead(
    { payload, locale },
    'alliances',
    async () =>
      (
        await payload.find({
          collection: COLLECTIONS.alliances,
          ...asPublic,
          locale,
          depth: 0,
          pagination: false,
          select: { slug: true, updatedAt: true },
        })
      ).docs,
  )

export const getSiteSettings = ({ payload, locale }: PageRead) =>
  cachedRead({ payload, locale }, 'settings', () =>
    payload.findGlobal({ slug: GLOBALS.siteSettings, ...asPublic, locale, depth: 0 }),
  )

/** Slugs and change dates for the sitemap and the feed. */
export const listPublishedProducts = ({
  payload,
  locale,
  limit = 0,
}: {
  payload: Payload
  locale: Locale
  limit?: number
}) =>
  cachedRead(
    { payload, locale },
    `published:${limit}`,
    async ({ retirements }) =>
      (
        await payload.find({
          collection: COLLECTIONS.transferProducts,
          ...asPublic,
          locale,
          where: offeredProducts(payload, retirements),
          depth: 0,
          pagination: limit > 0,
          limit,
          sort: '-firstPublishedAt',
          select: { slug: true, title: true, pitch: true, updatedAt: true, firstPublishedAt: true },
        })
      ).docs,
  )
