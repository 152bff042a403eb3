import { COLLECTIONS, GLOBALS, LOCALES } from '@/constants'
import { getOpenDataSettings, siteOrigin } from '@/data/openData'
import { OPERATORS } from '@/hooks/rejectInvalidQueries'
import { translate } from '@/i18n'
import { PUBLIC_CACHE_CONTROL } from '@/lib/http/cacheHeaders'
import { LICENCE_DETAILS } from '@/lib/openData/dcat'
import { buildOpenApi } from '@/lib/openData/openapi'
import { getPayloadClient } from '@/services/payload'

// A file of its own beats Payload's catch-all `api/[...slug]`. Rendered per request: a static
// route without a `[locale]` would be rendered at build time, when there is no database. Its one
// read (the licence) comes from the public snapshot, so a request costs no query, and the answer
// carries the public pages' Cache-Control (also set in next.config.ts through cacheHeaders.ts).
export const dynamic = 'force-dynamic'

/** What the public reads of each collection (the access rules in src/collections decide). */
const COLLECTION_DESCRIPTIONS: Record<string, string> = {
  [COLLECTIONS.transferProducts]:
    'Published transfer products (drafts and unpublished changes are never returned). Contact and review fields are not public.',
  [COLLECTIONS.productRetirements]:
    'Published products their office no longer offers, with the reason',
  [COLLECTIONS.projects]: 'The JOBSTARTER plus projects the products come from',
  [COLLECTIONS.organisations]: 'Organisations that carry projects or take part',
  [COLLECTIONS.regionalOffices]: 'The regional offices (Regionalbüros) and the states they cover',
  [COLLECTIONS.alliances]: 'Sector networks of projects (Allianzen)',
  [COLLECTIONS.adoptions]:
    'Adoptions whose adopter agreed to be named publicly; internal fields are not public',
  [COLLECTIONS.sectors]: 'Sectors (Branchen)',
  [COLLECTIONS.occupations]: 'Recognised training occupations (Ausbildungsberufe)',
  [COLLECTIONS.media]: 'Images and documents of the products; files under /api/media/file/',
}

export async function GET() {
  const { licence } = await getOpenDataSettings({ payload: await getPayloadClient() })
  const document = buildOpenApi({
    base: siteOrigin(),
    version: '1',
    title: `${translate({ key: 'site.name', locale: 'en' })}: public read API`,
    description:
      'What anyone may read without an account: the REST reads of the public collections (Payload CMS), the media files, and the open-data files (/open-data, licence below). Writes need an account and are not described here.',
    licence: {
      name: translate({ key: `openData.licences.${licence}`, locale: 'en' }),
      url: LICENCE_DETAILS[licence].url,
    },
    locales: LOCALES,
    operators: OPERATORS,
    collections: Object.entries(COLLECTION_DESCRIPTIONS).map(([slug, description]) => ({
      slug,
      description,
    })),
    globals: [
      {
        slug: GLOBALS.siteSettings,
        description: 'Legal texts, the programme identity and the general contact of the site',
      },
    ],
  })
  return new Response(JSON.stringify(document), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': PUBLIC_CACHE_CONTROL,
    },
  })
}
