import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { COLLECTIONS, CONTEXT, GLOBALS } from '@/constants'
import { translate } from '@/i18n'
import { richText } from '@/lib/richText'
import type { TransferProduct } from '@/payload-types'

import {
  ADOPTIONS,
  ALLIANCES,
  OCCUPATIONS,
  OFFICE_CONTACTS,
  OFFICES,
  ORGANISATIONS,
  PRODUCTS,
  PROJECTS,
  REQUESTS,
  SECTORS,
  SITE,
} from './content'
import { placeholderImage, simplePdf } from './files'

type ID = TransferProduct['id']

export const SEED_USERS = {
  admin: 'admin@example.org',
  office: 'buero-west@example.org',
  project: 'projekt@example.org',
} as const

export type SeedSummary = { created: Partial<Record<CollectionSlug, number>> }

/**
 * Fills an empty catalogue with demo content from the source documents. Idempotent: what exists
 * (matched by slug, email or file name) is left as it is, so a second run creates nothing and
 * never overwrites what editors changed. Runs in one transaction: a failure leaves no half seed.
 */
export const seed = async ({
  payload,
  password,
}: {
  payload: Payload
  password: string
}): Promise<SeedSummary> => {
  if (password.length < 12) throw new Error('SEED_PASSWORD must have at least 12 characters.')
  const req = await createLocalReq({ context: { [CONTEXT.skipSideEffects]: true } }, payload)
  await initTransaction(req)
  try {
    const summary = await seedInTransaction({ payload, req, password })
    await commitTransaction(req)
    return summary
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

const seedInTransaction = async ({
  payload,
  req,
  password,
}: {
  payload: Payload
  req: PayloadRequest
  password: string
}): Promise<SeedSummary> => {
  const created: SeedSummary['created'] = {}

  /** The id of the first document matching `where`, creating it with `create` when there is none. */
  const ensure = async (
    collection: CollectionSlug,
    where: Where,
    create: () => Promise<{ id: ID }>,
  ): Promise<ID> => {
    const { docs } = await payload.find({
      collection,
      where,
      limit: 1,
      depth: 0,
      select: {},
      draft: true,
      overrideAccess: true,
      req,
    })
    if (docs[0]) return docs[0].id as ID
    created[collection] = (created[collection] ?? 0) + 1
    return (await create()).id
  }
  const bySlug = (slug: string): Where => ({ slug: { equals: slug } })
  const local = { overrideAccess: true, req, depth: 0 } as const

  const sectors = new Map<string, ID>()
  for (const sector of SECTORS) {
    sectors.set(
      sector.slug,
      await ensure(COLLECTIONS.sectors, bySlug(sector.slug), async () => {
        const doc = await payload.create({
          collection: COLLECTIONS.sectors,
          data: { slug: sector.slug, name: sector.name.de },
          locale: 'de',
          ...local,
        })
        await payload.update({
          collection: COLLECTIONS.sectors,
          id: doc.id,
          data: { name: sector.name.en },
          locale: 'en',
          ...local,
        })
        return doc
      }),
    )
  }

  const occupations = new Map<string, ID>()
  for (const occupation of OCCUPATIONS) {
    occupations.set(
      occupation.slug,
      await ensure(COLLECTIONS.occupations, bySlug(occupation.slug), async () => {
        const doc = await payload.create({
          collection: COLLECTIONS.occupations,
          data: {
            slug: occupation.slug,
            name: occupation.name.de,
            sector: sectors.get(occupation.sector)!,
          },
          locale: 'de',
          ...local,
        })
        await payload.update({
          collection: COLLECTIONS.occupations,
          id: doc.id,
          data: { name: occupation.name.en },
          locale: 'en',
          ...local,
        })
        return doc
      }),
    )
  }

  const offices = new Map<string, ID>()
  for (const office of OFFICES) {
    const contact = OFFICE_CONTACTS[office.slug]
    offices.set(
      office.slug,
      await ensure(COLLECTIONS.regionalOffices, bySlug(office.slug), async () => {
        const doc = await payload.create({
          collection: COLLECTIONS.regionalOffices,
          data: {
            slug: office.slug,
            name: office.name.de,
            states: office.states,
            contact: { role: contact.role.de, email: contact.email, phone: contact.phone },
            postalAddress: { city: office.city },
          },
          locale: 'de',
          ...local,
        })
        await payload.update({
          collection: COLLECTIONS.regionalOffices,
          id: doc.id,
          data: { name: office.name.en, contact: { role: contact.role.en, email: contact.email } },
          locale: 'en',
          ...local,
        })
        return doc
      }),
    )
  }

  const organisations = new Map<string, ID>()
  for (const organisation of ORGANISATIONS) {
    const { city, state, latitude, longitude } = organisation.place
    organisations.set(
      organisation.slug,
      await ensure(COLLECTIONS.organisations, bySlug(organisation.slug), () =>
        payload.create({
          collection: COLLECTIONS.organisations,
          data: {
            slug: organisation.slug,
            name: organisation.name,
            type: organisation.type,
            address: { city, state },
            location: { latitude, longitude },
          },
          ...local,
        }),
      ),
    )
  }

  const alliances = new Map<string, ID>()
  for (const alliance of ALLIANCES) {
    alliances.set(
      alliance.slug,
      await ensure(COLLECTIONS.alliances, bySlug(alliance.slug), async () => {
        const doc = await payload.create({
          collection: COLLECTIONS.alliances,
          data: {
            slug: alliance.slug,
            name: alliance.name.de,
            sector: sectors.get(alliance.sector),
            foundedYear: alliance.foundedYear,
            description: richText(alliance.description.de),
          },
          locale: 'de',
          ...local,
        })
        await payload.update({
          collection: COLLECTIONS.alliances,
          id: doc.id,
          data: { name: alliance.name.en, description: richText(alliance.description.en) },
          locale: 'en',
          ...local,
        })
        return doc
      }),
    )
  }

  const projects = new Map<string, ID>()
  for (const project of PROJECTS) {
    projects.set(
      project.slug,
      await ensure(COLLECTIONS.projects, bySlug(project.slug), async () => {
        const doc = await payload.create({
          collection: COLLECTIONS.projects,
          data: {
            slug: project.slug,
            name: project.name.de,
            acronym: project.acronym,
            fundingRound: project.fundingRound,
            period: project.period,
            carryingOrganisation: organisations.get(project.carrier),
            office: offices.get(project.office)!,
            alliances: project.alliances.map((slug) => alliances.get(slug)!),
            state: project.state,
            summary: project.summary.de,
          },
          locale: 'de',
          ...local,
        })
        await payload.update({
          collection: COLLECTIONS.projects,
          id: doc.id,
          data: { name: project.name.en, summary: project.summary.en },
          locale: 'en',
          ...local,
        })
        return doc
      }),
    )
  }

  const ensureMedia = async ({
    filename,
    alt,
    data,
    mimetype,
  }: {
    filename: string
    alt: { de: string; en: string }
    data: Buffer
    mimetype: string
  }) =>
    ensure(COLLECTIONS.media, { filename: { equals: filename } }, async () => {
      const doc = await payload.create({
        collection: COLLECTIONS.media,
        data: { alt: alt.de },
        file: { data, mimetype, name: filename, size: data.length },
        locale: 'de',
        ...local,
      })
      await payload.update({
        collection: COLLECTIONS.media,
        id: doc.id,
        data: { alt: alt.en },
        locale: 'en',
        ...local,
      })
      return doc
    })

  const products = new Map<string, ID>()
  for (const [index, product] of PRODUCTS.entries()) {
    const heroImage = await ensureMedia({
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
    products.set(
      product.slug,
      await ensure(COLLECTIONS.transferProducts, bySlug(product.slug), async () => {
        const doc = await payload.create({
          collection: COLLECTIONS.transferProducts,
          data: {
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
          locale: 'de',
          ...local,
        })
        const english = await payload.findByID({
          collection: COLLECTIONS.transferProducts,
          id: doc.id,
          locale: 'en',
          ...local,
        })
        await payload.update({
          collection: COLLECTIONS.transferProducts,
          id: doc.id,
          data: {
            _status: 'published',
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
          },
          locale: 'en',
          ...local,
        })
        return doc
      }),
    )
  }

  const users = new Map<string, ID>()
  const seedUsers = [
    { email: SEED_USERS.admin, name: 'Programmstelle (Demo)', roles: ['admin' as const] },
    {
      email: SEED_USERS.office,
      name: 'Regionalbüro West (Demo)',
      roles: ['office-staff' as const],
      office: offices.get('rb-west'),
    },
    {
      email: SEED_USERS.project,
      name: 'Projekt Digitale Fertigungstechnik (Demo)',
      roles: ['project-staff' as const],
      projects: [projects.get('digitale-fertigungstechnik')!],
    },
  ]
  for (const user of seedUsers) {
    users.set(
      user.email,
      await ensure(COLLECTIONS.users, { email: { equals: user.email } }, () =>
        payload.create({ collection: COLLECTIONS.users, data: { ...user, password }, ...local }),
      ),
    )
  }

  const siteSettings = await payload.findGlobal({ slug: GLOBALS.siteSettings, ...local })
  if (!siteSettings.imprint) {
    await payload.updateGlobal({
      slug: GLOBALS.siteSettings,
      data: {
        imprint: richText(...SITE.imprint.de),
        privacyPolicy: richText(...SITE.privacyPolicy.de),
        privacyPolicyVersion: SITE.privacyPolicyVersion,
        accessibilityStatement: richText(...SITE.accessibility.de),
        contact: { role: SITE.contact.role.de, email: SITE.contact.email },
      },
      locale: 'de',
      ...local,
    })
    await payload.updateGlobal({
      slug: GLOBALS.siteSettings,
      data: {
        imprint: richText(...SITE.imprint.en),
        privacyPolicy: richText(...SITE.privacyPolicy.en),
        accessibilityStatement: richText(...SITE.accessibility.en),
        contact: { role: SITE.contact.role.en, email: SITE.contact.email },
      },
      locale: 'en',
      ...local,
    })
  }

  const requests = new Map<string, ID>()
  for (const request of REQUESTS) {
    requests.set(
      request.email,
      await ensure(
        COLLECTIONS.adoptionRequests,
        { 'requester.email': { equals: request.email } },
        async () => {
          const [first, ...later] = request.status
          const doc = await payload.create({
            collection: COLLECTIONS.adoptionRequests,
            data: {
              products: request.products.map((slug) => products.get(slug)!),
              requester: {
                name: request.name,
                organisation: request.organisation,
                organisationType: request.organisationType,
                role: request.role,
                email: request.email,
                postcode: request.postcode,
                state: request.state,
              },
              message: request.message,
              consent: {
                given: true,
                givenAt: new Date().toISOString(),
                privacyPolicyVersion: SITE.privacyPolicyVersion,
              },
              publicListingConsent: false,
              status: first,
            },
            ...local,
          })
          // Walk the request through its statuses so that its history is recorded as staff would.
          for (const status of later) {
            await payload.update({
              collection: COLLECTIONS.adoptionRequests,
              id: doc.id,
              data: { status },
              ...local,
            })
          }
          return doc
        },
      ),
    )
  }

  for (const adoption of ADOPTIONS) {
    const product = products.get(adoption.product)!
    const organisation = organisations.get(adoption.organisation)!
    const place = ORGANISATIONS.find(({ slug }) => slug === adoption.organisation)!.place
    await ensure(
      COLLECTIONS.adoptions,
      { and: [{ product: { equals: product } }, { organisation: { equals: organisation } }] },
      () =>
        payload.create({
          collection: COLLECTIONS.adoptions,
          data: {
            product,
            organisation,
            place: {
              city: place.city,
              state: place.state,
              location: { latitude: place.latitude, longitude: place.longitude },
            },
            since: adoption.since,
            status: adoption.status,
            publicConsent: adoption.isPublic,
            sourceRequest: adoption.fromRequest ? requests.get(adoption.fromRequest) : undefined,
          },
          ...local,
        }),
    )
  }

  return { created }
}
