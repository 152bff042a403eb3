import { createLocalReq, type PayloadRequest } from 'payload'

import { COLLECTIONS } from '@/constants'
import { richText } from '@/lib/richText'

import { PRODUCTS, type ProductSeed, REVIEW_DRAFTS } from '../content'
import { bySlug, type ID, type SeedContext } from '../context'
import { demoIllustration, simplePdf } from '../files'
import { ensureMedia } from './media'
import { SEED_USERS } from './users'

/** The product's hero image and, when it has one, its fact sheet: ensured whether or not the product exists. */
const ensureFiles = async ({
  context,
  product,
  index,
}: {
  context: SeedContext
  product: ProductSeed
  index: number
}) => {
  const illustration = await demoIllustration({ kind: product.kind, index })
  const heroImage = await ensureMedia({
    context,
    filename: `seed-illustration-${product.slug}.png`,
    alt: illustration.alt,
    data: illustration.data,
    mimetype: 'image/png',
  })
  const downloads = product.hasDownload
    ? [
        {
          file: await ensureMedia({
            context,
            filename: `seed-steckbrief-${product.slug}.pdf`,
            alt: { de: `Steckbrief: ${product.title.de}`, en: `Fact sheet: ${product.title.en}` },
            data: simplePdf([
              product.title.de,
              '',
              product.pitch.de.slice(0, 80),
              'Transferkatalog - JOBSTARTER plus (Demo)',
            ]),
            mimetype: 'application/pdf',
          }),
          label: 'Steckbrief (PDF)',
        },
      ]
    : []
  return { heroImage, downloads }
}

type Taxonomies = {
  sectors: Map<string, ID>
  occupations: Map<string, ID>
  projects: Map<string, ID>
}

/** One product in German and English, published or a draft. */
const createProduct = ({
  context,
  product,
  files: { heroImage, downloads },
  status,
  sectors,
  occupations,
  projects,
}: Taxonomies & {
  context: SeedContext
  product: ProductSeed
  files: Awaited<ReturnType<typeof ensureFiles>>
  status: 'published' | 'draft'
}) => {
  const { payload, local } = context
  return context.createBilingual({
    collection: COLLECTIONS.transferProducts,
    de: {
      _status: status,
      slug: product.slug,
      title: product.title.de,
      pitch: product.pitch.de,
      description: richText(...product.description.de),
      kind: product.kind,
      heroImage,
      downloads,
      targetGroups: product.targetGroups,
      sectors: product.sectors.map((slug) => sectors.get(slug)!),
      occupations: product.occupations.map((slug) => occupations.get(slug)!),
      originProject: projects.get(product.project)!,
      transferStatus: product.transferStatus,
      format: product.format,
      regionsOfOrigin: product.regions,
      adoptionKit: {
        included: product.kit.included.de,
        prerequisites: product.kit.prerequisites.de,
        effortDays: product.kit.effortDays,
        costModel: product.kit.costModel,
        costNote: product.kit.costNote?.de,
        licence: product.kit.licence,
        duration: product.kit.duration?.de,
        languages: product.kit.languages,
      },
      contact: { role: product.contact.role.de, email: product.contact.email },
    },
    // The groups and the downloads array are saved whole: their other fields come from the
    // document as it reads in English.
    en: async ({ id }) => {
      const english = await payload.findByID({
        collection: COLLECTIONS.transferProducts,
        id,
        locale: 'en',
        draft: true,
        ...local,
      })
      return {
        _status: status,
        title: product.title.en,
        pitch: product.pitch.en,
        description: richText(...product.description.en),
        adoptionKit: {
          ...english.adoptionKit,
          included: product.kit.included.en,
          prerequisites: product.kit.prerequisites.en,
          costNote: product.kit.costNote?.en,
          duration: product.kit.duration?.en,
        },
        contact: { ...english.contact, role: product.contact.role.en },
        downloads: (english.downloads ?? []).map((download) => ({
          ...download,
          label: 'Fact sheet (PDF)',
        })),
      }
    },
  })
}

/**
 * The published products of the sources. Published by the seed (the system), so each one's
 * review history starts with that entry.
 */
export const seedProducts = async ({
  context,
  ...taxonomies
}: Taxonomies & { context: SeedContext }): Promise<Map<string, ID>> => {
  const products = new Map<string, ID>()
  for (const [index, product] of PRODUCTS.entries()) {
    const files = await ensureFiles({ context, product, index })
    products.set(
      product.slug,
      await context.ensure(COLLECTIONS.transferProducts, bySlug(product.slug), () =>
        createProduct({ context, product, files, status: 'published', ...taxonomies }),
      ),
    )
  }
  return products
}

/** The same request as `req`, but made by `user`, inside the seed's transaction. */
const actingAs = async (context: SeedContext, email: string): Promise<PayloadRequest> => {
  const { payload, local } = context
  const { docs } = await payload.find({
    collection: COLLECTIONS.users,
    where: { email: { equals: email } },
    limit: 1,
    ...local,
  })
  const req = await createLocalReq(
    { context: local.req.context, user: { ...docs[0], collection: COLLECTIONS.users } },
    payload,
  )
  req.transactionID = local.req.transactionID
  return req
}

/**
 * The demo's products in review, moved through the review as the demo logins would move them:
 * submitted by the project's staff, sent back by the office with a comment. Needs the users.
 */
export const seedReviewDrafts = async ({
  context,
  ...taxonomies
}: Taxonomies & { context: SeedContext }): Promise<void> => {
  const { payload } = context
  for (const [index, product] of REVIEW_DRAFTS.entries()) {
    await context.ensure(COLLECTIONS.transferProducts, bySlug(product.slug), async () => {
      const files = await ensureFiles({ context, product, index: PRODUCTS.length + index })
      const doc = await createProduct({ context, product, files, status: 'draft', ...taxonomies })
      const asUser = { collection: COLLECTIONS.transferProducts, id: doc.id, draft: true, depth: 0 }
      await payload.update({
        ...asUser,
        data: { reviewStatus: 'submitted' },
        overrideAccess: false,
        req: await actingAs(context, SEED_USERS.project),
      })
      if (product.review === 'changes-requested')
        await payload.update({
          ...asUser,
          data: { reviewStatus: 'changes-requested', reviewComment: product.comment },
          overrideAccess: false,
          req: await actingAs(context, SEED_USERS.office),
        })
      return doc
    })
  }
}
