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

/** pg_trgm's similarity for two words: shared trigrams (of the word padded with spaces) over all. */
export const trigramSimilarity = (a: string, b: string): number => {
  const grams = (word: string) => {
    const padded = `  ${fold(word)} `
    const set = new Set<string>()
    for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3))
    return set
  }
  const ga = grams(a)
  const gb = grams(b)
  let shared = 0
  for (const g of ga) if (gb.has(g)) shared++
  return shared / (ga.size + gb.size - shared || 1)
}

/**
 * "Did you mean": each word of the query replaced by the closest word of the suggested titles when
 * they are alike (typo) but not the same; null when nothing would change.
 */
export const correctQuery = (query: string, titles: string[]): string | null => {
  const vocabulary = [
    ...new Set(
      titles.flatMap((title) => title.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []),
    ),
  ]
  let hasChanged = false
  const corrected = query.replace(/[\p{L}\p{N}]+/gu, (word) => {
    if (word.length < 3) return word
    let best: string | null = null
    let bestScore = 0.4
    for (const candidate of vocabulary) {
      const score = trigramSimilarity(word, candidate)
      if (score > bestScore) {
        best = candidate
        bestScore = score
      }
    }
    if (!best || fold(best) === fold(word)) return word
    hasChanged = true
    return best.toLowerCase()
  })
  return hasChanged ? corrected : null
}
