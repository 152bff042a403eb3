import type {
  Collection,
  CollectionBeforeOperationHook,
  FlattenedField,
  GlobalBeforeOperationHook,
  Payload,
  PayloadRequest,
  SanitizedCollectionConfig,
  Where,
} from 'payload'
import { APIError } from 'payload'

import { type ParameterProblem, queryParameterProblems } from '@/lib/queryParameters'

/**
 * Query input that cannot mean anything reaches the database adapter as NaN, an operator the
 * adapter lacks or a path through a join, and fails there with a 500 (SQLite) or a cast error
 * (MongoDB). This checks it against the collection's fields first, in front of every operation,
 * and answers 400 naming the parameter as the client wrote it (`where[title][near]`), or 404 for
 * an id that cannot identify a document. It works on Payload's query objects, not on SQL, so it
 * holds on every adapter.
 */

type Resolved =
  | { kind: 'field'; field: FlattenedField }
  | { kind: 'id' }
  | { kind: 'join'; name: string }
  /** The first segment names nothing. */
  | { kind: 'unknown' }
  /** Past what is followed here (polymorphic relationships, blocks): Payload checks it. */
  | { kind: 'opaque' }

/** The fields of a version document beside `version.*`. */
const VERSION_META = new Set(['parent', 'latest', 'autosave', 'snapshot', 'publishedLocale'])

const COMPARE = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
]
const TEXT = [...COMPARE, 'like', 'not_like', 'contains']

/**
 * The operators that mean something for each field type (Payload's WhereBuilder offers a subset
 * of these). `all` is left out everywhere: the SQL adapters do not implement it, and a query must
 * answer the same on every adapter. `near`, `within` and `intersects` need a point field.
 */
export const OPERATORS: Record<string, readonly string[]> = {
  text: TEXT,
  textarea: TEXT,
  email: TEXT,
  code: TEXT,
  richText: TEXT,
  json: TEXT,
  select: TEXT,
  radio: TEXT,
  number: COMPARE,
  date: COMPARE,
  relationship: COMPARE,
  upload: COMPARE,
  id: COMPARE,
  checkbox: ['equals', 'not_equals', 'in', 'not_in', 'exists'],
  point: ['equals', 'not_equals', 'exists', 'near', 'within', 'intersects'],
}
/** Arrays, groups and blocks as a whole: only whether they hold anything. */
const CONTAINER_OPERATORS = ['exists']
const KNOWN_OPERATORS = new Set([...TEXT, 'all', 'near', 'within', 'intersects'])

/** Field types a list can be ordered by. */
const SORTABLE = new Set([
  'text',
  'textarea',
  'email',
  'code',
  'select',
  'radio',
  'number',
  'date',
  'checkbox',
  'relationship',
  'upload',
])

const localeCodes = (payload: Payload): string[] =>
  payload.config.localization ? payload.config.localization.localeCodes : []

/** Where a dotted path leads, following groups, arrays, single-target relationships and locales. */
const resolvePath = ({
  payload,
  fields,
  path,
}: {
  payload: Payload
  fields: FlattenedField[]
  path: string
}): Resolved => {
  const segments = path.split('.')
  if (segments[0] === 'version' && segments.length > 1) segments.shift()
  if (segments.length === 1 && (segments[0] === 'id' || segments[0] === '_id'))
    return { kind: 'id' }
  if (VERSION_META.has(segments[0])) return { kind: 'opaque' }
  let current = fields
  for (let index = 0; index < segments.length; index++) {
    const field = current.find((candidate) => candidate.name === segments[index])
    if (!field) {
      if (index === 0) return { kind: 'unknown' }
      return segments[index] === 'id' && index === segments.length - 1
        ? { kind: 'id' }
        : { kind: 'opaque' }
    }
    if (field.type === 'join') return { kind: 'join', name: segments.slice(0, index + 1).join('.') }
    let next = index + 1
    if ('localized' in field && field.localized && localeCodes(payload).includes(segments[next]))
      next++
    if (next >= segments.length) return { kind: 'field', field }
    index = next - 1
    if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) {
      current = field.flattenedFields
    } else if (
      (field.type === 'relationship' || field.type === 'upload') &&
      typeof field.relationTo === 'string' &&
      payload.collections[field.relationTo]
    ) {
      current = payload.collections[field.relationTo].config.flattenedFields
    } else {
      return { kind: 'opaque' }
    }
  }
  return { kind: 'opaque' }
}

/** SQLite ids are numbers; MongoDB ids are 24 hex digits unless the collection sets its own. */
const isValidId = ({
  payload,
  collection,
  value,
}: {
  payload: Payload
  collection?: SanitizedCollectionConfig
  value: unknown
}): boolean => {
  const custom = collection ? payload.collections[collection.slug]?.customIDType : undefined
  if (custom === 'text') return typeof value === 'string' || typeof value === 'number'
  if (custom === 'number' || payload.db.defaultIDType === 'number')
    return value !== '' && Number.isFinite(Number(value))
  return payload.db.name !== 'mongoose' || /^[0-9a-f]{24}$/i.test(String(value))
}

const isBooleanLike = (value: unknown): boolean =>
  typeof value === 'boolean' || value === 'true' || value === 'false'

const fieldType = (resolved: Resolved): string =>
  resolved.kind === 'field' ? resolved.field.type : 'id'

/** The collection a relationship or upload path points at, for checking ids there. */
const targetCollection = (payload: Payload, resolved: Resolved) =>
  resolved.kind === 'field' &&
  (resolved.field.type === 'relationship' || resolved.field.type === 'upload') &&
  typeof resolved.field.relationTo === 'string'
    ? payload.collections[resolved.field.relationTo]?.config
    : undefined

/** Why a value cannot mean anything for its field and operator, or undefined if it can. */
const valueProblem = ({
  payload,
  collection,
  resolved,
  operator,
  value,
}: {
  payload: Payload
  collection?: SanitizedCollectionConfig
  resolved: Resolved
  operator: string
  value: unknown
}): string | undefined => {
  if (operator === 'exists') return isBooleanLike(value) ? undefined : 'must be true or false'
  if (['near', 'within', 'intersects'].includes(operator)) return undefined
  const values = Array.isArray(value)
    ? value
    : typeof value === 'string' &&
        (operator === 'in' || operator === 'not_in' || value.includes(','))
      ? value.split(',')
      : [value]
  for (const item of values) {
    if (item === null || item === undefined || item === '') continue
    // Payload's own queries (the admin's document locks) compare dates as Date objects, and a
    // relationship to several collections as { relationTo, value }.
    if (item instanceof Date) {
      if (Number.isNaN(item.getTime())) return 'is not a date'
      continue
    }
    if (typeof item === 'object' && isPolymorphicReference(resolved, item)) continue
    if (typeof item === 'object') return 'must be a value or a list of values, not an object'
    const type = fieldType(resolved)
    if (type === 'id' && !isValidId({ payload, collection, value: item }))
      return `"${String(item).slice(0, 40)}" is not a valid id`
    if (
      (type === 'relationship' || type === 'upload') &&
      !isValidId({ payload, collection: targetCollection(payload, resolved), value: item })
    )
      return `"${String(item).slice(0, 40)}" is not a valid id`
    if (type === 'number' && !Number.isFinite(Number(item)))
      return `"${String(item).slice(0, 40)}" is not a number`
    if (type === 'date' && Number.isNaN(Date.parse(String(item))))
      return `"${String(item).slice(0, 40)}" is not a date`
    if (type === 'checkbox' && !isBooleanLike(item)) return 'must be true or false'
  }
  return undefined
}

const isPolymorphicReference = (field: unknown, item: object): boolean =>
  Array.isArray((field as { relationTo?: unknown } | undefined)?.relationTo) &&
  'relationTo' in item &&
  'value' in item

type Scope = { payload: Payload; collection?: SanitizedCollectionConfig; fields: FlattenedField[] }

const whereProblems = ({
  scope,
  where,
  parameter,
}: {
  scope: Scope
  where: unknown
  parameter: string
}): ParameterProblem[] => {
  if (!where || typeof where !== 'object' || Array.isArray(where))
    return [{ parameter, message: `${parameter} must be an object of conditions` }]
  return Object.entries(where as Where).flatMap(([key, condition]): ParameterProblem[] => {
    const at = `${parameter}[${key}]`
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(condition))
        return [{ parameter: at, message: `${at} must be a list of conditions` }]
      return condition.flatMap((nested, index) =>
        whereProblems({ scope, where: nested, parameter: `${at}[${index}]` }),
      )
    }
    if (!condition || typeof condition !== 'object') return [] // Payload refuses these itself
    const resolved = resolvePath({ payload: scope.payload, fields: scope.fields, path: key })
    if (resolved.kind === 'join')
      return [
        { parameter: at, message: `${at}: the join field ${resolved.name} cannot be queried` },
      ]
    if (resolved.kind === 'unknown' || resolved.kind === 'opaque') return [] // Payload's to refuse
    if (
      resolved.kind === 'field' &&
      'relationTo' in resolved.field &&
      Array.isArray(resolved.field.relationTo)
    )
      return [] // polymorphic: values are { relationTo, value } pairs, Payload checks them
    const allowed =
      OPERATORS[fieldType(resolved)] ?? (resolved.kind === 'field' ? CONTAINER_OPERATORS : COMPARE)
    return Object.entries(condition as Record<string, unknown>).flatMap(
      ([operator, value]): ParameterProblem[] => {
        const here = `${at}[${operator}]`
        if (!KNOWN_OPERATORS.has(operator)) return [] // Payload's QueryError names it
        if (operator === 'all')
          return [{ parameter: here, message: `${here}: the operator "all" is not supported` }]
        if (!allowed.includes(operator))
          return [
            {
              parameter: here,
              message: `${here}: "${operator}" cannot be used on ${key} (${fieldType(resolved)})`,
            },
          ]
        const problem = valueProblem({
          payload: scope.payload,
          collection: scope.collection,
          resolved,
          operator,
          value,
        })
        return problem ? [{ parameter: here, message: `${here}: ${problem}` }] : []
      },
    )
  })
}

const sortProblems = ({
  scope,
  sort,
  parameter,
}: {
  scope: Scope
  sort: unknown
  parameter: string
}): ParameterProblem[] => {
  if (sort === undefined || sort === null) return []
  const entries = typeof sort === 'string' ? sort.split(',') : sort
  if (!Array.isArray(entries) || entries.some((entry) => typeof entry !== 'string'))
    return [{ parameter, message: `${parameter} must be a comma-separated list of fields` }]
  return (entries as string[]).flatMap((entry): ParameterProblem[] => {
    const path = entry.trim().replace(/^-/, '')
    if (!path) return [{ parameter, message: `${parameter} names an empty field` }]
    const resolved = resolvePath({ payload: scope.payload, fields: scope.fields, path })
    if (resolved.kind === 'join')
      return [
        { parameter, message: `${parameter}: cannot sort by the join field ${resolved.name}` },
      ]
    if (resolved.kind === 'unknown')
      return [{ parameter, message: `${parameter}: there is no field ${path}` }]
    if (resolved.kind === 'field' && !SORTABLE.has(resolved.field.type))
      return [
        { parameter, message: `${parameter}: cannot sort by ${path} (${resolved.field.type})` },
      ]
    return []
  })
}

const selectProblems = ({
  fields,
  select,
  parameter,
}: {
  fields: FlattenedField[]
  select: unknown
  parameter: string
}): ParameterProblem[] => {
  if (select === undefined || select === null) return []
  if (typeof select !== 'object' || Array.isArray(select))
    return [{ parameter, message: `${parameter} must name fields` }]
  return Object.entries(select).flatMap(([name, value]): ParameterProblem[] => {
    const at = `${parameter}[${name}]`
    const field = fields.find((candidate) => candidate.name === name)
    if (!field && name !== 'id')
      return [{ parameter: at, message: `${at}: there is no field ${name}` }]
    if (value && typeof value === 'object') {
      if (field && 'flattenedFields' in field && Array.isArray(field.flattenedFields))
        return selectProblems({ fields: field.flattenedFields, select: value, parameter: at })
      return [] // blocks and the like: Payload's to read
    }
    return isBooleanLike(value) ? [] : [{ parameter: at, message: `${at} must be true or false` }]
  })
}

const populateProblems = (payload: Payload, populate: unknown): ParameterProblem[] => {
  if (populate === undefined || populate === null) return []
  if (typeof populate !== 'object' || Array.isArray(populate))
    return [{ parameter: 'populate', message: 'populate must name collections' }]
  return Object.entries(populate).flatMap(([slug, select]): ParameterProblem[] => {
    const at = `populate[${slug}]`
    const related = (payload.collections as Record<string, Collection | undefined>)[slug]?.config
    if (!related) return [{ parameter: at, message: `${at}: there is no collection ${slug}` }]
    return selectProblems({ fields: related.flattenedFields, select, parameter: at })
  })
}

const joinProblems = ({
  payload,
  fields,
  joins,
}: {
  payload: Payload
  fields: FlattenedField[]
  joins: unknown
}): ParameterProblem[] => {
  if (joins === undefined || joins === null || joins === false || joins === 'false') return []
  if (typeof joins !== 'object' || Array.isArray(joins))
    return [{ parameter: 'joins', message: 'joins must be false or name join fields' }]
  return Object.entries(joins).flatMap(([name, options]): ParameterProblem[] => {
    const at = `joins[${name}]`
    const field = fields.find((candidate) => candidate.name === name)
    if (!field || field.type !== 'join' || typeof field.collection !== 'string')
      return [{ parameter: at, message: `${at}: there is no join field ${name}` }]
    if (options === false || options === 'false') return []
    if (!options || typeof options !== 'object')
      return [{ parameter: at, message: `${at} must be false or join options` }]
    const joined = payload.collections[field.collection]?.config
    if (!joined) return []
    const scope = { payload, collection: joined, fields: joined.flattenedFields }
    const { where, sort } = options as Record<string, unknown>
    return [
      ...(where === undefined ? [] : whereProblems({ scope, where, parameter: `${at}[where]` })),
      ...sortProblems({ scope, sort, parameter: `${at}[sort]` }),
    ]
  })
}

/** `joins[name][limit]` and `[page]` as sent: Payload drops a word there silently. */
const joinNumberProblems = (searchParams: URLSearchParams): ParameterProblem[] =>
  [...searchParams.entries()].flatMap(([key, value]): ParameterProblem[] => {
    const match = /^joins\[[^\]]+\]\[(limit|page)\]$/.exec(key)
    if (!match) return []
    const minimum = match[1] === 'page' ? 1 : 0
    return /^\d{1,16}$/.test(value) && Number(value) >= minimum
      ? []
      : [{ parameter: key, message: `${key} must be a whole number ≥ ${minimum}` }]
  })

/** One 400 naming every parameter that is wrong. */
const refuse = (found: ParameterProblem[]): never => {
  const problems = found.filter(
    (problem, index) => found.findIndex(({ message }) => message === problem.message) === index,
  )
  throw new APIError(
    `Invalid query: ${problems.map(({ message }) => message).join('; ')}`,
    400,
    problems,
    true,
  )
}

/** The REST request's own query: the flat parameters, and what only REST sends (select, joins). */
const restProblems = ({
  req,
  fields,
  args,
}: {
  req: PayloadRequest
  fields: FlattenedField[]
  args: Record<string, unknown>
}): ParameterProblem[] => {
  if (req.payloadAPI !== 'REST' || !req.searchParams) return []
  return [
    ...queryParameterProblems({
      searchParams: req.searchParams,
      localeCodes: localeCodes(req.payload),
    }),
    ...selectProblems({ fields, select: args.select, parameter: 'select' }),
    ...populateProblems(req.payload, args.populate),
    ...joinProblems({ payload: req.payload, fields, joins: args.joins }),
    ...joinNumberProblems(req.searchParams),
  ]
}

/** The id as the client wrote it (Payload has turned `abc` into NaN on SQLite by now). */
const rawId = ({
  req,
  collection,
  id,
}: {
  req: PayloadRequest
  collection: SanitizedCollectionConfig
  id: unknown
}): string => {
  const { routeParams } = req
  const fromRoute =
    routeParams?.collection === collection.slug && typeof routeParams.id === 'string'
      ? routeParams.id
      : undefined
  return (fromRoute ?? String(id)).slice(0, 40)
}

/** In front of every collection operation (see withRequestGuards). */
export const rejectInvalidQueries: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const input = args as Record<string, unknown>
  const { disableErrors, duplicateFromID } = input as {
    disableErrors?: boolean
    duplicateFromID?: unknown
  }
  // A duplicate names the document it copies as `duplicateFromID`.
  const id = input.id ?? duplicateFromID
  if (
    id !== undefined &&
    !disableErrors &&
    !isValidId({ payload: req.payload, collection, value: id })
  )
    throw new APIError(
      `id: ${collection.slug} has no document with the id "${rawId({ req, collection, id })}"`,
      404,
      [{ parameter: 'id', message: 'not found' }],
      true,
    )
  const scope = { payload: req.payload, collection, fields: collection.flattenedFields }
  const problems = [
    ...(input.where === undefined || input.where === null
      ? []
      : whereProblems({ scope, where: input.where, parameter: 'where' })),
    ...(req.payloadAPI === 'REST'
      ? sortProblems({ scope, sort: input.sort, parameter: 'sort' })
      : []),
    ...restProblems({ req, fields: collection.flattenedFields, args: input }),
  ]
  if (problems.length > 0) refuse(problems)
  return args
}

/** In front of every global operation: globals take the flat parameters and `select`. */
export const rejectInvalidGlobalQueries: GlobalBeforeOperationHook = ({ args, global, req }) => {
  const problems = restProblems({
    req,
    fields: global.flattenedFields,
    args: args as Record<string, unknown>,
  })
  if (problems.length > 0) refuse(problems)
  return args
}
