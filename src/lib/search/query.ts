/** Pure helpers of the site search: what a typed query becomes, and "did you mean". */

/** Longer queries are cut: nobody types more, and it bounds the work of a request. */
export const maxQueryLength = 100

/** Collapses spaces, drops control characters and cuts the query to maxQueryLength. */
export const normalizeQuery = (raw: unknown): { query: string; isTruncated: boolean } => {
  const text = (typeof raw === 'string' ? raw : '')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const chars = Array.from(text)
  if (chars.length <= maxQueryLength) return { query: text, isTruncated: false }
  return { query: chars.slice(0, maxQueryLength).join('').trim(), isTruncated: true }
}

const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/** The words of a query worth correcting (3 letters or more), at most 8, each once. */
export const queryWords = (query: string): string[] =>
  [...new Set(query.match(/[\p{L}\p{N}]+/gu) ?? [])]
    .filter((word) => Array.from(word).length >= 3)
    .slice(0, 8)

/**
 * "Did you mean": the query with each word replaced by its closest known word, when that differs
 * beyond accents and case; null when nothing would change.
 */
export const correctQuery = (query: string, closest: Map<string, string | null>): string | null => {
  let hasChanged = false
  const corrected = query.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const best = closest.get(word)
    if (!best || fold(best) === fold(word)) return word
    hasChanged = true
    return best
  })
  return hasChanged ? corrected : null
}
