import type { APIRequestContext } from '@playwright/test'

import { expect, test } from './fixtures'

const login = async (request: APIRequestContext, email: string, password: string) => {
  const response = await request.post('/api/users/login', { data: { email, password } })
  expect(response.status()).toBe(200)
  return (await response.json()) as { token: string; user: { id: number } }
}

test.describe('REST API and health', () => {
  test('should report health after a database round trip', async ({ request }) => {
    const response = await request.get('/api/health')
    expect(response.status()).toBe(200)
    expect(response.headers()['cache-control']).toContain('no-store')
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok' })
  })

  test('should refuse an upload over 20 MB with a 413 and save nothing', async ({
    request,
    accounts,
  }) => {
    const { token } = await login(request, accounts.editor.email, accounts.editor.password)
    const headers = { Authorization: `JWT ${token}` }
    const before = (
      (await (await request.get('/api/media?limit=0', { headers })).json()) as { totalDocs: number }
    ).totalDocs
    const response = await request.post('/api/media', {
      headers,
      multipart: {
        file: {
          name: 'trop-gros.jpg',
          mimeType: 'image/jpeg',
          buffer: Buffer.alloc(21 * 1024 * 1024, 1),
        },
        _payload: JSON.stringify({ alt: 'Photo trop lourde' }),
      },
    })
    expect(response.status()).toBe(413)
    expect(await response.text()).toContain('20 Mo au plus')
    const after = (
      (await (await request.get('/api/media?limit=0', { headers })).json()) as { totalDocs: number }
    ).totalDocs
    expect(after).toBe(before)
  })

  test('should not list staff accounts to anonymous visitors', async ({ request }) => {
    const response = await request.get('/api/users')
    expect(response.status()).toBe(403)
  })

  test('should ignore an editor trying to make themselves administrator', async ({
    request,
    accounts,
  }) => {
    const { token, user } = await login(request, accounts.editor.email, accounts.editor.password)
    const headers = { Authorization: `JWT ${token}` }
    const response = await request.patch(`/api/users/${user.id}`, {
      headers,
      data: { roles: ['admin'] },
    })
    expect(response.status()).toBe(200)
    const me = await (await request.get('/api/users/me', { headers })).json()
    expect(me.user.roles).toEqual(['editor'])
  })

  test('should refuse site-settings changes from an agent', async ({ request, accounts }) => {
    const { token } = await login(request, accounts.agent.email, accounts.agent.password)
    const response = await request.post('/api/globals/site-settings', {
      headers: { Authorization: `JWT ${token}` },
      data: { cityName: 'Piratée' },
    })
    expect(response.status()).toBe(403)
  })

  test('should answer a wrong password with 401 and a message, never 500', async ({
    request,
    accounts,
  }) => {
    const response = await request.post('/api/users/login', {
      data: { email: accounts.editor.email, password: 'wrong' },
    })
    expect(response.status()).toBe(401)
    expect((await response.json()).errors?.[0]?.message).toBeTruthy()
  })
})

test.describe('English as a site setting', () => {
  test('should send /en to /fr once English is turned off, and back when turned on', async ({
    page,
    request,
    accounts,
  }) => {
    const { token } = await login(request, accounts.editor.email, accounts.editor.password)
    const headers = { Authorization: `JWT ${token}` }
    const setEnglish = async (isEnabled: boolean) => {
      const response = await request.post('/api/globals/site-settings', {
        headers,
        data: { englishEnabled: isEnabled },
      })
      expect(response.status()).toBe(200)
    }
    await page.goto('/en')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA')
    try {
      await setEnglish(false)
      // Publishing expires the cached pages: the change shows within seconds, not at the next deploy.
      await expect(async () => {
        await page.goto('/en')
        expect(page.url()).toMatch(/\/fr$/)
      }).toPass({ timeout: 5_000 })
      await expect(page.getByRole('link', { name: 'Read this site in English' })).toHaveCount(0)
    } finally {
      await setEnglish(true)
    }
    await expect(async () => {
      await page.goto('/en')
      expect(await page.locator('html').getAttribute('lang')).toBe('en-CA')
    }).toPass({ timeout: 5_000 })
  })
})
