import type { PayloadRequest } from 'payload'

import { COLLECTIONS, type Locale } from '@/constants'
import { relationId, type ID } from '@/lib/ids'

/** How hooks read a related document: with the server's rights, inside the caller's transaction. */
export const lookupOptions = (req: PayloadRequest) =>
  ({ depth: 0, overrideAccess: true, disableErrors: true, req }) as const

/** The regional office of a project; read inside the caller's transaction. */
export const projectOfficeId = async ({
  projectId,
  req,
}: {
  projectId: ID | undefined
  req: PayloadRequest
}): Promise<ID | undefined> => {
  if (projectId === undefined) return undefined
  const project = await req.payload.findByID({
    collection: COLLECTIONS.projects,
    id: projectId,
    select: { office: true },
    ...lookupOptions(req),
  })
  return relationId(project?.office)
}

/** Where mail for an office goes: its contact address, or every admin when it has none. */
export const officeRecipients = async ({
  officeId,
  req,
  locale = 'de',
}: {
  officeId: number | string | undefined
  req: PayloadRequest
  /** The language of the office's name (the requester's, in their confirmation). */
  locale?: Locale
}): Promise<{ name: string; emails: string[] }> => {
  if (officeId !== undefined) {
    const office = await req.payload.findByID({
      collection: COLLECTIONS.regionalOffices,
      id: officeId,
      locale,
      select: { name: true, contact: true },
      ...lookupOptions(req),
    })
    if (office?.contact?.email) return { name: office.name, emails: [office.contact.email] }
  }
  const { docs } = await req.payload.find({
    collection: COLLECTIONS.users,
    where: { roles: { contains: 'admin' } },
    select: { email: true },
    limit: 20,
    pagination: false,
    ...lookupOptions(req),
  })
  return { name: 'Transferkatalog', emails: docs.map((user) => user.email) }
}
