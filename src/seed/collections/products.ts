import { COLLECTIONS } from '@/constants'
import { translate } from '@/i18n'
import { richText } from '@/lib/richText'

import { PRODUCTS, type ProductSeed } from '../content'
import { bySlug, type ID, type SeedContext } from '../context'
import { placeholderImage, simplePdf } from '../files'
import { ensureMedia } from './media'

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
  const heroImage = await ensureMedia({
    context,
    filename: `seed-${product.slug}.png`,
    alt: {
      de: `Titelbild: ${product.title.de}`,
      en: `Cover image: ${product.title.en}`,
    },
    data: await placeholderImage({
      caption: product.title.de,
      subtitle: translate({ key: `options.kinds.${product.kind}` }),
      index,
    }),
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

export const seedProducts = async ({
  context,
  sectors,
  occupations,
  projects,
}: {
  context: SeedContext
  sectors: Map<string, ID>
  occupations: Map<string, ID>
  projects: Map<string, ID>
}): Promise<Map<string, ID>> => {
  const { payload, local } = context
  const products = new Map<string, ID>()
  for (const [index, product] of PRODUCTS.entries()) {
    const { heroImage, downloads } = await ensureFiles({ context, product, index })
    products.set(
      product.slug,
      await context.ensure(COLLECTIONS.transferProducts, bySlug(product.slug), () =>
        context.createBilingual({
          collection: COLLECTIONS.transferProducts,
          de: {
            _status: 'published',
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
              ...local,
            })
            return {
              _status: 'published' as const,
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
        }),
      ),
    )
  }
  return products
}
