import type { CollectionConfig } from 'payload'

import { COLLECTIONS } from '@/constants'

import { refuseMissingRelations } from '@/fields/refuseMissingRelations'

import { AdoptionRequests } from './AdoptionRequests'
import { Adoptions } from './Adoptions'
import { Alliances } from './Alliances'
import { AuditLog } from './AuditLog'
import { JobLeases } from './JobLeases'
import { Media } from './Media'
import { Occupations } from './Occupations'
import { Organisations } from './Organisations'
import { Projects } from './Projects'
import { PublicChanges, publicChangeHooks } from './PublicChanges'
import { RateLimits } from './RateLimits'
import { RegionalOffices } from './RegionalOffices'
import { Sectors } from './Sectors'
import { TransferProducts } from './TransferProducts'
import { Users } from './Users'

/** What the public pages show: each change to these is recorded (see PublicChanges). */
const PUBLIC_COLLECTIONS: readonly string[] = [
  COLLECTIONS.transferProducts,
  COLLECTIONS.media,
  COLLECTIONS.projects,
  COLLECTIONS.organisations,
  COLLECTIONS.regionalOffices,
  COLLECTIONS.alliances,
  COLLECTIONS.adoptions,
  COLLECTIONS.sectors,
  COLLECTIONS.occupations,
]

const withPublicChanges = (collection: CollectionConfig): CollectionConfig => {
  if (!PUBLIC_COLLECTIONS.includes(collection.slug)) return collection
  const { afterChange, afterDelete } = publicChangeHooks(collection.slug)
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
    },
  }
}

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
  PublicChanges,
  RateLimits,
  JobLeases,
]
  .map(refuseMissingRelations)
  .map(withPublicChanges)
