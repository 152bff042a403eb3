import { COLLECTIONS } from '@/constants'

import { OFFICE_CONTACTS, OFFICES } from '../content'
import { ensureAllBySlug, type ID, type SeedContext } from '../context'

export const seedRegionalOffices = ({
  context,
}: {
  context: SeedContext
}): Promise<Map<string, ID>> =>
  ensureAllBySlug({
    context,
    collection: COLLECTIONS.regionalOffices,
    items: OFFICES,
    create: (office) => {
      const contact = OFFICE_CONTACTS[office.slug]
      return context.createBilingual({
        collection: COLLECTIONS.regionalOffices,
        de: {
          slug: office.slug,
          name: office.name.de,
          states: office.states,
          contact: { role: contact.role.de, email: contact.email, phone: contact.phone },
          postalAddress: { city: office.city },
        },
        en: { name: office.name.en, contact: { role: contact.role.en, email: contact.email } },
      })
    },
  })
