import type { APIRequestContext, Page } from '@playwright/test'

import { expect, test } from './fixtures'

/**
 * The admin as the city's staff use it (issue 12, "Editors and agents"): French that reads right,
 * dates as written in Quebec, French whatever the browser's language, the agent's view of a
 * request, and the live preview following each saved draft.
 */

type Account = { email: string; password: string }

const signIn = async (page: Page, account: Account) => {
  await page.goto('/admin/login')
  await page.getByLabel(/e-mail|courriel/i).fill(account.email)
  await page.getByLabel(/mot de passe|password/i).fill(account.password)
  await page.getByRole('button', { name: /connexion|se connecter|login/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 20_000 })
}

const apiToken = async (request: APIRequestContext, account: Account) => {
  const response = await request.post('/api/users/login', { data: account })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { token: string }).token
}

/** A French date and time as written in Quebec: "10 décembre 2026, 23 h 59", "1er mai 2026, 9 h 05". */
const quebecDateTime =
  /^(1er|[12]?\d|3[01]) (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}, ([01]?\d|2[0-3]) h [0-5]\d$/

test.describe('the admin for the city’s staff', () => {
  // The city's staff work in Quebec: dates are shown in the browser's zone, Eastern time there.
  test.use({ timezoneId: 'America/Toronto' })

  const created: { collection: string; id: number }[] = []
  test.afterEach(async ({ request, accounts }) => {
    if (!created.length) return
    const token = await apiToken(request, accounts.admin)
    for (const { collection, id } of created.splice(0)) {
      const deleted = await request.delete(`/api/${collection}/${id}?overrideLock=true`, {
        headers: { Authorization: `JWT ${token}` },
      })
      expect(deleted.status()).toBe(200)
    }
  })

  const createDraftNews = async (
    request: APIRequestContext,
    accounts: { editor: Account },
    title: string,
  ) => {
    const token = await apiToken(request, accounts.editor)
    const response = await request.post('/api/news?draft=true&locale=fr', {
      headers: { Authorization: `JWT ${token}` },
      data: {
        title,
        summary: 'Texte pas encore publié.',
        slug: `admin-${Date.now()}`,
        _status: 'draft',
      },
    })
    expect(response.status()).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: number; slug: string } }
    created.push({ collection: 'news', id: doc.id })
    return { ...doc, title }
  }

  test.describe('scheduling from a browser outside Quebec', () => {
    // An editor on a trip: the drawer still schedules in the city's time, whatever the browser's.
    test.use({ timezoneId: 'Europe/Paris' })

    test('should schedule a draft’s publication in French: its title in the drawer, “Publier” chosen, the city’s time zone, dates as written in Quebec', async ({
      page,
      request,
      accounts,
      consoleErrors,
    }, testInfo) => {
      const title = `Déneigement : stationnement interdit ${Date.now()}`
      const draft = await createDraftNews(request, accounts, title)
      await signIn(page, accounts.editor)

      // Lists and the document's header read dates as in Quebec, not "décembre 10 2026, 11:59 PM".
      await page.goto('/admin/collections/news')
      await expect(
        page.locator('table tbody tr').first().locator('td.cell-publishedAt'),
      ).toHaveText(quebecDateTime)
      await page.goto(`/admin/collections/news/${draft.id}?locale=fr`)
      const lastModified = page
        .locator('.doc-controls__list-item', { hasText: 'Dernière modification' })
        .locator('.doc-controls__value')
      await expect(lastModified).toHaveText(quebecDateTime)
      // The date field itself, in the sidebar.
      await expect(page.locator('#field-publishedAt input')).toHaveValue(quebecDateTime)

      // "Programmer la publication" from the publish button's menu.
      await page.locator('#action-save-popup .popup-button').click()
      await page.getByRole('button', { name: 'Programmer la publication' }).click()
      const drawer = page.locator('.schedule-publish')
      await expect(drawer.getByRole('heading', { level: 2 })).toHaveText(
        `Programmer la publication pour ${title}`,
      )
      // A draft never published: the drawer offers to publish it, not to unpublish it.
      await expect(drawer.getByLabel('Publier', { exact: true })).toBeChecked()
      await expect(drawer.getByLabel('Annuler la publication', { exact: true })).not.toBeChecked()
      // The city's time zone is chosen already.
      await expect(drawer.locator('.timezone-picker')).toContainText('America/Toronto')

      // The 10th of next month at 23 h 55, city time: the upcoming publication says so.
      await drawer.locator('#time input').click()
      await page.locator('.react-datepicker__navigation--next').click()
      await page
        .locator('.react-datepicker__day--010:not(.react-datepicker__day--outside-month)')
        .click()
      await page.locator('.react-datepicker__time-list-item', { hasText: /^23 h 55$/ }).click()
      await drawer.getByRole('button', { name: 'Sauvegarder' }).click()
      const upcoming = drawer.locator('.schedule-publish__upcoming table tbody tr')
      await expect(upcoming).toHaveCount(1)
      await expect(upcoming.locator('td').nth(0)).toHaveText('Publier')
      await expect(upcoming.locator('td').nth(1)).toHaveText(
        /^10 (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}, 23 h 55$/,
      )
      await expect(upcoming.locator('td').nth(2)).toContainText('America/Toronto')
      await page.screenshot({ path: testInfo.outputPath('admin-schedule-drawer.png') })
      expect(consoleErrors).toEqual([])
    })
  })

  test('should speak French to staff whose browser asks for English, and English once they choose it', async ({
    browser,
    baseURL,
    accounts,
  }) => {
    const context = await browser.newContext({
      baseURL,
      locale: 'en-US',
      timezoneId: 'America/Toronto',
    })
    const page = await context.newPage()
    await page.goto('/admin/login')
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    await expect(page.getByLabel(/^Mot de passe/)).toBeVisible()
    await signIn(page, accounts.editor)
    await expect(page.getByRole('link', { name: /Paramètres du site/ }).first()).toBeVisible()

    // The staff member's own choice, in their account: English.
    await page.goto('/admin/account')
    await page.locator('#language-select').click()
    await page.locator('.rs__option', { hasText: 'English' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await page.goto('/admin')
    await expect(page.getByRole('link', { name: /Site settings/ }).first()).toBeVisible()
    await context.close()
  })

  test('should show an agent the resident’s answers as a list, the agents by name, and an unassigned request said so, with nothing loaded from a CDN', async ({
    page,
    request,
    accounts,
    baseURL,
    consoleErrors,
  }) => {
    const token = await apiToken(request, accounts.admin)
    const types = await request.get('/api/request-types?where[code][equals]=pothole&depth=0', {
      headers: { Authorization: `JWT ${token}` },
    })
    const pothole = ((await types.json()) as { docs: { id: number }[] }).docs[0]
    const response = await request.post('/api/service-requests', {
      headers: { Authorization: `JWT ${token}` },
      data: {
        type: pothole.id,
        description: 'Trou dans la voie de droite, près de l’arrêt.',
        answers: { size: 'large', lane: ['road', 'bike'] },
        lat: 45.5,
        lng: -73.6,
      },
    })
    expect(response.status()).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: number; trackingNumber: string } }
    created.push({ collection: 'service-requests', id: doc.id })

    // Every request the page makes stays on this server: nothing from a CDN.
    const offSite: string[] = []
    page.on('request', (r) => {
      if (/^https?:/.test(r.url()) && new URL(r.url()).origin !== new URL(baseURL!).origin)
        offSite.push(r.url())
    })
    await signIn(page, accounts.agent)

    // The list: an unassigned request reads "Non assignée", not "<Pas de Agent>".
    await page.goto(
      `/admin/collections/service-requests?where[trackingNumber][equals]=${doc.trackingNumber}`,
    )
    const row = page.locator('table tbody tr', { hasText: doc.trackingNumber })
    await expect(row.locator('td.cell-assignee')).toHaveText('Non assignée')
    await expect(page.getByText(/<Pas de/)).toHaveCount(0)

    await page.goto(`/admin/collections/service-requests/${doc.id}`)
    const answers = page.getByRole('region', { name: 'Réponses aux questions' })
    await expect(answers).toBeVisible()
    await expect(answers.getByRole('term')).toHaveText([
      'Taille approximative',
      'Où se trouve-t-il ?',
    ])
    await expect(answers.getByRole('definition')).toHaveText([
      'Plus de 1 m',
      'Chaussée, Piste cyclable',
    ])
    await expect(page.locator('.field-type.json .shimmer-effect, .code-editor')).toHaveCount(0)

    // The assignee picker lists the department's agents by name.
    await page.locator('#field-assignee .rs__control').click()
    await expect(page.locator('.rs__option')).toHaveText(['Marc Gagnon'])
    await page.keyboard.press('Escape')

    expect(offSite).toEqual([])
    expect(consoleErrors).toEqual([])
  })

  test('should edit a sector’s boundary as text and read a survey response as a list, with no code editor and nothing from a CDN', async ({
    page,
    request,
    accounts,
    baseURL,
    consoleErrors,
  }) => {
    const token = await apiToken(request, accounts.admin)
    const headers = { Authorization: `JWT ${token}` }
    const sector = (
      (await (await request.get('/api/sectors?limit=1&sort=code&depth=0', { headers })).json()) as {
        docs: { id: number; boundary: unknown }[]
      }
    ).docs[0]
    const response = (
      (await (await request.get('/api/survey-responses?limit=1&depth=0', { headers })).json()) as {
        docs: { id: number; answers: Record<string, unknown> }[]
      }
    ).docs[0]
    expect(sector).toBeTruthy()
    expect(response).toBeTruthy()
    const offSite: string[] = []
    page.on('request', (r) => {
      if (/^https?:/.test(r.url()) && new URL(r.url()).origin !== new URL(baseURL!).origin)
        offSite.push(r.url())
    })
    await signIn(page, accounts.admin)

    await page.goto(`/admin/collections/sectors/${sector.id}`)
    const boundary = page.getByRole('textbox', { name: /Limites \(GeoJSON\)/ })
    await expect(boundary).toBeVisible()
    const original = await boundary.inputValue()
    expect(JSON.parse(original)).toEqual(sector.boundary)
    // Broken JSON is said at once, and the save is refused with the field's own message.
    await boundary.fill('{"type": "Polygon", "coordinates": [')
    await expect(
      page.getByRole('alert').filter({ hasText: 'Ce n’est pas du JSON valide' }),
    ).toBeVisible()
    await page.getByRole('button', { name: 'Sauvegarder', exact: true }).click()
    await expect(
      page.getByText(/GeoJSON invalide|Le champ suivant n’est pas valide/).first(),
    ).toBeVisible()
    expect(
      (
        (await (await request.get(`/api/sectors/${sector.id}?depth=0`, { headers })).json()) as {
          boundary: unknown
        }
      ).boundary,
    ).toEqual(sector.boundary)
    // Put back, it saves.
    await boundary.fill(original)
    await page.getByRole('button', { name: 'Sauvegarder', exact: true }).click()
    await expect(page.getByText(/mis à jour avec succès|enregistré/i).first()).toBeVisible()
    expect(
      (
        (await (await request.get(`/api/sectors/${sector.id}?depth=0`, { headers })).json()) as {
          boundary: unknown
        }
      ).boundary,
    ).toEqual(sector.boundary)

    await page.goto(`/admin/collections/survey-responses/${response.id}`)
    const answers = page.getByRole('region', { name: 'Réponses' })
    await expect(answers).toBeVisible()
    await expect(answers.getByRole('term')).toHaveText(Object.keys(response.answers))
    await expect(page.locator('.code-editor, .field-type.json .shimmer-effect')).toHaveCount(0)

    expect(offSite).toEqual([])
    // The one refused save answers 400, as it should; nothing else goes wrong.
    expect(consoleErrors.filter((e) => !/^400 .*\/api\/sectors\/|status of 400/.test(e))).toEqual(
      [],
    )
  })

  test('should refresh the live preview when the editor saves a draft', async ({
    page,
    request,
    accounts,
    consoleErrors,
  }) => {
    const draft = await createDraftNews(request, accounts, `Aperçu en direct ${Date.now()}`)
    await signIn(page, accounts.editor)
    await page.goto(`/admin/collections/news/${draft.id}?locale=fr`)
    const toggler = page.locator('.live-preview-toggler')
    // The admin remembers the last view per collection: turn the live preview on if it is off.
    if (!/--active/.test((await toggler.getAttribute('class')) ?? '')) await toggler.click()
    const preview = page.frameLocator('#live-preview-iframe')
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText(draft.title)
    await expect(
      preview.getByRole('status').filter({ hasText: 'Aperçu d’un brouillon' }),
    ).toBeVisible()

    const summary = `Résumé revu à ${Date.now()}.`
    await page.getByLabel(/^Résumé/).fill(summary)
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click()
    await expect(preview.locator('.lead')).toHaveText(summary, { timeout: 10_000 })

    const title = `Aperçu en direct, titre revu ${Date.now()}`
    await page.getByLabel(/^Titre/).fill(title)
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click()
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title, { timeout: 10_000 })
    // Closed again: the admin remembers the toggle for the editor, and other specs find it as it was.
    await toggler.click()
    await expect(toggler).not.toHaveClass(/--active/)
    expect(consoleErrors).toEqual([])
  })
})
