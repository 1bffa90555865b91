import type { APIRequestContext } from '@playwright/test'

import { expect, expectNoAxeViolations, test } from './fixtures'

/** The last email the site wrote to its development outbox for an address, read as the admin. */
const lastEmailText = async (request: APIRequestContext, admin: { email: string; password: string }, to: string) => {
  const login = await request.post('/api/users/login', { data: admin })
  const { token } = (await login.json()) as { token: string }
  const response = await request.get(`/api/mail-outbox?where[to][equals]=${encodeURIComponent(to)}&sort=-createdAt&limit=1`, {
    headers: { Authorization: `JWT ${token}` },
  })
  const { docs } = (await response.json()) as { docs: { text: string }[] }
  return docs[0]?.text ?? ''
}

test.describe('Mon dossier (citizen accounts)', () => {
  test('should register, confirm from the emailed link, set an address and see the collection days', async ({ page, request, accounts }) => {
    const email = `e2e-${Date.now()}@example.test`
    await page.goto('/fr/mon-dossier/inscription')
    await expectNoAxeViolations(page)
    await page.getByLabel('Nom').fill('Camille Résidente')
    await page.getByLabel('Adresse courriel').fill(email)
    await page.getByLabel('Mot de passe').fill('un-mot-de-passe-solide')
    await page.getByLabel(/J’accepte les conditions/).check()
    await page.getByRole('button', { name: 'Créer mon dossier' }).click()
    await expect(page.getByRole('status')).toContainText('vous recevrez un courriel')
    await expectNoAxeViolations(page)

    const text = await lastEmailText(request, accounts.admin, email)
    const link = /\/fr\/mon-dossier\/confirmation\?token=[A-Za-z0-9_-]+/.exec(text)?.[0]
    expect(link).toBeTruthy()
    await page.goto(link!)
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Confirmer mon adresse' }).click()
    await expect(page.getByRole('status')).toContainText('est confirmée')

    await page.getByLabel('Adresse courriel').fill(email)
    await page.getByLabel('Mot de passe').fill('un-mot-de-passe-solide')
    await page.getByRole('button', { name: 'Ouvrir une session' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Mon dossier' })).toBeVisible()
    await expect(page.getByText('Bonjour Camille Résidente')).toBeVisible()
    await expectNoAxeViolations(page)

    // Rendered for this resident only: never stored by a shared cache.
    const dashboard = await page.request.get('/fr/mon-dossier')
    expect(dashboard.headers()['cache-control']).toMatch(/private/)
    expect(dashboard.headers()['cache-control']).toMatch(/no-store/)

    await page.getByRole('link', { name: 'Profil', exact: true }).click()
    await expectNoAxeViolations(page)
    await page.getByRole('textbox', { name: 'Adresse civique' }).fill('61 rue des erables')
    await page.getByRole('button', { name: 'Chercher l’adresse' }).click()
    await expect(page.getByRole('radio', { name: /61, rue des Érables/ })).toBeChecked()
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Choisir cette adresse' }).click()
    await expect(page.getByRole('status')).toContainText('sont enregistrés')
    await expect(page.getByText('Secteur : Les Berges').first()).toBeVisible()

    await page.getByRole('link', { name: 'Tableau de bord', exact: true }).click()
    await expect(page.getByRole('heading', { name: 'Mes prochaines collectes' })).toBeVisible()
    const days = page.locator('section[aria-labelledby="mes-collectes"] li')
    expect(await days.count()).toBeGreaterThanOrEqual(1)
    await expect(page.getByRole('heading', { name: 'Avis en cours dans mon secteur' })).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByRole('link', { name: 'Ménage', exact: true }).click()
    await page.getByLabel('Prénom').fill('Léo')
    await page.getByLabel('Lien').selectOption('child')
    await page.getByRole('button', { name: 'Ajouter' }).click()
    await expect(page.getByText('Léo — Enfant')).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByRole('link', { name: 'Alertes', exact: true }).click()
    await page.getByLabel('Avis d’ébullition').check()
    await page.getByLabel('Par courriel').check()
    await page.getByRole('button', { name: 'Enregistrer' }).click()
    await expect(page.getByRole('status')).toContainText('sont enregistrés')
    await expect(page.getByLabel('Avis d’ébullition')).toBeChecked()
    await expectNoAxeViolations(page)

    await page.getByRole('link', { name: 'Mes données', exact: true }).click()
    await expectNoAxeViolations(page)
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Télécharger (JSON)' }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^mon-dossier-\d{4}-\d{2}-\d{2}\.json$/)

    await page.getByRole('link', { name: 'Sécurité', exact: true }).click()
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Me déconnecter' }).click()
    await expect(page.getByRole('status')).toContainText('Vous êtes déconnecté')
    await page.goto('/fr/mon-dossier')
    await expect(page.getByText('Ouvrez une session pour voir cette page.')).toHaveAttribute('role', 'alert')
  })

  test('should sign a demo resident in without JavaScript, and answer in English under /en/my-account', async ({ browser, baseURL, page, accounts }) => {
    const resident = accounts.citizens?.[0]
    expect(resident).toBeTruthy()
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
    const noJs = await context.newPage()
    await noJs.goto('/fr/mon-dossier/connexion')
    await noJs.getByLabel('Adresse courriel').fill(resident!.email)
    await noJs.getByLabel('Mot de passe').fill('not-the-password')
    await noJs.getByRole('button', { name: 'Ouvrir une session' }).click()
    await expect(noJs.getByRole('alert')).toContainText('Adresse courriel ou mot de passe incorrect')
    await noJs.getByLabel('Adresse courriel').fill(resident!.email)
    await noJs.getByLabel('Mot de passe').fill(resident!.password)
    await noJs.getByRole('button', { name: 'Ouvrir une session' }).click()
    await expect(noJs.getByRole('heading', { name: 'Mes prochaines collectes' })).toBeVisible()
    await context.close()

    for (const url of ['/en/my-account/sign-in', '/en/my-account/register', '/en/my-account/forgot-password', '/fr/mon-dossier/mot-de-passe-oublie', '/fr/mon-dossier/alertes-secteur', '/en/my-account/sector-alerts']) {
      await page.goto(url)
      await expectNoAxeViolations(page)
    }
    await page.goto('/en/my-account/sign-in')
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA')
  })

  test('should never let a citizen session into the admin', async ({ page, accounts }) => {
    const resident = accounts.citizens![1]
    await page.goto('/fr/mon-dossier/connexion')
    await page.getByLabel('Adresse courriel').fill(resident.email)
    await page.getByLabel('Mot de passe').fill(resident.password)
    await page.getByRole('button', { name: 'Ouvrir une session' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Mon dossier' })).toBeVisible()
    const api = await page.request.get('/api/users')
    expect(api.status()).toBe(403)
    await page.goto('/admin')
    await expect(page).toHaveURL(/\/admin\/(login|unauthorized|logout)/)
    await expect(page.getByRole('link', { name: /Personnel|Staff/ })).toHaveCount(0)
  })
})

