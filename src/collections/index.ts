import type { CollectionConfig } from 'payload'

import { PUBLIC_COLLECTIONS } from '@/constants'

import { refuseMissingRelations } from '@/fields/refuseMissingRelations'

import { AdopterQuestions } from './AdopterQuestions'
import { AdoptionRequests } from './AdoptionRequests'
import { Adoptions } from './Adoptions'
import { Alliances } from './Alliances'
import { AuditLog } from './AuditLog'
import { JobLeases } from './JobLeases'
import { Media } from './Media'
import { Occupations } from './Occupations'
import { Organisations } from './Organisations'
import { ProductRetirements } from './ProductRetirements'
import { Projects } from './Projects'
import { PublicChanges, publicChangeHooks } from './PublicChanges'
import { RateLimits } from './RateLimits'
import { RegionalOffices } from './RegionalOffices'
import { Sectors } from './Sectors'
import { Subscriptions } from './Subscriptions'
import { withFollow } from './Subscriptions/notices'
import { TransferProducts } from './TransferProducts'
import { Users } from './Users'

const withPublicChanges = (collection: CollectionConfig): CollectionConfig => {
  if (!(PUBLIC_COLLECTIONS as readonly string[]).includes(collection.slug)) return collection
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
  ProductRetirements,
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
  AdopterQuestions,
  Subscriptions,
]
  .map(withFollow)
  .map(refuseMissingRelations)
  .map(withPublicChanges)
