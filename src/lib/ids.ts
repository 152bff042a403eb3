export type ID = number | string
type Relation = ID | { id: ID } | null | undefined

/** The id of a relationship value, whether it is populated or not. */
export const relationId = (value: Relation): ID | undefined =>
  value === null || value === undefined ? undefined : typeof value === 'object' ? value.id : value

export const relationIds = (values: Relation[] | null | undefined): ID[] =>
  (values ?? []).map(relationId).filter((id): id is ID => id !== undefined)

export const sameId = (a: Relation, b: Relation): boolean => {
  const left = relationId(a)
  const right = relationId(b)
  return left !== undefined && right !== undefined && String(left) === String(right)
}
