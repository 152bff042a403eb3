import { COLLECTIONS } from '@/constants'

import type { ID, SeedContext } from '../context'

export const SEED_USERS = {
  admin: 'admin@example.org',
  office: 'buero-west@example.org',
  project: 'projekt@example.org',
} as const

/** One demo login per role, all with the password given to the seed. */
export const seedUsers = async ({
  context,
  password,
  offices,
  projects,
}: {
  context: SeedContext
  password: string
  offices: Map<string, ID>
  projects: Map<string, ID>
}): Promise<void> => {
  const demoUsers = [
    { email: SEED_USERS.admin, name: 'Programmstelle (Demo)', roles: ['admin' as const] },
    {
      email: SEED_USERS.office,
      name: 'Regionalbüro West (Demo)',
      roles: ['office-staff' as const],
      office: offices.get('rb-west'),
    },
    {
      email: SEED_USERS.project,
      name: 'Projekt Digitale Fertigungstechnik (Demo)',
      roles: ['project-staff' as const],
      projects: [projects.get('digitale-fertigungstechnik')!],
    },
  ]
  for (const user of demoUsers) {
    await context.ensure(COLLECTIONS.users, { email: { equals: user.email } }, () =>
      context.payload.create({
        collection: COLLECTIONS.users,
        data: { ...user, password },
        ...context.local,
      }),
    )
  }
}
