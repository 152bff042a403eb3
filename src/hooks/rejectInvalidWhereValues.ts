import type { CollectionBeforeOperationHook, FlattenedField, Payload, Where } from 'payload'
import { APIError } from 'payload'

type Problem = { path: string; value: unknown }

const SKIPPED_OPERATORS = new Set(['exists', 'near', 'within', 'intersects'])

/** The field a dotted query path ends at, following groups and single-target relationships. */
const resolveField = ({
  payload,
  fields,
  path,
}: {
  payload: Payload
  fields: FlattenedField[]
  path: string
}): FlattenedField | undefined => {
  const [head, ...rest] = path.split('.')
  const field = fields.find((candidate) => candidate.name === head)
  if (!field || rest.length === 0) return field
  if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) {
    return resolveField({ payload, fields: field.flattenedFields, path: rest.join('.') })
  }
  if (
    (field.type === 'relationship' || field.type === 'upload') &&
    typeof field.relationTo === 'string'
  ) {
    const related = payload.collections[field.relationTo]?.config.flattenedFields
    return related ? resolveField({ payload, fields: related, path: rest.join('.') }) : undefined
  }
  return undefined
}

/** SQLite ids are numbers; MongoDB ids are 24 hex digits. */
const isValidId = (payload: Payload, value: unknown): boolean =>
  payload.db.defaultIDType === 'number'
    ? Number.isFinite(Number(value))
    : payload.db.name !== 'mongoose' || /^[0-9a-f]{24}$/i.test(String(value))

const isValidFor = ({
  payload,
  field,
  value,
}: {
  payload: Payload
  field: FlattenedField | 'id'
  value: unknown
}) => {
  const values = Array.isArray(value)
    ? value
    : typeof value === 'string' && value.includes(',')
      ? value.split(',')
      : [value]
  return values.every((item) => {
    if (item === null || item === undefined || item === '') return true
    if (
      field === 'id' ||
      field.type === 'relationship' ||
      field.type === 'upload' ||
      field.type === 'join'
    ) {
      return isValidId(payload, item)
    }
    if (field.type === 'date') return !Number.isNaN(Date.parse(String(item)))
    if (field.type === 'number') return Number.isFinite(Number(item))
    return true
  })
}

const collectProblems = ({
  payload,
  fields,
  where,
}: {
  payload: Payload
  fields: FlattenedField[]
  where: Where
}): Problem[] =>
  Object.entries(where).flatMap(([key, condition]): Problem[] => {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
      return condition.flatMap((nested) =>
        collectProblems({ payload, fields, where: nested as Where }),
      )
    }
    if (!condition || typeof condition !== 'object') return []
    const field = key === 'id' ? 'id' : resolveField({ payload, fields, path: key })
    if (!field) return [] // unknown paths are Payload's to refuse
    return Object.entries(condition as Record<string, unknown>)
      .filter(
        ([operator, value]) =>
          !SKIPPED_OPERATORS.has(operator) && !isValidFor({ payload, field, value }),
      )
      .map(([, value]) => ({ path: key, value }))
  })

/**
 * A `where` value that cannot mean anything for its field (a word where an id or a date belongs)
 * reaches the database as NaN or an invalid date and fails there with a 500. This answers 400
 * and names the field instead, in front of every operation that takes a `where`.
 */
export const rejectInvalidWhereValues: CollectionBeforeOperationHook = ({
  args,
  collection,
  req,
}) => {
  const { where } = args as { where?: Where }
  if (!where || typeof where !== 'object') return args
  const problems = collectProblems({
    payload: req.payload,
    fields: collection.flattenedFields,
    where,
  })
  if (problems.length === 0) return args
  const paths = problems.map(({ path }) => path)
  throw new APIError(
    `Invalid value in the query for: ${paths.join(', ')}`,
    400,
    problems.map(({ path, value }) => ({ path, value: String(value).slice(0, 40) })),
    true,
  )
}
