/**
 * The OpenAPI 3.1 description of what anyone may read without an account (`/api/openapi.json`):
 * Payload's REST reads of the public collections and the site settings, the media files, and the
 * open-data files. Which documents each answers is decided by the collections' access rules; the
 * query parameters are those src/hooks/rejectInvalidQueries.ts and src/lib/queryParameters.ts let
 * through (anything else is answered 400 naming the parameter).
 */

export type PublicCollection = { slug: string; description: string }

const json = (schema: object) => ({ 'application/json': { schema } })
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const parameterRef = (name: string) => ({ $ref: `#/components/parameters/${name}` })
const errorResponse = (description: string) => ({
  description,
  content: json(ref('Errors')),
})

export const buildOpenApi = ({
  base,
  version,
  title,
  description,
  licence,
  locales,
  operators,
  collections,
  globals,
}: {
  base: string
  version: string
  title: string
  description: string
  /** The open data's licence: name and URL. */
  licence: { name: string; url: string }
  locales: readonly string[]
  /** Field type → the `where` operators allowed on it. */
  operators: Record<string, readonly string[]>
  collections: PublicCollection[]
  globals: PublicCollection[]
}) => {
  const operatorList = Object.entries(operators)
    .map(([type, allowed]) => `${type}: ${allowed.join(', ')}`)
    .join('; ')
  const listParameters = [
    'depth',
    'limit',
    'page',
    'sort',
    'where',
    'select',
    'locale',
    'fallbackLocale',
    'draft',
    'pagination',
  ].map(parameterRef)
  const documentParameters = ['depth', 'select', 'locale', 'fallbackLocale', 'draft'].map(
    parameterRef,
  )
  const paths: Record<string, object> = {}
  for (const collection of collections) {
    const tag = collection.slug
    paths[`/api/${collection.slug}`] = {
      get: {
        operationId: `list-${collection.slug}`,
        tags: [tag],
        summary: `List ${collection.slug}`,
        description: collection.description,
        parameters: listParameters,
        responses: {
          '200': { description: 'One page of documents', content: json(ref('PaginatedDocs')) },
          '400': errorResponse('A query parameter that cannot mean anything, named in the answer'),
        },
      },
    }
    paths[`/api/${collection.slug}/count`] = {
      get: {
        operationId: `count-${collection.slug}`,
        tags: [tag],
        summary: `Count ${collection.slug}`,
        parameters: [parameterRef('where'), parameterRef('locale')],
        responses: {
          '200': { description: 'The number of matching documents', content: json(ref('Count')) },
          '400': errorResponse('A query parameter that cannot mean anything'),
        },
      },
    }
    paths[`/api/${collection.slug}/{id}`] = {
      get: {
        operationId: `get-${collection.slug}`,
        tags: [tag],
        summary: `One document of ${collection.slug}`,
        parameters: [parameterRef('id'), ...documentParameters],
        responses: {
          '200': { description: 'The document', content: json(ref('Document')) },
          '404': errorResponse('No such document, or not public'),
        },
      },
    }
  }
  paths['/api/media/file/{filename}'] = {
    get: {
      operationId: 'get-media-file',
      tags: ['media'],
      summary: 'A media file (image or PDF) or one of its image sizes',
      parameters: [{ name: 'filename', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        '200': {
          description: 'The file',
          content: {
            'image/*': { schema: { type: 'string', contentMediaType: 'image/*' } },
            'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } },
          },
        },
        '404': errorResponse('No such file'),
      },
    },
  }
  for (const global of globals) {
    paths[`/api/globals/${global.slug}`] = {
      get: {
        operationId: `get-global-${global.slug}`,
        tags: ['globals'],
        summary: global.slug,
        description: global.description,
        parameters: [parameterRef('depth'), parameterRef('locale'), parameterRef('fallbackLocale')],
        responses: { '200': { description: 'The settings', content: json(ref('Document')) } },
      },
    }
  }
  const openDataFile = ({
    operationId,
    summary,
    mediaType,
    schema,
  }: {
    operationId: string
    summary: string
    mediaType: string
    schema: object
  }) => ({
    get: {
      operationId,
      tags: ['open data'],
      summary,
      responses: { '200': { description: summary, content: { [mediaType]: { schema } } } },
    },
  })
  paths['/open-data/produkte.json'] = openDataFile({
    operationId: 'open-data-json',
    summary: 'Every published product on offer, both languages in one record',
    mediaType: 'application/json',
    schema: { type: 'object', required: ['count', 'products'] },
  })
  paths['/open-data/produkte.csv'] = openDataFile({
    operationId: 'open-data-csv',
    summary: 'The same products as CSV, one row each (UTF-8 with BOM)',
    mediaType: 'text/csv',
    schema: { type: 'string' },
  })
  paths['/open-data/dcat.jsonld'] = openDataFile({
    operationId: 'open-data-dcat',
    summary: 'DCAT-AP.de 2.0 record of the open data',
    mediaType: 'application/ld+json',
    schema: { type: 'object', required: ['@context', '@graph'] },
  })
  paths['/api/openapi.json'] = openDataFile({
    operationId: 'openapi',
    summary: 'This description',
    mediaType: 'application/json',
    schema: { type: 'object', required: ['openapi'] },
  })

  return {
    openapi: '3.1.0',
    info: {
      title,
      version,
      description,
      license: licence,
    },
    servers: [{ url: base }],
    tags: [
      ...collections.map((collection) => ({
        name: collection.slug,
        description: collection.description,
      })),
      { name: 'globals', description: 'Site-wide settings the public pages show' },
      {
        name: 'open data',
        description: 'Files for reuse, refreshed whenever the catalogue changes',
      },
    ],
    paths,
    components: {
      parameters: {
        id: {
          name: 'id',
          in: 'path',
          required: true,
          description: 'The document id (an id that cannot be one is answered 404)',
          schema: { type: 'string' },
        },
        depth: {
          name: 'depth',
          in: 'query',
          description: 'How many levels of related documents to fill in (0: ids only)',
          schema: { type: 'integer', minimum: 0 },
        },
        limit: {
          name: 'limit',
          in: 'query',
          description: 'Documents per page (0: all)',
          schema: { type: 'integer', minimum: 0 },
        },
        page: {
          name: 'page',
          in: 'query',
          schema: { type: 'integer', minimum: 1 },
        },
        sort: {
          name: 'sort',
          in: 'query',
          description:
            'A field to order by, `-` in front for descending; several separated by commas. Only fields that can be ordered (not arrays, groups, rich text or joins).',
          schema: { type: 'string' },
        },
        where: {
          name: 'where',
          in: 'query',
          style: 'deepObject',
          explode: true,
          description: `A filter as \`where[field][operator]=value\`, combinable with \`where[and][0]…\` and \`where[or][0]…\`. Operators by field type: ${operatorList}. Other operators, unknown fields and paths through joins are answered 400. Fields the public may not read cannot be filtered on.`,
          schema: { type: 'object', additionalProperties: true },
        },
        select: {
          name: 'select',
          in: 'query',
          style: 'deepObject',
          explode: true,
          description: 'The fields to return, as `select[field]=true`',
          schema: { type: 'object', additionalProperties: true },
        },
        locale: {
          name: 'locale',
          in: 'query',
          description: 'The language of localised fields (`all`: every language at once)',
          schema: { type: 'string', enum: [...locales, 'all'] },
        },
        fallbackLocale: {
          name: 'fallback-locale',
          in: 'query',
          description: 'The language to fall back to where a text is missing (`none`: none)',
          schema: { type: 'string', enum: [...locales, 'none'] },
        },
        draft: {
          name: 'draft',
          in: 'query',
          description: 'Accepted, but the public always reads the published version',
          schema: { type: 'boolean' },
        },
        pagination: {
          name: 'pagination',
          in: 'query',
          description: 'false: every match in one answer',
          schema: { type: 'boolean' },
        },
      },
      schemas: {
        Document: {
          type: 'object',
          required: ['id'],
          properties: {
            id: { type: ['integer', 'string'] },
            createdAt: { type: 'string', format: 'date-time' },
            updatedAt: { type: 'string', format: 'date-time' },
          },
          additionalProperties: true,
        },
        PaginatedDocs: {
          type: 'object',
          required: ['docs', 'totalDocs'],
          properties: {
            docs: { type: 'array', items: ref('Document') },
            totalDocs: { type: 'integer' },
            limit: { type: 'integer' },
            totalPages: { type: 'integer' },
            page: { type: 'integer' },
            pagingCounter: { type: 'integer' },
            hasPrevPage: { type: 'boolean' },
            hasNextPage: { type: 'boolean' },
            prevPage: { type: ['integer', 'null'] },
            nextPage: { type: ['integer', 'null'] },
          },
        },
        Count: {
          type: 'object',
          required: ['totalDocs'],
          properties: { totalDocs: { type: 'integer' } },
        },
        Errors: {
          type: 'object',
          required: ['errors'],
          properties: {
            errors: {
              type: 'array',
              items: {
                type: 'object',
                required: ['message'],
                properties: { message: { type: 'string' } },
                additionalProperties: true,
              },
            },
          },
        },
      },
    },
  }
}
