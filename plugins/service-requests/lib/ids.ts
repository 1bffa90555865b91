/** The id of a relationship value, populated or not. */
export const idOf = (value: unknown): number | null => {
  if (value && typeof value === 'object') return ((value as { id?: number }).id ?? null) as number | null
  if (typeof value === 'number') return value
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  return null
}
