import type { APIRequestContext, Page } from '@playwright/test'

import { expect, test } from './fixtures'

const signIn = async (page: Page, account: { email: string; password: string }) => {
  await page.goto('/admin/login')
  await page.getByLabel(/e-mail|courriel/i).fill(account.email)
  await page.getByLabel(/mot de passe/i).fill(account.password)
  await page.getByRole('button', { name: /connexion|se connecter/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

const report = (request: APIRequestContext, apiKey: string, extra: Record<string, string> = {}) =>
  request.post('/open311/v2/requests.json', {
    form: {
      api_key: apiKey,
      service_code: 'pothole',
      lat: '46.03',
      long: '-71.99',
      'attribute[size]': 'small',
      description: 'Trou signalé par un partenaire',
      email: 'partenaire@example.test',
      ...extra,
    },
  })

test.describe('Open311 writes over HTTP and the clients admin', () => {
  test('should take a POST from the demo client, answer its token, and never show the contact', async ({
    request,
    accounts,
  }) => {
    const apiKey = accounts.open311?.apiKey
    expect(apiKey).toBeTruthy()
    const created = await report(request, apiKey!)
    expect(created.status()).toBe(201)
    expect(created.headers()['cache-control']).toBe('no-store')
    const [answer] = (await created.json()) as { service_request_id: string; token: string }[]
    expect(answer.service_request_id).toMatch(/^\d{4}-\d{6}$/)
    const token = await request.get(`/open311/v2/tokens/${answer.token}.json`)
    expect(await token.json()).toEqual([
      { service_request_id: answer.service_request_id, token: answer.token },
    ])
    const xml = await request.get(`/open311/v2/requests/${answer.service_request_id}.xml`)
    expect(xml.status()).toBe(200)
    expect(await xml.text()).not.toContain('partenaire@example.test')
    const refused = await report(request, 'o311_not-the-key-0000000000000000')
    expect(refused.status()).toBe(403)
    expect(await refused.json()).toEqual([
      { code: 403, description: 'Invalid api_key / api_key invalide' },
    ])
  })

  test('should show a new client’s key once in the admin, and regenerate it', async ({
    page,
    request,
    accounts,
    consoleErrors,
  }) => {
    await signIn(page, accounts.admin)
    await page.goto('/admin/collections/open311-clients/create')
    await page.getByLabel(/^Nom/).fill(`Partenaire ${Date.now()}`)
    await page.getByRole('button', { name: 'Sauvegarder' }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/open311-clients\/\d+/)
    const shown = page.getByRole('textbox', { name: 'Clé d’API' })
    await expect(shown).toHaveValue(/^o311_[A-Za-z0-9_-]{32}$/)
    await expect(page.getByText('Copiez-la maintenant')).toBeVisible()
    const first = await shown.inputValue()
    expect((await report(request, first)).status()).toBe(201)
    // Shown once: a reload has only the prefix.
    await page.reload()
    await expect(page.getByRole('button', { name: 'Générer une nouvelle clé' })).toBeVisible()
    await expect(page.getByRole('textbox', { name: 'Clé d’API' })).toHaveCount(0)
    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: 'Générer une nouvelle clé' }).click()
    await expect(shown).toHaveValue(/^o311_/)
    const second = await shown.inputValue()
    expect(second).not.toBe(first)
    expect((await report(request, first)).status()).toBe(403)
    expect((await report(request, second)).status()).toBe(201)
    expect(consoleErrors).toEqual([])
  })
})
