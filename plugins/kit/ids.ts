import { extractID } from 'payload/shared'

/**
 * The id of a relationship value, populated (`{ id, … }`) or not (the id itself), by Payload's
 * `extractID`; null when there is none. Ids here are Postgres serials: a numeric string (from a
 * form or a query) counts as its number, anything else as no id.
 */
export const relationId = (value: unknown): number | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object' && !('id' in value)) return null
  if (typeof value !== 'object' && typeof value !== 'number' && typeof value !== 'string')
    return null
  const id = extractID(value as { id: number | string } | number | string)
  const n = typeof id === 'number' ? id : /^\d+$/.test(String(id)) ? Number(id) : NaN
  return Number.isSafeInteger(n) ? n : null
}

/** The ids of a hasMany relationship, populated or not, without the missing ones. */
export const relationIds = (values: unknown): number[] =>
  (Array.isArray(values) ? values : []).map(relationId).filter((id): id is number => id !== null)
