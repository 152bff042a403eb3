import { COLLECTIONS } from '@/constants'

import { PROJECTS } from '../content'
import { ensureAllBySlug, type ID, type SeedContext } from '../context'

export const seedProjects = ({
  context,
  organisations,
  offices,
  alliances,
}: {
  context: SeedContext
  organisations: Map<string, ID>
  offices: Map<string, ID>
  alliances: Map<string, ID>
}): Promise<Map<string, ID>> =>
  ensureAllBySlug({
    context,
    collection: COLLECTIONS.projects,
    items: PROJECTS,
    create: (project) =>
      context.createBilingual({
        collection: COLLECTIONS.projects,
        de: {
          slug: project.slug,
          name: project.name.de,
          acronym: project.acronym,
          fundingRound: project.fundingRound,
          period: project.period,
          carryingOrganisation: organisations.get(project.carrier),
          office: offices.get(project.office)!,
          alliances: project.alliances.map((slug) => alliances.get(slug)!),
          state: project.state,
          region: {
            name: project.region.name.de,
            location: { latitude: project.region.latitude, longitude: project.region.longitude },
          },
          summary: project.summary.de,
        },
        // The region group is saved whole: its place is kept from the German save.
        en: async (doc) => ({
          name: project.name.en,
          summary: project.summary.en,
          region: { ...doc.region, name: project.region.name.en },
        }),
      }),
  })
