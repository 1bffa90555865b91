import { describe, expect, it } from 'vitest'

import { parseAccountQuery } from '../frontend/account/query'

describe('citizen accounts: the pages’ query string', () => {
  it('should read the English keys the plugin writes', () => {
    expect(
      parseAccountQuery({
        returnTo: '/fr/requetes/nouvelle?brouillon=abc',
        address: '  61 rue des Érables  ',
        status: 'saved',
        error: 'invalidCredentials',
        token: 'abc',
      }),
    ).toEqual({
      returnTo: '/fr/requetes/nouvelle?brouillon=abc',
      address: '61 rue des Érables',
      status: 'saved',
      error: 'invalidCredentials',
      token: 'abc',
    })
  })

  it('should still read the French keys of links written before (and by the request form)', () => {
    const query = parseAccountQuery({ retour: '/fr/mon-dossier/alertes', adresse: '61 rue' })
    expect(query.returnTo).toBe('/fr/mon-dossier/alertes')
    expect(query.address).toBe('61 rue')
  })

  it('should follow the English key when a link has both', () => {
    const query = parseAccountQuery({
      returnTo: '/en/my-account/alerts',
      retour: '/fr/mon-dossier/alertes',
      address: 'rue des Pins',
      adresse: 'rue des Érables',
    })
    expect(query.returnTo).toBe('/en/my-account/alerts')
    expect(query.address).toBe('rue des Pins')
  })

  it('should check the way back, bound the text and take the first of repeated values', () => {
    expect(parseAccountQuery({ returnTo: 'https://evil.example/x' }).returnTo).toBeNull()
    expect(parseAccountQuery({ retour: '//evil.example/x' }).returnTo).toBeNull()
    expect(parseAccountQuery({}).returnTo).toBeNull()
    expect(parseAccountQuery({ address: 'a'.repeat(300) }).address).toHaveLength(100)
    expect(parseAccountQuery({ token: 't'.repeat(300) }).token).toHaveLength(200)
    expect(parseAccountQuery({ status: ['saved', 'other'] }).status).toBe('saved')
    expect(parseAccountQuery({})).toEqual({
      status: '',
      error: '',
      token: '',
      returnTo: null,
      address: '',
    })
  })
})
