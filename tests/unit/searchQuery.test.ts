import { describe, expect, it } from 'vitest'

import {
  correctQuery,
  maxQueryLength,
  normalizeQuery,
  trigramSimilarity,
} from '../../src/lib/search/query'

describe('search query helpers', () => {
  it('should trim, collapse spaces, drop control characters and cut long queries', () => {
    expect(normalizeQuery('  collecte \n\t des   sapins\u0000 ')).toEqual({
      query: 'collecte des sapins',
      isTruncated: false,
    })
    expect(normalizeQuery(undefined)).toEqual({ query: '', isTruncated: false })
    expect(normalizeQuery(['a'])).toEqual({ query: '', isTruncated: false })
    const long = normalizeQuery('é'.repeat(500))
    expect(long).toEqual({ query: 'é'.repeat(maxQueryLength), isTruncated: true })
  })

  it('should measure trigram similarity like pg_trgm, ignoring accents and case', () => {
    expect(trigramSimilarity('Déneigement', 'deneigement')).toBe(1)
    expect(trigramSimilarity('deneigment', 'déneigement')).toBeGreaterThan(0.6)
    expect(trigramSimilarity('piscine', 'budget')).toBe(0)
  })

  it('should correct each misspelt word from similar titles, and leave the rest', () => {
    expect(correctQuery('deneigment', ['Opération de déneigement — Le Plateau'])).toBe(
      'déneigement',
    )
    expect(correctQuery('horaire piscne', ['Piscine municipale : nouvel horaire'])).toBe(
      'horaire piscine',
    )
    expect(correctQuery('deneigement', ['Opération de déneigement'])).toBeNull()
    expect(correctQuery('xqzwv', ['Opération de déneigement'])).toBeNull()
  })
})
