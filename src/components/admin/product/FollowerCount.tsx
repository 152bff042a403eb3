import type { UIFieldServerProps } from 'payload'

import { isAdminOrOfficeStaffUser } from '@/access/roles'
import { translate } from '@/i18n'
import type { User } from '@/payload-types'
import { followerCounts } from '@/services/follow/subscriptions'

/**
 * In a product's sidebar, for admins and office staff: how many confirmed subscriptions follow
 * it. A number only; the addresses stay with admins (Administration → Benachrichtigungen).
 */
export async function FollowerCount({ id, payload, req, i18n }: UIFieldServerProps) {
  if (id === undefined || !isAdminOrOfficeStaffUser(req.user as User | null)) return null
  const locale = i18n.language === 'en' ? 'en' : 'de'
  const count = (await followerCounts({ payload, productIds: [id] })).get(String(id)) ?? 0
  return (
    <div className="field-type product-followers" data-testid="follower-count">
      <p className="field-label">{translate({ key: 'follow.admin.followers', locale })}</p>
      <p>
        <strong>{count}</strong>
      </p>
      <p className="field-description">
        {translate({ key: 'follow.admin.followersHint', locale })}
      </p>
    </div>
  )
}
