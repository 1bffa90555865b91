import { describe, expect, it } from 'vitest'

import {
  correctQuery,
  maxQueryLength,
  normalizeQuery,
  queryWords,
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

  it('should pick the words worth correcting: 3 letters or more, each once, at most 8', () => {
    expect(queryWords('l’eau de la piscne, piscne!')).toEqual(['eau', 'piscne'])
    expect(queryWords('a b c d e f g h i j k l m n o p q r s t u v w x y z')).toEqual([])
    expect(queryWords('un deux trois quatre cinq six sept huit neuf dix')).toHaveLength(8)
  })

  it('should replace each misspelt word by its closest known word, and leave the rest', () => {
    expect(correctQuery('deneigment', new Map([['deneigment', 'déneigement']]))).toBe('déneigement')
    expect(
      correctQuery(
        'horaire piscne',
        new Map([
          ['horaire', 'horaire'],
          ['piscne', 'piscine'],
        ]),
      ),
    ).toBe('horaire piscine')
    // Only accents or case differ: the search already ignores them, nothing to propose.
    expect(correctQuery('Deneigement', new Map([['Deneigement', 'déneigement']]))).toBeNull()
    expect(correctQuery('xqzwv', new Map([['xqzwv', null]]))).toBeNull()
  })
})
