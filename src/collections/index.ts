import type { CollectionConfig } from 'payload'

import { refuseMissingRelations } from '@/fields/refuseMissingRelations'
import { rejectInvalidWhereValues } from '@/hooks/rejectInvalidWhereValues'

import { AdoptionRequests } from './AdoptionRequests'
import { Adoptions } from './Adoptions'
import { Alliances } from './Alliances'
import { AuditLog } from './AuditLog'
import { Media } from './Media'
import { Occupations } from './Occupations'
import { Organisations } from './Organisations'
import { Projects } from './Projects'
import { RegionalOffices } from './RegionalOffices'
import { Sectors } from './Sectors'
import { TransferProducts } from './TransferProducts'
import { Users } from './Users'

/** Every collection answers a nonsensical `where` value with 400 (see the hook). */
const withQueryValidation = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [rejectInvalidWhereValues, ...(collection.hooks?.beforeOperation ?? [])],
  },
})

/** In the order the admin navigation shows them within their groups. */
export const collections = [
  TransferProducts,
  Media,
  Projects,
  Organisations,
  RegionalOffices,
  Alliances,
  AdoptionRequests,
  Adoptions,
  Sectors,
  Occupations,
  Users,
  AuditLog,
]
  .map(refuseMissingRelations)
  .map(withQueryValidation)
