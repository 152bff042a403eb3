import { randomUUID } from 'node:crypto'

import type { CollectionSlug, Payload } from 'payload'

import { COLLECTIONS, type FederalState } from '@/constants'
import { richText } from '@/lib/richText'
import { demoIllustration } from '@/seed/files'

import { idOf } from './actors'
import { TEST_PASSWORD } from './env'

/** A short unique marker, so that each test's documents are its own. */
export const uid = () => randomUUID().slice(0, 8)

const sys = { overrideAccess: true, depth: 0 } as const

/** Documents made directly (bypassing access) for tests to act on; each call makes a new one. */
export const makeFixtures = (payload: Payload) => {
  const product = async ({ project = 'digitale-fertigungstechnik', isPublished = false } = {}) => {
    const marker = uid()
    return payload.create({
      collection: COLLECTIONS.transferProducts,
      data: {
        _status: isPublished ? 'published' : 'draft',
        title: `Testprodukt ${marker}`,
        slug: `testprodukt-${marker}`,
        pitch: 'Ein Produkt, das nur für einen Test existiert.',
        description: richText('Testbeschreibung'),
        kind: 'sonstiges',
        transferStatus: 'tested',
        originProject: await idOf(payload, COLLECTIONS.projects, project),
        contact: { role: 'Regionalbüro, Transferberatung', email: 'transfer@example.org' },
      },
      ...sys,
    })
  }
  const project = async ({ office = 'rb-west' } = {}) => {
    const marker = uid()
    return payload.create({
      collection: COLLECTIONS.projects,
      data: {
        name: `Testprojekt ${marker}`,
        slug: `testprojekt-${marker}`,
        office: await idOf(payload, COLLECTIONS.regionalOffices, office),
      },
      ...sys,
    })
  }
  const request = async ({
    state = 'NW',
    product: productSlug = 'zusatzqualifizierung-digitale-fertigungstechnik',
    requester = {},
    isListingConsented = false,
  }: {
    state?: FederalState
    product?: string
    /** Who asked, where the defaults will not do (a name, address or town to search for). */
    requester?: { name?: string; organisation?: string; email?: string; city?: string }
    isListingConsented?: boolean
  } = {}) =>
    payload.create({
      collection: COLLECTIONS.adoptionRequests,
      data: {
        products: [await idOf(payload, COLLECTIONS.transferProducts, productSlug)],
        requester: {
          name: 'Erika Mustermann',
          organisation: `Testorganisation ${uid()}`,
          organisationType: 'company',
          email: `anfrage-${uid()}@example.com`,
          state,
          ...requester,
        },
        message: 'Wir möchten das Produkt übernehmen.',
        consent: { given: true, givenAt: new Date().toISOString(), privacyPolicyVersion: '1' },
        publicListingConsent: isListingConsented,
        internalNotes: `Nur für das Regionalbüro ${uid()}`,
        status: 'new',
      },
      ...sys,
    })
  const organisation = () =>
    payload.create({
      collection: COLLECTIONS.organisations,
      data: { name: `Testorganisation ${uid()}`, type: 'company' },
      ...sys,
    })
  const adoption = async ({
    isPublic = false,
    product: productSlug = 'zusatzqualifizierung-digitale-fertigungstechnik',
  } = {}) =>
    payload.create({
      collection: COLLECTIONS.adoptions,
      data: {
        product: await idOf(payload, COLLECTIONS.transferProducts, productSlug),
        organisation: (await organisation()).id,
        place: { city: 'Bochum', state: 'NW' },
        status: 'pilot',
        publicConsent: isPublic,
      },
      ...sys,
    })
  const office = () =>
    payload.create({
      collection: COLLECTIONS.regionalOffices,
      data: {
        name: `Testbüro ${uid()}`,
        states: [],
        contact: { role: 'Testbüro, Transferberatung', email: 'test@example.org' },
      },
      ...sys,
    })
  const sector = () =>
    payload.create({
      collection: COLLECTIONS.sectors,
      data: { name: `Testbranche ${uid()}` },
      ...sys,
    })
  const occupation = async () =>
    payload.create({
      collection: COLLECTIONS.occupations,
      data: { name: `Testberuf ${uid()}`, sector: (await sector()).id },
      ...sys,
    })
  const alliance = () =>
    payload.create({
      collection: COLLECTIONS.alliances,
      data: { name: `Testallianz ${uid()}` },
      ...sys,
    })
  const image = async () => {
    const { data } = await demoIllustration({ kind: 'sonstiges', index: 1 })
    return { data, mimetype: 'image/png', name: `test-${uid()}.png`, size: data.length }
  }
  const media = async () =>
    payload.create({
      collection: COLLECTIONS.media,
      data: { alt: 'Testbild' },
      file: await image(),
      ...sys,
    })
  /** Office staff of `office`, or, given a `project`, project staff of that project. */
  const user = async ({
    office: officeSlug = 'rb-west',
    project,
  }: { office?: string; project?: number } = {}) =>
    payload.create({
      collection: COLLECTIONS.users,
      data: {
        email: `test-${uid()}@example.org`,
        password: TEST_PASSWORD,
        name: 'Testkonto',
        ...(project === undefined
          ? {
              roles: ['office-staff' as const],
              office: await idOf(payload, COLLECTIONS.regionalOffices, officeSlug),
            }
          : { roles: ['project-staff' as const], projects: [project] }),
      },
      ...sys,
    })
  /** Deletes what a test made, in the order given (dependants before what they point to). */
  const remove = async (...docs: { collection: CollectionSlug; id: number | string }[]) => {
    for (const { collection, id } of docs) await payload.delete({ collection, id, ...sys })
  }
  return {
    remove,
    product,
    project,
    request,
    organisation,
    adoption,
    office,
    sector,
    occupation,
    alliance,
    image,
    media,
    user,
  }
}

export type Fixtures = ReturnType<typeof makeFixtures>
