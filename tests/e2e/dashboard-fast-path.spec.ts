import type { APIRequestContext } from '@playwright/test'

import { expect, test } from './fixtures'

/**
 * The signed-in dashboard is drawn by the web server into its cached layout
 * (src/server/dossierFastPath.ts). It must be the page Next draws, byte for byte but for the
 * form token, and must never answer for a session Payload would refuse.
 */

const isFast = (headers: Record<string, string>) => /fast path/.test(headers['server-timing'] ?? '')

/** Signs a resident in through the form, as the browser does; the context keeps the cookie. */
const signIn = async (request: APIRequestContext, email: string, password: string) => {
  const page = await (await request.get('/fr/mon-dossier/connexion')).text()
  const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? ''
  const response = await request.post('/api/citizen-account/login', {
    form: { email, password, locale: 'fr', csrf },
    headers: { origin: new URL(process.env.E2E_BASE_URL!).origin },
    maxRedirects: 0,
  })
  expect(response.status()).toBe(303)
}

/** A page's HTML with its form tokens (a timestamp and a signature each) blanked. */
const normalised = (html: string) => html.replace(/name="csrf" value="[^"]*"/g, 'name="csrf"')

/** The dashboard from the fast path, once the server has it (the layout loads on first use). */
const fastDashboard = async (request: APIRequestContext, path: string) => {
  let response = await request.get(path)
  for (let tries = 0; !isFast(response.headers()) && tries < 40; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    response = await request.get(path)
  }
  expect(isFast(response.headers()), `${path} from the fast path`).toBe(true)
  return response
}

test.describe('Mon dossier: the dashboard drawn into its cached layout', () => {
  let noticeId: number | null = null
  test.afterEach(async ({ request, accounts }) => {
    if (noticeId === null) return
    const login = await request.post('/api/users/login', { data: accounts.editor })
    const { token } = (await login.json()) as { token: string }
    await request.delete(`/api/notices/${noticeId}`, { headers: { Authorization: `JWT ${token}` } })
    noticeId = null
  })

  test('should give the page Next gives, in French and in English, with the same headers', async ({
    playwright,
    accounts,
  }) => {
    const resident = accounts.citizens![0]!
    const request = await playwright.request.newContext({ baseURL: process.env.E2E_BASE_URL })
    await signIn(request, resident.email, resident.password)
    for (const path of ['/fr/mon-dossier', '/en/my-account']) {
      const fast = await fastDashboard(request, path)
      // Any query string goes to Next, which reads it (?status=, ?error=): here, one it ignores.
      const next = await request.get(`${path}?via=next`)
      expect(isFast(next.headers())).toBe(false)
      expect(fast.status()).toBe(200)
      expect(next.status()).toBe(200)
      const html = await fast.text()
      expect(html).toContain(resident.name)
      expect(normalised(html)).toBe(normalised(await next.text()))
      for (const name of [
        'content-type',
        'cache-control',
        'content-security-policy',
        'x-frame-options',
        'x-content-type-options',
        'referrer-policy',
        'vary',
      ])
        expect(fast.headers()[name], name).toBe(next.headers()[name])
      expect(fast.headers()['set-cookie']).toBeUndefined()
      // The form token works: signing out from the fast page's form is accepted.
      expect(html).toMatch(/name="csrf" value="[^"]+"/)
    }
    await request.dispose()
  })

  test('should leave signed-out visitors and ended sessions to Next', async ({
    playwright,
    accounts,
  }) => {
    const resident = accounts.citizens![1]!
    const request = await playwright.request.newContext({ baseURL: process.env.E2E_BASE_URL })
    await signIn(request, resident.email, resident.password)
    const dashboard = await fastDashboard(request, '/fr/mon-dossier')
    const { cookies } = await request.storageState()
    const session = cookies.find((c) => c.name === 'payload-token')!.value
    // Sign out with the page's own form, then replay the old cookie.
    const csrf = /name="csrf" value="([^"]+)"/.exec(await dashboard.text())?.[1] ?? ''
    const logout = await request.post('/api/citizen-account/logout', {
      form: { locale: 'fr', csrf },
      headers: { origin: new URL(process.env.E2E_BASE_URL!).origin },
      maxRedirects: 0,
    })
    expect(logout.status()).toBe(303)
    const replay = await playwright.request.newContext({ baseURL: process.env.E2E_BASE_URL })
    for (const cookie of [`payload-token=${session}`, 'payload-token=forged.token.value']) {
      const response = await replay.get('/fr/mon-dossier', {
        headers: { cookie },
        maxRedirects: 0,
      })
      expect(isFast(response.headers())).toBe(false)
      expect(response.status()).toBeGreaterThanOrEqual(300)
      expect(response.status()).toBeLessThan(400)
      expect(response.headers().location).toContain('/fr/mon-dossier/connexion')
    }
    await replay.dispose()
    await request.dispose()
  })

  test('should show a notice published for the resident’s sector within seconds', async ({
    playwright,
    request,
    accounts,
  }) => {
    const resident = accounts.citizens!.find((c) => c.sectorCode === 'plateau')!
    const session = await playwright.request.newContext({ baseURL: process.env.E2E_BASE_URL })
    await signIn(session, resident.email, resident.password)
    await fastDashboard(session, '/fr/mon-dossier')
    const login = await request.post('/api/users/login', { data: accounts.editor })
    const { token } = (await login.json()) as { token: string }
    const headers = { Authorization: `JWT ${token}` }
    const sectors = (await (
      await request.get('/api/sectors?limit=20&depth=0', { headers })
    ).json()) as { docs: { id: number; code: string }[] }
    const plateau = sectors.docs.find((s) => s.code === 'plateau')!
    const title = `Travaux de nuit rue du Plateau ${Date.now()}`
    const created = await request.post('/api/notices', {
      headers,
      data: {
        title,
        kind: 'road-closure',
        severity: 'info',
        summary: 'Circulation en alternance la nuit.',
        sectors: [plateau.id],
        _status: 'published',
      },
    })
    expect(created.status()).toBe(201)
    noticeId = ((await created.json()) as { doc: { id: number } }).doc.id
    await expect
      .poll(
        async () => {
          const response = await session.get('/fr/mon-dossier')
          return isFast(response.headers()) && (await response.text()).includes(title)
        },
        { timeout: 10_000, intervals: [250] },
      )
      .toBe(true)
    await session.dispose()
  })
})
