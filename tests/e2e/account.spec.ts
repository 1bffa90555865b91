import type { APIRequestContext, Page } from '@playwright/test'

import { expect, expectNoAxeViolations, lastMailTo, test } from './fixtures'

const staffToken = async (
  request: APIRequestContext,
  account: { email: string; password: string },
) => {
  const login = await request.post('/api/users/login', { data: account })
  return ((await login.json()) as { token: string }).token
}

/** The last email the site sent to an address, caught by the tests' SMTP sink (the outbox only shows staff masked links). */
const lastEmail = async (
  _request: APIRequestContext,
  _admin: { email: string; password: string },
  to: string,
) => {
  const mail = await lastMailTo(to, { timeoutMs: 5_000 })
  return { subject: mail.subject, text: mail.text }
}
const lastEmailText = async (
  request: APIRequestContext,
  admin: { email: string; password: string },
  to: string,
) => (await lastEmail(request, admin, to)).text

/** Signs a staff member in to the admin, as editorial.spec.ts does. */
const signInAdmin = async (page: Page, account: { email: string; password: string }) => {
  await page.goto('/admin/login')
  await page.getByLabel(/e-mail|courriel/i).fill(account.email)
  await page.getByLabel(/mot de passe/i).fill(account.password)
  await page.getByRole('button', { name: /connexion|se connecter/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/** Picks an option of an admin select or relationship field (a react-select) by its label. */
const chooseInAdmin = async (page: Page, field: string, label: string) => {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option', { hasText: label }).first().click()
}

test.describe('Mon dossier (citizen accounts)', () => {
  // The notice published in the admin is deleted after the test: other specs count the notices.
  let publishedNoticeId: string | null = null
  test.afterEach(async ({ request, accounts }) => {
    if (!publishedNoticeId) return
    const token = await staffToken(request, accounts.admin)
    const deleted = await request.delete(`/api/notices/${publishedNoticeId}`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(deleted.status()).toBe(200)
    publishedNoticeId = null
  })

  test('should register, confirm from the emailed link, set an address, see the collection days, subscribe, and receive a notice published in the admin', async ({
    browser,
    baseURL,
    page,
    request,
    accounts,
  }) => {
    // The alert goes out on the jobs queue, which the e2e server runs every 5 s (JOBS_CRON; once a minute in production).
    test.setTimeout(180_000)
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
    await expect(
      page.getByRole('heading', { name: 'Avis en cours dans mon secteur' }),
    ).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByRole('link', { name: 'Ménage', exact: true }).click()
    await page.getByLabel('Prénom').fill('Léo')
    await page.getByLabel('Lien').selectOption('child')
    await page.getByRole('button', { name: 'Ajouter' }).click()
    await expect(page.getByText('Léo — Enfant')).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByRole('link', { name: 'Alertes', exact: true }).click()
    await page.getByLabel('Avis d’ébullition').check()
    await page
      .getByRole('group', { name: 'Actualités à recevoir' })
      .getByLabel('Environnement')
      .check()
    await page.getByLabel('Par courriel').check()
    await page.getByRole('button', { name: 'Enregistrer' }).click()
    await expect(page.getByRole('status')).toContainText('sont enregistrés')
    await expect(page.getByLabel('Avis d’ébullition')).toBeChecked()
    await expect(
      page.getByRole('group', { name: 'Actualités à recevoir' }).getByLabel('Environnement'),
    ).toBeChecked()
    await expectNoAxeViolations(page)

    // A staff member publishes a boil-water notice for Les Berges in the admin.
    const noticeTitle = `Avis d’ébullition préventif ${Date.now()}`
    const staff = await browser.newContext({ baseURL })
    const admin = await staff.newPage()
    await signInAdmin(admin, accounts.editor)
    await admin.goto('/admin/collections/notices/create')
    await admin.getByLabel(/^Titre/).fill(noticeTitle)
    await chooseInAdmin(admin, 'kind', 'Avis d’ébullition')
    await admin.getByLabel(/^Résumé/).fill('Faites bouillir l’eau une minute avant de la boire.')
    await chooseInAdmin(admin, 'sectors', 'Les Berges')
    const publish = admin.getByRole('button', { name: /^Publier/ })
    await expect(publish).toBeEnabled()
    await publish.click()
    await expect(admin).toHaveURL(/\/admin\/collections\/notices\/\d+/)
    publishedNoticeId = /\/notices\/(\d+)/.exec(admin.url())![1]
    await staff.close()

    // The jobs queue sends the alert: the email arrives, in French, with its unsubscribe link.
    await expect
      .poll(async () => (await lastEmail(request, accounts.admin, email)).subject, {
        timeout: 120_000,
        intervals: [2_000],
      })
      .toBe(`Avis de la Ville : ${noticeTitle}`)
    const alert = (await lastEmail(request, accounts.admin, email)).text
    const unsubscribe = /https?:\/\/\S+\/unsubscribe\?\S+/.exec(alert)?.[0]
    expect(unsubscribe).toBeTruthy()

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
    await expect(page.getByText('Ouvrez une session pour voir cette page.')).toHaveAttribute(
      'role',
      'alert',
    )

    // The alert's link stops every alert without signing in (same site: its path on this server).
    const stopLink = new URL(unsubscribe!)
    await page.goto(stopLink.pathname + stopLink.search)
    await expect(page.getByRole('status')).toContainText('Vous ne recevrez plus d’alertes')
    await expectNoAxeViolations(page)
    await page.getByLabel('Adresse courriel').fill(email)
    await page.getByLabel('Mot de passe').fill('un-mot-de-passe-solide')
    await page.getByRole('button', { name: 'Ouvrir une session' }).click()
    await page.getByRole('link', { name: 'Alertes', exact: true }).click()
    await expect(page.getByLabel('Avis d’ébullition')).not.toBeChecked()
    await expect(page.getByLabel('Par courriel')).not.toBeChecked()
  })

  test('should sign a demo resident in without JavaScript, and answer in English under /en/my-account', async ({
    browser,
    baseURL,
    page,
    accounts,
  }) => {
    const resident = accounts.citizens?.[0]
    expect(resident).toBeTruthy()
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
    const noJs = await context.newPage()
    await noJs.goto('/fr/mon-dossier/connexion')
    await noJs.getByLabel('Adresse courriel').fill(resident!.email)
    await noJs.getByLabel('Mot de passe').fill('not-the-password')
    await noJs.getByRole('button', { name: 'Ouvrir une session' }).click()
    await expect(noJs.getByRole('alert')).toContainText(
      'Adresse courriel ou mot de passe incorrect',
    )
    await noJs.getByLabel('Adresse courriel').fill(resident!.email)
    await noJs.getByLabel('Mot de passe').fill(resident!.password)
    await noJs.getByRole('button', { name: 'Ouvrir une session' }).click()
    await expect(noJs.getByRole('heading', { name: 'Mes prochaines collectes' })).toBeVisible()
    await context.close()

    for (const url of [
      '/en/my-account/sign-in',
      '/en/my-account/register',
      '/en/my-account/forgot-password',
      '/fr/mon-dossier/mot-de-passe-oublie',
      '/fr/mon-dossier/alertes-secteur',
      '/en/my-account/sector-alerts',
    ]) {
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
