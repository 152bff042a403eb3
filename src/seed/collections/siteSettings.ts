import { GLOBALS } from '@/constants'
import { richText } from '@/lib/richText'

import { SITE } from '../content'
import type { SeedContext } from '../context'

/**
 * The legal texts, the identity (programme, funding line) and the general contact, in both
 * languages. Each part is filled only while it is empty, so a second run and an admin's edits are
 * left alone, and a catalogue seeded before the identity existed gets it on its next seed.
 */
export const seedSiteSettings = async ({ context }: { context: SeedContext }): Promise<void> => {
  const { payload, local } = context
  const current = await payload.findGlobal({ slug: GLOBALS.siteSettings, locale: 'de', ...local })
  const hasLegalTexts = Boolean(current.imprint)
  const hasIdentity = Boolean(current.identity?.programme || current.identity?.fundingLine)
  const hasContact = Boolean(current.contact?.role || current.contact?.email)
  if (hasLegalTexts && hasIdentity && hasContact) return
  for (const locale of ['de', 'en'] as const) {
    await payload.updateGlobal({
      slug: GLOBALS.siteSettings,
      data: {
        ...(hasLegalTexts
          ? {}
          : {
              imprint: richText(...SITE.imprint[locale]),
              privacyPolicy: richText(...SITE.privacyPolicy[locale]),
              accessibilityStatement: richText(...SITE.accessibility[locale]),
              // Not localised: set with the German texts, kept by the English save.
              ...(locale === 'de' ? { privacyPolicyVersion: SITE.privacyPolicyVersion } : {}),
            }),
        ...(hasIdentity
          ? {}
          : {
              identity: {
                programme: SITE.identity.programme[locale],
                fundingLine: SITE.identity.fundingLine[locale],
              },
            }),
        ...(hasContact
          ? {}
          : { contact: { role: SITE.contact.role[locale], email: SITE.contact.email } }),
      },
      locale,
      ...local,
    })
  }
}
