import './ImpactView.css'

import Link from 'next/link'
import type { ServerProps } from 'payload'

import { IMPACT_VIEW_PATH } from '@/constants'
import { translate } from '@/i18n'
import type { User } from '@/payload-types'
import { canSeeImpact } from '@/services/admin/impact'

/** "Wirkung" below the collections in the admin's navigation, for those who may see it. */
export function ImpactNavLink({ payload, user, i18n }: ServerProps) {
  if (!canSeeImpact(user as User | null | undefined)) return null
  const locale = i18n?.language === 'en' ? 'en' : 'de'
  return (
    <Link className="impact__nav-link" href={`${payload.config.routes.admin}${IMPACT_VIEW_PATH}`}>
      {translate({ key: 'impact.nav', locale })}
    </Link>
  )
}
