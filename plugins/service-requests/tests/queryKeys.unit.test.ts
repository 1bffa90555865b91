import { describe, expect, it } from 'vitest'

import { parseNewRequestQuery } from '../frontend/newRequest/query'
import { queryKeys, readQuery } from '../requests/queryKeys'

describe('query-string keys', () => {
  it('should read the English keys and the French keys of older links alike', () => {
    const english = parseNewRequestQuery({
      draft: 'abc',
      step: 'location',
      error: 'locationRequired',
      address: ' 10 rue ',
      meToo: 'added',
      followed: '2026-000001',
    })
    const french = parseNewRequestQuery({
      brouillon: 'abc',
      etape: 'location',
      erreur: 'locationRequired',
      adresse: ' 10 rue ',
      moiaussi: 'added',
      suivie: '2026-000001',
    })
    expect(french).toEqual(english)
    expect(english).toMatchObject({
      draftKey: 'abc',
      step: 'location',
      errorCodes: 'locationRequired',
      addressQuery: '10 rue',
      meToo: 'added',
      followed: '2026-000001',
    })
  })

  it('should prefer the English key, take the first of repeated values and answer empty when absent', () => {
    expect(readQuery({ draft: 'new', brouillon: 'old' }, 'draft')).toBe('new')
    expect(readQuery({ etape: ['photos', 'review'] }, 'step')).toBe('photos')
    expect(readQuery(new URLSearchParams('brouillon=k&etape=review'), 'step')).toBe('review')
    expect(readQuery(new URLSearchParams('draft=k'), 'draft')).toBe('k')
    expect(readQuery({}, 'error')).toBe('')
    for (const [english, french] of Object.values(queryKeys)) expect(english).not.toBe(french)
  })
})
