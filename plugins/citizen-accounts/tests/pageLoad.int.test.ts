import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { loadAccountPage, type LoadAccountPageArgs } from '../frontend/account/load'
import { base, locationOf, makeClient } from './helpers'

/** Where a Next `redirect()` thrown by the loader leads (its digest: `NEXT_REDIRECT;type;url;status;`). */
const redirectOf = async (load: Promise<unknown>) => {
  try {
    await load
  } catch (err) {
    const digest = String((err as { digest?: unknown }).digest ?? '')
    if (digest.startsWith('NEXT_REDIRECT;')) return digest.split(';')[2]
    throw err
  }
  throw new Error('no redirect')
}

describe('citizen accounts: what the pages load', () => {
  let payload: Payload
  let cookie: string
  const password = 'correct-horse-battery'
  const email = 'chargement@example.test'

  const load = (args: Partial<LoadAccountPageArgs> & { segments?: string[] }, session?: string) =>
    loadAccountPage({
      locale: 'fr',
      searchParams: {},
      payload,
      headers: new Headers(session ? { cookie: session } : {}),
      ...args,
    })

  beforeAll(async () => {
    payload = await getTestPayload()
    await payload.create({
      collection: 'citizens',
      data: {
        email,
        password,
        name: 'Chargement',
        preferredLanguage: 'fr',
        _verified: true,
        alertTopics: ['boil-water'],
        alertChannels: ['email'],
      } as never,
      overrideAccess: true,
      disableVerificationEmail: true,
      context: { isCitizenSystem: true },
    })
    cookie = await makeClient(payload).login(email, password)
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should send a signed-out visitor to the sign-in page with the English way-back key', async () => {
    const to = new URL(await redirectOf(load({ segments: ['alertes'] })), base)
    expect(to.pathname).toBe('/fr/mon-dossier/connexion')
    expect(to.searchParams.get('error')).toBe('loginRequired')
    expect(to.searchParams.get('returnTo')).toBe('/fr/mon-dossier/alertes')
    expect(to.searchParams.has('retour')).toBe(false)
    // The dashboard itself needs no way back.
    const dashboard = new URL(await redirectOf(load({})), base)
    expect(dashboard.searchParams.has('returnTo')).toBe(false)
  })

  it('should give the sign-in page its way back, from the new key or the old one', async () => {
    for (const key of ['returnTo', 'retour']) {
      const view = await load({
        segments: ['connexion'],
        searchParams: { [key]: '/fr/requetes/nouvelle?brouillon=abc' },
      })
      expect(view.isSignedIn).toBe(false)
      expect(view.data).toEqual({
        page: 'login',
        returnTo: '/fr/requetes/nouvelle?brouillon=abc',
        email: '',
      })
      expect(view.form.csrf).toBeTruthy()
      expect(view.form.endpointBase).toBe('/api/citizen-account')
    }
    // Signed in already: straight to where the resident was going, whichever key brought it.
    for (const key of ['returnTo', 'retour']) {
      expect(
        await redirectOf(
          load(
            { segments: ['connexion'], searchParams: { [key]: '/fr/mon-dossier/alertes' } },
            cookie,
          ),
        ),
      ).toBe('/fr/mon-dossier/alertes')
    }
  })

  it('should lead a sign-in posted with returnTo, or with retour, back there', async () => {
    const client = makeClient(payload)
    const form = '/fr/requetes/nouvelle?brouillon=abc&etape=review'
    for (const key of ['returnTo', 'retour']) {
      const r = await client.post('login', { email, password, [key]: form }, { ip: '10.0.3.1' })
      expect(r.status).toBe(303)
      expect(locationOf(r)).toBe(form)
    }
  })

  it('should load plain data for the profile and the alerts, reading the address search by either key', async () => {
    const asked: string[] = []
    const findAddresses = async (query: string) => {
      asked.push(query)
      return [{ id: 1, label: '61 rue des Érables' }]
    }
    for (const key of ['address', 'adresse']) {
      const view = await load(
        { segments: ['profil'], searchParams: { [key]: ' 61 rue ' }, findAddresses },
        cookie,
      )
      expect(view.isSignedIn).toBe(true)
      expect(view.data).toMatchObject({
        page: 'profile',
        query: '61 rue',
        choices: [{ id: 1, label: '61 rue des Érables' }],
        summary: { name: 'Chargement', addressLabel: null },
      })
    }
    expect(asked).toEqual(['61 rue', '61 rue'])
    const preferences = await load({ segments: ['alertes'] }, cookie)
    expect(preferences.data).toMatchObject({
      page: 'preferences',
      topics: ['boil-water'],
      channels: ['email'],
      newsTopics: [],
    })
  })
})
