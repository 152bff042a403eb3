import { refuseMissingRelations } from '@/fields/refuseMissingRelations'

import { AdoptionRequests } from './AdoptionRequests'
import { Adoptions } from './Adoptions'
import { Alliances } from './Alliances'
import { Media } from './Media'
import { Occupations } from './Occupations'
import { Organisations } from './Organisations'
import { Projects } from './Projects'
import { RegionalOffices } from './RegionalOffices'
import { Sectors } from './Sectors'
import { TransferProducts } from './TransferProducts'
import { Users } from './Users'

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
].map(refuseMissingRelations)
