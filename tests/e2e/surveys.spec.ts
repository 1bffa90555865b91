import fs from 'node:fs'

import { expect, expectNoAxeViolations, test } from './fixtures'

test.describe('Surveys (surveys plugin)', () => {
  test('should answer the open survey without JavaScript, fixing a missing answer, then see the live results', async ({
    browser,
    baseURL,
    page: withJs,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
    const page = await context.newPage()
    // axe-core runs inside the page: the pages seen without JavaScript are checked again in a normal tab.
    const seen: string[] = []
    const expectNoAxeViolationsLater = async (p: typeof page) => {
      seen.push(p.url())
    }
    await page.goto('/fr/sondages')
    await expect(page.getByRole('heading', { level: 1, name: 'Sondages' })).toBeVisible()
    await expectNoAxeViolationsLater(page)
    await page
      .getByRole('link', { name: 'Quel aménagement pour le nouveau parc de la Rivière ?' })
      .click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Quel aménagement pour le nouveau parc de la Rivière ?',
    )
    await expectNoAxeViolationsLater(page)
    // The browser's own checks are off here (no JS is not the point): the server's validation answers.
    await page.locator('form.survey-form').evaluate((form) => form.setAttribute('novalidate', ''))
    await page
      .getByRole('group', { name: /Quel concept préférez-vous/ })
      .getByLabel('Parc familial (jeux d’eau, aire de jeux)')
      .check()
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click()
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('2 réponses sont à corriger.')
    await expect(
      alert.getByRole('link', {
        name: /Ce projet est-il important pour vous \? : Cette question est obligatoire\./,
      }),
    ).toBeVisible()
    // What was chosen is still chosen.
    await expect(page.getByLabel('Parc familial (jeux d’eau, aire de jeux)')).toBeChecked()
    await expectNoAxeViolationsLater(page)
    await page
      .getByRole('group', { name: /Ce projet est-il important/ })
      .getByLabel('5 – Très important')
      .check()
    await page
      .getByRole('group', { name: /Fréquentez-vous déjà/ })
      .getByLabel('Oui')
      .check()
    await page.getByLabel('Tables à pique-nique').check()
    await page.getByLabel(/Autres idées/).fill('Des bancs à l’ombre')
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click()
    await expect(
      page.getByRole('heading', { level: 1, name: 'Merci pour votre participation' }),
    ).toBeVisible()
    await expect(page.getByRole('status')).toContainText('ont été enregistrées')
    await expectNoAxeViolationsLater(page)
    await page.getByRole('link', { name: 'Voir les résultats' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Résultats')
    await expect(
      page.getByRole('img', { name: 'Graphique : Quel concept préférez-vous ?' }),
    ).toBeVisible()
    const table = page.getByRole('table', { name: 'Données : Quel concept préférez-vous ?' })
    await expect(table.getByRole('row', { name: /Parc familial/ })).toContainText('1')
    // Free text never appears in public results.
    await expect(page.getByText('Des bancs à l’ombre')).toHaveCount(0)
    await expect(page.getByText('Les réponses écrites ne sont pas publiées.')).toBeVisible()
    await expectNoAxeViolationsLater(page)
    // Coming back to the form: the earlier answers are there to change.
    await page.goto('/fr/sondages/parc-de-la-riviere')
    await expect(page.getByRole('button', { name: 'Modifier mes réponses' })).toBeVisible()
    await expect(page.getByLabel('Parc familial (jeux d’eau, aire de jeux)')).toBeChecked()
    await page
      .getByRole('group', { name: /Quel concept/ })
      .getByLabel('Parc nature (boisé, sentiers)')
      .check()
    await page.getByRole('button', { name: 'Modifier mes réponses' }).click()
    await expect(page.getByRole('status')).toContainText('ont été modifiées')
    await context.close()
    for (const url of seen) {
      await withJs.goto(url)
      await expectNoAxeViolations(withJs)
    }
  })

  test('should answer in English with JavaScript and see the results chart', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto('/en/surveys')
    await expect(page.getByRole('heading', { level: 1, name: 'Surveys' })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.goto('/en/surveys/parc-de-la-riviere')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA')
    await expectNoAxeViolations(page)
    await page.getByLabel('Sports park (fields, track)').check()
    await page
      .getByRole('group', { name: /How important/ })
      .getByLabel('3', { exact: true })
      .check()
    await page
      .getByRole('group', { name: /Do you already visit/ })
      .getByLabel('No')
      .check()
    await page.getByRole('button', { name: 'Send my answers' }).click()
    await expect(page).toHaveURL(/\/en\/surveys\/parc-de-la-riviere\/thank-you\?status=created$/)
    await expectNoAxeViolations(page)
    await page.getByRole('link', { name: 'See the results' }).click()
    await expect(page).toHaveURL(/\/en\/surveys\/parc-de-la-riviere\/results$/)
    await expect(
      page.getByRole('img', { name: 'Chart: Which concept do you prefer?' }),
    ).toBeVisible()
    await expectNoAxeViolations(page)
    expect(consoleErrors).toEqual([])
  })

  test('should show the closed survey’s 500 seeded answers as charts and tables', async ({
    page,
  }) => {
    for (const url of [
      '/fr/sondages/horaire-bibliotheque/resultats',
      '/en/surveys/horaire-bibliotheque/results',
    ]) {
      await page.goto(url)
      await expect(page.getByText(/^500 (réponses|answers)$/)).toBeVisible()
      await expect(page.locator('svg[role="img"]')).toHaveCount(2)
      await expect(page.locator('table.survey-table')).toHaveCount(2)
      await expectNoAxeViolations(page)
    }
    await page.goto('/fr/sondages/horaire-bibliotheque')
    await expect(page.getByText('Ce sondage est fermé.')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Envoyer mes réponses' })).toHaveCount(0)
    await expectNoAxeViolations(page)
  })

  test('should let a resident of the sector rank the streets, and see it in Mon dossier', async ({
    browser,
    baseURL,
    accounts,
  }) => {
    const [resident, outsider] = accounts.citizens ?? []
    expect(resident && outsider).toBeTruthy()
    const signIn = async (who: { email: string; password: string }) => {
      const context = await browser.newContext({ baseURL })
      const page = await context.newPage()
      await page.goto('/fr/mon-dossier/connexion')
      await page.getByLabel('Adresse courriel').fill(who.email)
      await page.getByLabel('Mot de passe').fill(who.password)
      await page.getByRole('button', { name: 'Ouvrir une session' }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Mon dossier' })).toBeVisible()
      return { context, page }
    }
    // Anonymous visitors are asked to sign in.
    const anonymous = await browser.newContext({ baseURL })
    const visitor = await anonymous.newPage()
    await visitor.goto('/fr/sondages/trottoirs-secteur')
    await expect(visitor.getByText('Ce sondage est réservé aux résidents connectés.')).toBeVisible()
    await expectNoAxeViolations(visitor)
    await anonymous.close()

    const other = await signIn(outsider!)
    await other.page.goto('/fr/sondages/trottoirs-secteur')
    await expect(
      other.page.getByText(/Ce sondage est réservé aux résidents des secteurs suivants/),
    ).toBeVisible()
    await other.context.close()

    const { context, page } = await signIn(resident!)
    await expect(page.getByRole('heading', { name: 'Sondages pour mon secteur' })).toBeVisible()
    await expect(
      page.getByRole('listitem').filter({ hasText: 'Nouveaux trottoirs dans votre secteur' }),
    ).toContainText('pas encore répondu')
    await page.getByRole('link', { name: 'Nouveaux trottoirs dans votre secteur' }).click()
    await expectNoAxeViolations(page)
    await page.getByRole('combobox', { name: /Rue Principale/ }).selectOption('1')
    await page.getByRole('combobox', { name: /Chemin du Lac/ }).selectOption('2')
    await page.getByRole('combobox', { name: /Rue des Érables/ }).selectOption('3')
    await page
      .getByRole('group', { name: /Marchez-vous/ })
      .getByLabel('Oui')
      .check()
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click()
    await expect(page.getByRole('status')).toContainText('ont été enregistrées')
    await expect(
      page.getByText('Les résultats seront publiés à la fermeture du sondage.'),
    ).toBeVisible()
    await page.goto('/fr/sondages/trottoirs-secteur/resultats')
    await expect(
      page.getByText('Les résultats seront publiés à la fermeture du sondage.'),
    ).toBeVisible()
    await expect(page.locator('svg[role="img"]')).toHaveCount(0)
    await expectNoAxeViolations(page)
    await page.goto('/fr/mon-dossier')
    await expect(
      page.getByRole('listitem').filter({ hasText: 'Nouveaux trottoirs dans votre secteur' }),
    ).toContainText('(répondu)')
    await context.close()
  })
})

test.describe('Mini-survey block (surveys plugin)', () => {
  test('should answer a survey placed in a page without leaving it, without JavaScript', async ({
    request,
    accounts,
    browser,
    baseURL,
    page: withJs,
  }) => {
    const login = await request.post('/api/users/login', { data: accounts.editor })
    const { token } = (await login.json()) as { token: string }
    const headers = { Authorization: `JWT ${token}` }
    const found = await request.get('/api/surveys?where[slug][equals]=parc-de-la-riviere&depth=0', {
      headers,
    })
    const survey = ((await found.json()) as { docs: { id: number }[] }).docs[0]!
    const slug = `consultation-parc-${Date.now()}`
    const created = await request.post('/api/pages?locale=fr', {
      headers,
      data: {
        title: 'Consultation sur le parc',
        slug,
        _status: 'published',
        layout: [{ blockType: 'miniSurvey', survey: survey.id }],
      },
    })
    expect(created.status()).toBe(201)
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
    const page = await context.newPage()
    await page.goto(`/fr/${slug}`)
    const block = page.getByRole('region', {
      name: 'Quel aménagement pour le nouveau parc de la Rivière ?',
    })
    await expect(block.getByText('Merci, votre réponse a été enregistrée.')).toBeHidden()
    await block.getByLabel('Parc sportif (terrains, piste)').check()
    await block
      .getByRole('group', { name: /Ce projet est-il important/ })
      .getByLabel('4', { exact: true })
      .check()
    await block
      .getByRole('group', { name: /Fréquentez-vous déjà/ })
      .getByLabel('Non')
      .check()
    await block.getByRole('button', { name: 'Envoyer mes réponses' }).click()
    await expect(page).toHaveURL(new RegExp(`/fr/${slug}#sondage-${survey.id}-merci$`))
    await expect(block.getByText('Merci, votre réponse a été enregistrée.')).toBeVisible()
    await context.close()
    await withJs.goto(`/fr/${slug}`)
    await expectNoAxeViolations(withJs)
  })
})

test.describe('Surveys in the site’s navigation and sitemap (surveys plugin)', () => {
  test('should link to the surveys from the main navigation, in French and English', async ({
    page,
  }) => {
    await page.goto('/fr')
    // The header's menu (a <details>) holds every section.
    await page.locator('.site-menu summary').click()
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Sondages', exact: true })
      .click()
    await expect(page).toHaveURL(/\/fr\/sondages$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Sondages' })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.goto('/en')
    await page.locator('.site-menu summary').click()
    await expect(
      page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Surveys', exact: true }),
    ).toHaveAttribute('href', '/en/surveys')
  })

  test('should list the open surveys and the closed ones with public results in the sitemap', async ({
    request,
  }) => {
    const response = await request.get('/sitemap.xml')
    expect(response.status()).toBe(200)
    const locs = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1]!).pathname,
    )
    expect(locs).toEqual(
      expect.arrayContaining([
        '/fr/sondages',
        // Open, results live.
        '/fr/sondages/parc-de-la-riviere',
        '/fr/sondages/parc-de-la-riviere/resultats',
        // Open, results after closing: the survey, not (yet) its results.
        '/fr/sondages/trottoirs-secteur',
        // Closed, results public.
        '/fr/sondages/horaire-bibliotheque',
        '/fr/sondages/horaire-bibliotheque/resultats',
        // The same in English (the demo city publishes in English).
        '/en/surveys',
        '/en/surveys/parc-de-la-riviere',
        '/en/surveys/horaire-bibliotheque/results',
      ]),
    )
    expect(locs).not.toContain('/fr/sondages/trottoirs-secteur/resultats')
  })
})

test.describe('Survey results in the admin (surveys plugin)', () => {
  test('should render the results tab on the server (charts without JavaScript), filter by sector with a GET form, export, duplicate and close', async ({
    browser,
    baseURL,
    page,
    request,
    accounts,
  }, testInfo) => {
    await page.goto('/admin/login')
    await page.getByLabel(/e-mail|courriel/i).fill(accounts.editor.email)
    await page.getByLabel(/mot de passe/i).fill(accounts.editor.password)
    await page.getByRole('button', { name: /connexion|se connecter/i }).click()
    await expect(page).toHaveURL(/\/admin\/?$/)
    const found = await request.get('/api/surveys?where[slug][equals]=horaire-bibliotheque&depth=0')
    const survey = ((await found.json()) as { docs: { id: number }[] }).docs[0]!
    const resultsUrl = `/admin/collections/surveys/${survey.id}/results`

    // Server-rendered: the same session without JavaScript still gets the charts and tables.
    const noJs = await browser.newContext({
      javaScriptEnabled: false,
      baseURL,
      storageState: await page.context().storageState(),
    })
    const bare = await noJs.newPage()
    await bare.goto(resultsUrl)
    await expect(bare.getByRole('heading', { name: 'Résultats', level: 2 })).toBeVisible()
    await expect(bare.getByText('500 réponses', { exact: true })).toBeVisible()
    await expect(bare.locator('svg[role="img"]')).toHaveCount(2)
    await expect(bare.getByRole('img', { name: /^Graphique : / }).first()).toBeVisible()
    await expect(
      bare
        .getByRole('table', { name: 'Réponses par secteur' })
        .getByRole('row', { name: /Sans secteur/ }),
    ).toContainText('500')
    // The sector filter is a plain GET form.
    const sectorSelect = bare.getByLabel('Secteur')
    const firstSector = await sectorSelect.locator('option').nth(1).getAttribute('value')
    await sectorSelect.selectOption(firstSector!)
    await bare.getByRole('button', { name: 'Afficher' }).click()
    await expect(bare).toHaveURL(new RegExp(`/results\\?sector=${firstSector}$`))
    await expect(bare.getByText(/^0 réponse dans le secteur /)).toBeVisible()
    await expect(bare.getByRole('link', { name: 'Exporter en CSV' })).toHaveAttribute(
      'href',
      `/api/surveys/${survey.id}/export?format=csv&sector=${firstSector}`,
    )
    await noJs.close()

    // With JavaScript: the tab in the document's tabs, the exports, then duplicate and close the copy.
    await page.goto(`/admin/collections/surveys/${survey.id}`)
    await page.getByRole('link', { name: 'Résultats', exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`${resultsUrl}$`))
    await expect(page.locator('svg[role="img"]')).toHaveCount(2)
    await page.screenshot({ path: testInfo.outputPath('admin-survey-results.png'), fullPage: true })
    const downloading = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Exporter en CSV' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(
      /^sondage-horaire-bibliotheque-\d{4}-\d{2}-\d{2}\.csv$/,
    )
    const csv = fs.readFileSync((await download.path())!, 'utf8')
    expect(csv.split('\n').filter((line) => line.trim())).toHaveLength(501)
    await expect(page.getByRole('button', { name: 'Fermer maintenant' })).toHaveCount(0)
    await page.getByRole('button', { name: 'Dupliquer' }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/surveys\/\d+$/)
    const copyId = Number(new URL(page.url()).pathname.split('/').pop())
    expect(copyId).not.toBe(survey.id)
    await page.goto(`/admin/collections/surveys/${copyId}/results`)
    await expect(page.getByText('Aucune réponse pour l’instant.')).toBeVisible()
    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: 'Fermer maintenant' }).click()
    await expect(page.getByRole('button', { name: 'Fermer maintenant' })).toHaveCount(0)
    // The copy goes away, so the public pages keep their three demo surveys.
    const login = await request.post('/api/users/login', { data: accounts.editor })
    const { token } = (await login.json()) as { token: string }
    expect(
      (
        await request.delete(`/api/surveys/${copyId}`, {
          headers: { Authorization: `JWT ${token}` },
        })
      ).status(),
    ).toBe(200)
  })
})
