import fs from 'node:fs'

import type { APIRequestContext, Page } from '@playwright/test'

import { expect, test } from './fixtures'

const signIn = async (page: Page, account: { email: string; password: string }) => {
  await page.goto('/admin/login')
  await page.getByLabel(/e-mail|courriel/i).fill(account.email)
  await page.getByLabel(/mot de passe/i).fill(account.password)
  await page.getByRole('button', { name: /connexion|se connecter/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

const apiToken = async (
  request: APIRequestContext,
  account: { email: string; password: string },
) => {
  const response = await request.post('/api/users/login', { data: account })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { token: string }).token
}

test.describe('editorial work in the admin', () => {
  test('should let an editor publish a news item in the admin and show it on the site within 5 s', async ({
    page,
    accounts,
    request,
    consoleErrors,
  }) => {
    const title = `Collecte de sang à l’hôtel de ville ${Date.now()}`
    // Load the list first so it sits in the page cache: the publication must expire it.
    await request.get('/fr/actualites')
    await signIn(page, accounts.editor)
    await page.goto('/admin/collections/news/create')
    await page.getByLabel(/^Titre/).fill(title)
    await page
      .getByLabel(/^Résumé/)
      .fill('Héma-Québec tiendra une collecte de sang mardi prochain.')
    const publish = page.getByRole('button', { name: /^Publier/ })
    await expect(publish).toBeEnabled()
    await publish.click()
    // Saved: the admin moves from the create view to the document's own address.
    await expect(page).toHaveURL(/\/admin\/collections\/news\/\d+/)
    const publishedAt = Date.now()
    await expect
      .poll(async () => (await (await request.get('/fr/actualites')).text()).includes(title), {
        timeout: 5_000,
        intervals: [250],
      })
      .toBe(true)
    const seenAfter = Date.now() - publishedAt
    test.info().annotations.push({ type: 'published → visible', description: `${seenAfter} ms` })
    expect(consoleErrors).toEqual([])
  })

  test('should show an editor a draft in preview, and nobody else', async ({
    browser,
    request,
    accounts,
  }) => {
    const token = await apiToken(request, accounts.editor)
    const slug = `apercu-brouillon-${Date.now()}`
    const created = await request.post('/api/news?draft=true&locale=fr', {
      headers: { Authorization: `JWT ${token}` },
      data: {
        title: 'Brouillon à relire',
        summary: 'Texte pas encore publié.',
        slug,
        _status: 'draft',
      },
    })
    expect(created.status()).toBe(201)

    // Anonymous: the draft does not exist and the preview switch refuses.
    expect((await request.get(`/fr/actualites/${slug}`)).status()).toBe(404)
    const refused = await request.get(`/fr/apercu?collection=news&slug=${slug}`, {
      maxRedirects: 0,
    })
    expect(refused.status()).toBe(401)
    expect(await refused.text()).toContain('Connectez-vous')
    expect(
      (await request.get('/fr/apercu?collection=users&slug=x', { maxRedirects: 0 })).status(),
    ).toBe(400)

    // The editor, signed in, turns on preview and reads the draft with the preview bar.
    const context = await browser.newContext()
    const page = await context.newPage()
    await signIn(page, accounts.editor)
    await page.goto(`/fr/apercu?collection=news&slug=${slug}`)
    await expect(page).toHaveURL(new RegExp(`/fr/actualites/${slug}$`))
    await expect(page.getByRole('heading', { level: 1, name: 'Brouillon à relire' })).toBeVisible()
    await expect(
      page.getByRole('status').filter({ hasText: 'Aperçu d’un brouillon' }),
    ).toBeVisible()
    await page.getByRole('link', { name: 'Quitter l’aperçu' }).click()
    await expect(page).toHaveURL(/\/fr$/)
    expect((await page.goto(`/fr/actualites/${slug}`))?.status()).toBe(404)
    await context.close()
  })

  test('should let an administrator import civic addresses from a CSV file in the admin', async ({
    page,
    accounts,
    consoleErrors,
  }, testInfo) => {
    const file = testInfo.outputPath('adresses.csv')
    fs.writeFileSync(
      file,
      'number,suffix,street,postal_code,lat,long\n9001,,rue de l’Importation,J0A 1B0,45.5,-73.6\n9001,,rue de l’Importation,J0A 1B0,north,-73.6\n',
    )
    await signIn(page, accounts.admin)
    await page.goto('/admin/collections/addresses')
    await page.getByText('Importer des adresses (CSV)').click()
    await page.getByLabel('Fichier CSV').setInputFiles(file)
    await page.getByRole('button', { name: 'Importer' }).click()
    const result = page.getByTestId('address-import-result')
    await expect(result).toContainText('Aucune adresse importée')
    await expect(result).toContainText('Ligne 3 : latitude ou longitude invalide')

    fs.writeFileSync(
      file,
      'number,suffix,street,postal_code,lat,long\n9001,,rue de l’Importation,J0A 1B0,45.5,-73.6\n',
    )
    await page.getByLabel('Fichier CSV').setInputFiles(file)
    await page.getByRole('button', { name: 'Importer' }).click()
    await expect(result).toContainText('1 adresse(s) ajoutée(s), 0 déjà présente(s)')
    // The failed attempt printed no console error of its own: the 422 is the endpoint's answer.
    expect(
      consoleErrors.filter((e) => !e.includes('/api/addresses/import') && !e.includes('422')),
    ).toEqual([])
  })
})
