import { describe, expect, it } from 'vitest'

import { parseNewRequestQuery } from '../frontend/newRequest/query'
import { publicFiltersFrom } from '../frontend/PublicRequestsPage'
import { queryKeys, readQuery } from '../requests/queryKeys'
import { newRequestHref } from '../requests/routes'

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

  it('should still open the links written before the English keys: an email’s ?cle=, a bookmarked ?brouillon=', () => {
    const token = 'A'.repeat(43)
    const email = new URL(`https://ville.example/fr/requetes/2026-000001?cle=${token}&nouvelle=1`)
    expect(readQuery(email.searchParams, 'token')).toBe(token)
    expect(readQuery(email.searchParams, 'sent')).toBe('1')
    const now = new URL(`https://ville.example/fr/requetes/2026-000001?token=${token}&sent=1`)
    expect(readQuery(now.searchParams, 'token')).toBe(token)
    expect(readQuery(now.searchParams, 'sent')).toBe('1')
    const bookmark = Object.fromEntries(
      new URL('https://ville.example/fr/requetes/nouvelle?brouillon=abc&etape=photos').searchParams,
    )
    expect(parseNewRequestQuery(bookmark)).toEqual(
      parseNewRequestQuery({ draft: 'abc', step: 'photos' }),
    )
    expect(parseNewRequestQuery(bookmark)).toMatchObject({ draftKey: 'abc', step: 'photos' })
    // The follow-up page's outcome and the "Moi aussi" answer of a signed-in citizen.
    expect(readQuery({ suivi: 'reopened' }, 'done')).toBe('reopened')
    expect(readQuery({ done: 'thanks', suivi: 'reopened' }, 'done')).toBe('thanks')
    expect(readQuery({ courriel: '1' }, 'email')).toBe('1')
    expect(readQuery({ retour: '/fr' }, 'returnTo')).toBe('/fr')
  })

  it('should read the public list’s filters by their English keys and the French keys of older links', () => {
    const english = publicFiltersFrom({
      type: '2',
      sector: '3',
      place: '45.301,-74.250',
      page: '2',
    })
    expect(english).toEqual({
      filters: { typeId: 2, sectorId: 3, trackingNumber: null, near: { lat: 45.301, lng: -74.25 } },
      page: 2,
    })
    expect(
      publicFiltersFrom({ type: '2', secteur: '3', lieu: '45.301,-74.250', page: '2' }),
    ).toEqual(english)
    expect(publicFiltersFrom({ number: '2026-000123' }).filters.trackingNumber).toBe('2026-000123')
    expect(publicFiltersFrom({ numero: '2026-000123' }).filters.trackingNumber).toBe('2026-000123')
    expect(publicFiltersFrom({ sector: '4', secteur: '3' }).filters.sectorId).toBe(4)
  })

  it('should write the English keys in the addresses the plugin builds', () => {
    expect(newRequestHref('fr', { draft: 'k', step: 'review', error: 'csrf' })).toBe(
      '/fr/requetes/nouvelle?draft=k&step=review&error=csrf',
    )
    for (const [english] of Object.values(queryKeys)) expect(english).toMatch(/^[a-z][A-Za-z]*$/)
  })
})
