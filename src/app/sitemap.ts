import type { MetadataRoute } from 'next'
import { getPayload } from 'payload'

import config from '@payload-config'
import { cataloguePath, officesPath, productPath, projectPath, projectsPath } from '@/lib/paths'
import { LOCALES } from '@/constants'
import { listProjects, listPublishedProducts } from '@/data/network'

export const dynamic = 'force-dynamic'

/** Every public page in both languages, with when its content last changed. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000'
  const payload = await getPayload({ config })
  const [products, projects] = await Promise.all([
    listPublishedProducts({ payload, locale: 'de' }),
    listProjects({ payload, locale: 'de' }),
  ])
  return LOCALES.flatMap((locale) => [
    { url: `${base}${locale === 'en' ? '/en' : '/'}` },
    { url: `${base}${cataloguePath(locale)}` },
    { url: `${base}${projectsPath(locale)}` },
    { url: `${base}${officesPath(locale)}` },
    ...products.map((product) => ({
      url: `${base}${productPath({ locale, slug: product.slug ?? String(product.id) })}`,
      lastModified: product.updatedAt,
    })),
    ...projects.map((project) => ({
      url: `${base}${projectPath({ locale, slug: project.slug ?? String(project.id) })}`,
    })),
  ])
}
