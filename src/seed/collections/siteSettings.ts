import { GLOBALS } from '@/constants'
import { richText } from '@/lib/richText'

import { SITE } from '../content'
import type { SeedContext } from '../context'

/** The legal texts and the contact, in both languages, unless an imprint is already there. */
export const seedSiteSettings = async ({ context }: { context: SeedContext }): Promise<void> => {
  const { payload, local } = context
  const siteSettings = await payload.findGlobal({ slug: GLOBALS.siteSettings, ...local })
  if (siteSettings.imprint) return
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
