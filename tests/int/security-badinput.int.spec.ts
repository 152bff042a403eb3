/**
 * Bad input answers 4xx, never 5xx (issue 9, finding 8): every malformed id, query parameter,
 * `where` operator, join path, switched-off route and multipart body gets 400 (malformed) or 404
 * (missing) with a message naming the parameter, on every collection and for every actor, and the
 * server logs such a refusal as one line, without a stack and without personal data.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { COLLECTIONS, GLOBALS } from '@/constants'

import type { ActorKey } from '../helpers/actors'
import { startApp } from '../helpers/app'
import { type AttackCase, type AttackContext, describeCorpus } from '../helpers/attack'
import { testContext } from '../helpers/context'
import { testEnvironment } from '../helpers/env'
import { api, type ApiResponse } from '../helpers/http'
import { freePort } from '../helpers/processes'

type ErrorAnswer = { errors?: { message?: string; field?: string }[] }

/** The first error message of a Payload error answer. */
const messageOf = (response: ApiResponse): string =>
  ((response.body as ErrorAnswer).errors ?? [])[0]?.message ?? ''

/** A `check` that the answer's message names the parameter the client got wrong. */
const names =
  (parameter: string) =>
  (response: ApiResponse): void => {
    expect(messageOf(response), response.text.slice(0, 300)).toContain(parameter)
  }

/** A case expecting `status` with a message naming `parameter`. */
const refused = ({
  name,
  actor,
  path,
  status,
  parameter,
  method,
  body,
}: {
  name: string
  actor: ActorKey
  path: AttackCase['path']
  status: 400 | 404
  parameter: string
  method?: string
  body?: AttackCase['body']
}): AttackCase => ({ name, actor, path, status, method, body, check: names(parameter) })

const ALL_COLLECTIONS = Object.values(COLLECTIONS)
const STAFF: ActorKey[] = ['projectStaff', 'officeWest', 'officeSued', 'admin']
const EVERYONE: ActorKey[] = ['anonymous', ...STAFF]

/** A product every actor may address (its id is all that matters here). */
/** A draft product of its own for each case (a write that goes through changes nothing seeded). */
const productId = async (context: AttackContext) => (await context.fixtures.product()).id

const multipart = (fields: Record<string, string | Blob>) => () => {
  const form = new FormData()
  for (const [key, value] of Object.entries(fields)) form.append(key, value)
  return form
}

const cases: AttackCase[] = [
  // The cases, as it found them.
  ...EVERYONE.flatMap((actor) =>
    ['abc', '1e309', '%00'].map((id) =>
      refused({
        name: 'a product id that is not a number',
        actor,
        path: `/api/transfer-products/${id}`,
        status: 404,
        parameter: 'id',
      }),
    ),
  ),
  ...(['admin', 'officeWest', 'officeSued'] as const).map((actor) =>
    refused({
      name: 'a request id that is not a number',
      actor,
      path: '/api/adoption-requests/abc',
      status: 404,
      parameter: 'id',
    }),
  ),
  ...EVERYONE.map((actor) =>
    refused({
      name: 'near on a text field',
      actor,
      path: '/api/transfer-products?where[title][near]=1,2,3',
      status: 400,
      parameter: 'where[title][near]',
    }),
  ),
  ...EVERYONE.flatMap((actor) => [
    refused({
      name: 'where through the join from projects to products',
      actor,
      path: '/api/projects?where[transferProducts.title][equals]=x',
      status: 400,
      parameter: 'where[transferProducts.title]',
    }),
    refused({
      name: 'an id that is not one, through the join',
      actor,
      path: '/api/projects?where[transferProducts.originProject][equals]=abc',
      status: 400,
      parameter: 'where[transferProducts.originProject]',
    }),
    refused({
      name: 'sort on a join field',
      actor,
      path: '/api/projects?sort=transferProducts',
      status: 400,
      parameter: 'sort',
    }),
  ]),
  ...(['anonymous', 'admin'] as const).flatMap((actor) => [
    refused({
      name: 'where on the join field itself',
      actor,
      path: '/api/alliances?where[memberProjects][equals]=1',
      status: 400,
      parameter: 'where[memberProjects]',
    }),
    refused({
      name: 'where through the alliances’ join',
      actor,
      path: '/api/alliances?where[memberProjects.name][like]=x',
      status: 400,
      parameter: 'where[memberProjects.name]',
    }),
    refused({
      name: 'sort through a join',
      actor,
      path: '/api/alliances?sort=-memberProjects.name',
      status: 400,
      parameter: 'sort',
    }),
    refused({
      name: 'near inside a join’s own where',
      actor,
      path: '/api/projects?joins[transferProducts][where][title][near]=1,2',
      status: 400,
      parameter: 'joins[transferProducts][where][title][near]',
    }),
    refused({
      name: 'a word as a join’s limit',
      actor,
      path: '/api/projects?joins[transferProducts][limit]=abc',
      status: 400,
      parameter: 'joins[transferProducts][limit]',
    }),
    refused({
      name: 'a join that does not exist',
      actor,
      path: '/api/projects?joins[bogus][limit]=1',
      status: 400,
      parameter: 'joins[bogus]',
    }),
    refused({
      name: 'a media file nobody uploaded',
      actor,
      path: '/api/media/file/nonexistent.png',
      status: 404,
      parameter: 'filename',
    }),
    refused({
      name: 'a media file name with a NUL byte',
      actor,
      path: '/api/media/file/%00.png',
      status: 404,
      parameter: 'filename',
    }),
    refused({
      name: 'verifying an address where verification is off',
      actor,
      method: 'POST',
      path: '/api/users/verify/abc',
      status: 404,
      parameter: 'token',
    }),
  ]),
  ...(['officeWest', 'officeSued', 'admin'] as const).flatMap((actor) => [
    refused({
      name: 'versions of a collection that keeps none',
      actor,
      path: '/api/adoption-requests/versions',
      status: 404,
      parameter: 'versions',
    }),
    refused({
      name: 'one version of a collection that keeps none',
      actor,
      path: '/api/adoption-requests/versions/1',
      status: 404,
      parameter: 'versions',
    }),
  ]),
  refused({
    name: 'versions of a global that keeps none',
    actor: 'admin',
    path: `/api/globals/${GLOBALS.siteSettings}/versions`,
    status: 404,
    parameter: 'versions',
  }),
  ...(['admin', 'officeWest', 'projectStaff'] as const).flatMap((actor) => [
    refused({
      name: 'malformed JSON in a product’s multipart _payload',
      actor,
      method: 'PATCH',
      path: async (context) => `/api/transfer-products/${await productId(context)}`,
      body: multipart({ _payload: '{"title": "x", "contact": {"email": "a@b.example"' }),
      status: 400,
      parameter: '_payload',
    }),
  ]),
  refused({
    name: 'malformed JSON in an upload’s _payload',
    actor: 'admin',
    method: 'POST',
    path: '/api/media',
    body: multipart({ file: new Blob(['x'], { type: 'image/png' }), _payload: '{x' }),
    status: 400,
    parameter: '_payload',
  }),
  {
    name: 'wrong field types in a product’s multipart _payload',
    actor: 'admin',
    method: 'PATCH',
    path: async (context) => `/api/transfer-products/${await productId(context)}`,
    body: multipart({ _payload: JSON.stringify({ kind: ['x'], originProject: 'abc' }) }),
    status: 400,
    check: (response) => {
      const paths = (
        (response.body as { errors: { data?: { errors?: { path: string }[] } }[] }).errors[0].data
          ?.errors ?? []
      ).map(({ path }) => path)
      expect(paths).toEqual(expect.arrayContaining(['kind', 'originProject']))
    },
  },
  {
    name: 'a file on a product, which takes none (ignored, nothing is stored)',
    actor: 'admin',
    method: 'PATCH',
    path: async (context) => `/api/transfer-products/${await productId(context)}`,
    body: multipart({ file: new Blob(['x'], { type: 'text/plain' }), _payload: '{}' }),
    status: 200,
  },
  refused({
    name: 'duplicating a product by an id that is not one',
    actor: 'admin',
    method: 'POST',
    path: '/api/transfer-products/abc/duplicate',
    status: 404,
    parameter: 'id',
  }),
  refused({
    name: 'deleting by an id that is not one',
    actor: 'admin',
    method: 'DELETE',
    path: '/api/transfer-products/abc',
    status: 404,
    parameter: 'id',
  }),
  refused({
    name: 'a bulk delete with near on a text field',
    actor: 'admin',
    method: 'DELETE',
    path: '/api/transfer-products?where[title][near]=1,2,3',
    status: 400,
    parameter: 'where[title][near]',
  }),
  refused({
    name: 'counting with near on a text field',
    actor: 'admin',
    path: '/api/transfer-products/count?where[title][near]=1',
    status: 400,
    parameter: 'where[title][near]',
  }),
  refused({
    name: 'an id that is not one, on a Payload collection (jobs)',
    actor: 'admin',
    path: '/api/payload-jobs/abc',
    status: 404,
    parameter: 'id',
  }),
  refused({
    name: 'an id that is not one, on a Payload collection (document locks)',
    actor: 'admin',
    path: '/api/payload-locked-documents/abc',
    status: 404,
    parameter: 'id',
  }),
  refused({
    name: 'near on a Payload collection (query presets)',
    actor: 'admin',
    path: '/api/payload-query-presets?where[title][near]=1,2',
    status: 400,
    parameter: 'where[title][near]',
  }),
  refused({
    name: 'a where that is not JSON',
    actor: 'anonymous',
    path: '/api/transfer-products?where=abc',
    status: 400,
    parameter: 'where',
  }),
  refused({
    name: 'a valid id that does not exist names the id',
    actor: 'anonymous',
    path: '/api/transfer-products/99999999',
    status: 404,
    parameter: 'id',
  }),

  // Every collection's /:id with ids that cannot be ids.
  ...ALL_COLLECTIONS.flatMap((collection) =>
    ['abc', '1e309', 'Infinity'].map((id) =>
      refused({
        name: `a ${collection} id that is not a number`,
        actor: 'admin',
        path: `/api/${collection}/${id}`,
        status: 404,
        parameter: 'id',
      }),
    ),
  ),

  // The flat query parameters, across collections the public reads and the global.
  ...[
    '/api/transfer-products',
    '/api/projects',
    '/api/organisations',
    `/api/globals/${GLOBALS.siteSettings}`,
  ].flatMap((base) =>
    (
      [
        ['depth=-1', 'depth'],
        ['depth=abc', 'depth'],
        ['limit=-5', 'limit'],
        ['limit=abc', 'limit'],
        ['limit=99999999999999999999', 'limit'],
        ['page=0', 'page'],
        ['page=abc', 'page'],
        ['locale=xx', 'locale'],
        ['fallback-locale=xx', 'fallback-locale'],
        ['draft=maybe', 'draft'],
        ['select[x]=true', 'select[x]'],
        ['select[id]=abc', 'select[id]'],
      ] as const
    ).map(([query, parameter]) =>
      refused({
        name: `${parameter} that means nothing`,
        actor: 'anonymous',
        path: `${base}?${query}`,
        status: 400,
        parameter,
      }),
    ),
  ),
  ...['/api/transfer-products', '/api/projects', '/api/adoptions', '/api/sectors'].flatMap((base) =>
    (
      [
        ['sort=nonexistent', 'sort'],
        ['sort=-', 'sort'],
        ['sort=description', 'sort'],
        ['where[or][0][id][equals]=abc', 'where[or][0][id][equals]'],
        ['where[and]=x', 'where[and]'],
        ['populate[bogus][x]=true', 'populate[bogus]'],
        ['where[id][exists]=maybe', 'where[id][exists]'],
      ] as const
    )
      .filter(([query]) => base !== '/api/sectors' || !query.includes('description'))
      .map(([query, parameter]) =>
        refused({
          name: `${parameter} that means nothing`,
          actor: 'officeWest',
          path: `${base}?${query}`,
          status: 400,
          parameter,
        }),
      ),
  ),

  // `where` operators against each field type.
  ...(
    [
      ['transfer-products', 'where[kind][within]=x', 'where[kind][within]'],
      ['transfer-products', 'where[targetGroups][intersects]=x', 'where[targetGroups][intersects]'],
      [
        'transfer-products',
        'where[adoptionKit.effortDays][like]=5',
        'where[adoptionKit.effortDays][like]',
      ],
      [
        'transfer-products',
        'where[adoptionKit.effortDays][equals]=abc',
        'where[adoptionKit.effortDays][equals]',
      ],
      ['transfer-products', 'where[sectors][contains]=1', 'where[sectors][contains]'],
      ['transfer-products', 'where[sectors][in][x]=1', 'where[sectors][in]'],
      ['transfer-products', 'where[firstPublishedAt][near]=1,2', 'where[firstPublishedAt][near]'],
      [
        'transfer-products',
        'where[firstPublishedAt][greater_than]=yesterday',
        'where[firstPublishedAt][greater_than]',
      ],
      ['transfer-products', 'where[title][all]=x', 'where[title][all]'],
      ['transfer-products', 'where[title][equals][x]=1', 'where[title][equals]'],
      ['transfer-products', 'where[downloads][equals]=x', 'where[downloads][equals]'],
      ['projects', 'where[fundingRound][like]=5', 'where[fundingRound][like]'],
      ['projects', 'where[fundingRound][near]=1,2,3', 'where[fundingRound][near]'],
      ['projects', 'where[period.start][within]=x', 'where[period.start][within]'],
      ['projects', 'where[name][exists]=maybe', 'where[name][exists]'],
      ['organisations', 'where[location.latitude][near]=abc', 'where[location.latitude][near]'],
      [
        'organisations',
        'where[location.latitude][contains]=5',
        'where[location.latitude][contains]',
      ],
      ['adoptions', 'where[publicConsent][equals]=maybe', 'where[publicConsent][equals]'],
      [
        'adoptions',
        'where[place.location.latitude][intersects]=x',
        'where[place.location.latitude][intersects]',
      ],
      ['alliances', 'where[foundedYear][like]=19', 'where[foundedYear][like]'],
      ['users', 'where[roles][near]=1,2', 'where[roles][near]'],
    ] as const
  ).flatMap(([collection, query, parameter]) =>
    (['anonymous', 'admin'] as const).map((actor) =>
      refused({
        name: `${parameter.split('[').at(-1)?.replace(']', '')} on the wrong field type`,
        actor,
        path: `/api/${collection}?${query}`,
        status: 400,
        parameter,
      }),
    ),
  ),
  ...(['admin', 'officeWest'] as const).map((actor) =>
    refused({
      name: 'near on a request’s consent flag',
      actor,
      path: '/api/adoption-requests?where[consent.given][near]=1,2',
      status: 400,
      parameter: 'where[consent.given][near]',
    }),
  ),

  // What stays allowed: a big page, a comma list for `in`, the documented locale switches.
  {
    name: 'a big limit is read as "all"',
    actor: 'anonymous',
    path: '/api/sectors?limit=100000',
    status: 200,
  },
  {
    name: 'in with a comma list',
    actor: 'anonymous',
    path: '/api/sectors?where[id][in]=1,2',
    status: 200,
  },
  {
    name: 'every locale at once',
    actor: 'anonymous',
    path: '/api/sectors?locale=all',
    status: 200,
  },
  {
    name: 'no fallback locale',
    actor: 'anonymous',
    path: '/api/sectors?fallback-locale=none',
    status: 200,
  },
  { name: 'sort by a field', actor: 'anonymous', path: '/api/sectors?sort=-name', status: 200 },
]

describeCorpus('bad input', cases)

describe('bad input, by whole requests', () => {
  it('a malformed JSON body names the body', async () => {
    const { actors } = await testContext()
    const response = await fetch(`${inject('baseURL')}/api/transfer-products`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${actors.admin.token}` },
      body: '{"title": ',
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('body is not valid JSON')
  })

  it('an id that is not one answers like a missing one, for every actor', async () => {
    const { actors } = await testContext()
    for (const actor of EVERYONE) {
      const response = await api({ path: '/api/transfer-products/abc', token: actors[actor].token })
      expect(response.status, actor).toBe(404)
      expect(messageOf(response)).toBe('id: transfer-products has no document with the id "abc"')
    }
  })
})

describe('the server log of refusals', () => {
  let second: Awaited<ReturnType<typeof startApp>>

  beforeAll(async () => {
    // A second instance on the same database, so that its log holds only what this test sends.
    second = await startApp({
      port: await freePort(),
      env: { ...testEnvironment(inject('testDirectory')), PAYLOAD_DISABLE_JOBS: 'true' },
    })
  })

  afterAll(async () => {
    await second?.stop()
  })

  it('has one line per 4xx, without a stack trace and without personal data', async () => {
    const { actors } = await testContext()
    const secret = 'log-probe-person@example.org'
    const form = new FormData()
    form.append('_payload', `{"contact": {"email": "${secret}"`)
    const sent = [
      await fetch(`${second.url}/api/transfer-products/abc`),
      await fetch(`${second.url}/api/transfer-products?where[title][near]=1,2,3`),
      await fetch(`${second.url}/api/transfer-products?sort=${encodeURIComponent(secret)}`),
      await fetch(`${second.url}/api/media/file/nonexistent.png`),
      await fetch(`${second.url}/api/transfer-products/1`, {
        method: 'PATCH',
        headers: { Authorization: `JWT ${actors.admin.token}` },
        body: form,
      }),
    ]
    expect(sent.map(({ status }) => status)).toEqual([404, 400, 400, 404, 400])
    // pino writes asynchronously: give the last line a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 500))
    const log = second.output()
    const lines = log.split('\n')
    for (const expected of [
      'id: transfer-products has no document with the id "abc"',
      'where[title][near]',
      'filename: no file "nonexistent.png" in media',
      'malformed JSON (input not logged)',
    ])
      expect(
        lines.filter((line) => line.includes(expected)),
        expected,
      ).toHaveLength(1)
    expect(log).not.toMatch(/^\s+at /m)
    expect(log).not.toContain('"stack"')
    expect(log).not.toContain(secret)
    expect(log).not.toContain('example.org')
  })
})

describe('queries Payload itself makes', () => {
  it('pass the query checks with dates as Date objects and references to several collections', async () => {
    const { payload, fixtures, actors } = await testContext()
    const organisation = await fixtures.organisation()
    // The admin's edit view asks for recent locks of the document this way.
    const { docs } = await payload.find({
      collection: 'payload-locked-documents',
      where: {
        and: [
          {
            document: {
              equals: { relationTo: COLLECTIONS.organisations, value: organisation.id },
            },
          },
          { updatedAt: { greater_than: new Date(Date.now() - 60_000) } },
        ],
      },
      user: actors.admin.user,
      overrideAccess: false,
      depth: 0,
    })
    expect(docs).toEqual([])
  })
})
