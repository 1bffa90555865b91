import sharp from 'sharp'

import { expect, expectNoAxeViolations, test } from './fixtures'

/**
 * The request form with JavaScript (plugins/service-requests/frontend/scripts/request-form.js,
 * served by the plugin): the same posts, sent with fetch, the form's region swapped, no page load
 * between steps. `window.__marker` is set on the first page: a page load would lose it. The form without JavaScript is covered by requests-public.spec.ts.
 */
test.describe('Service requests: the form as one page with JavaScript', () => {
  test('should go through the steps without reloading, with the address, focus on each step, the back button and a fallback on a network error', async ({
    page,
  }) => {
    const marker = () => page.evaluate(() => (window as unknown as { __marker?: number }).__marker)
    const stepHeading = page.locator('[data-step-heading]')
    const live = page.locator('[aria-live="polite"]')

    await page.goto('/fr/requetes/nouvelle')
    await page.evaluate(() => {
      ;(window as unknown as { __marker?: number }).__marker = 1
    })
    // The type search (a GET form) is swapped too.
    await page.getByLabel('Rechercher un type').fill('nid de poule')
    await page.getByRole('button', { name: 'Filtrer' }).click()
    await expect(page).toHaveURL(/\?q=nid\+de\+poule/)
    await expect(page.getByLabel('Graffiti')).toHaveCount(0)
    expect(await marker()).toBe(1)
    await page.getByLabel('Nid-de-poule').check()
    await page.getByRole('button', { name: 'Continuer' }).click()

    await expect(stepHeading).toHaveText(/Étape 2 sur 6/)
    await expect(page).toHaveURL(/\/fr\/requetes\/nouvelle\?draft=[^&]+&step=details/)
    await expect(stepHeading).toBeFocused()
    await expect(live).toHaveText(/Étape 2 sur 6/)
    expect(await marker()).toBe(1)
    await expectNoAxeViolations(page)

    // While the step is sent its buttons are disabled (a double click sends once).
    await page.getByLabel(/Décrivez le problème/).fill('Un trou profond devant le parc.')
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/api/service-requests-form/step', async (route) => {
      await held
      await route.continue()
    })
    await page.getByRole('button', { name: 'Continuer' }).click()
    await expect(page.getByRole('button', { name: 'Continuer' })).toBeDisabled()
    release()
    await expect(stepHeading).toHaveText(/Étape 3 sur 6/)
    await page.unrouteAll()
    expect(await marker()).toBe(1)

    // An error answer (a click outside the city on the map): the alert takes the focus.
    await page
      .getByRole('button', { name: /Carte de la ville et de ses secteurs/ })
      .click({ position: { x: 2, y: 2 } })
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('hors des limites de la ville')
    await expect(alert).toBeFocused()
    expect(await marker()).toBe(1)
    await expectNoAxeViolations(page)

    // The address search (a GET form) then the choice.
    await page.getByLabel('Adresse la plus proche').fill('principale')
    await page.getByRole('button', { name: 'Chercher l’adresse' }).click()
    const firstAddress = page.getByRole('radio').first()
    await expect(firstAddress).toBeVisible()
    await firstAddress.check()
    await page.getByRole('button', { name: 'Continuer' }).click()

    // Photos: the multipart form, through fetch too.
    await expect(stepHeading).toHaveText(/Étape 4 sur 6/)
    await expect(stepHeading).toBeFocused()
    const photo = await sharp({
      create: { width: 800, height: 600, channels: 3, background: '#777' },
    })
      .jpeg()
      .toBuffer()
    await page
      .getByLabel('Ajouter des photos (facultatif)')
      .setInputFiles({ name: 'trou.jpg', mimeType: 'image/jpeg', buffer: photo })
    await page.getByRole('button', { name: 'Ajouter ces photos' }).click()
    await expect(page.getByRole('heading', { name: 'Photos ajoutées : 1 sur 5' })).toBeVisible()
    await expect(page.getByRole('img', { name: 'Photo 1 de votre signalement' })).toBeVisible()
    expect(await marker()).toBe(1)
    await page.getByRole('button', { name: 'Continuer' }).click()

    await expect(stepHeading).toHaveText(/Étape 5 sur 6/)
    const questionsUrl = page.url()
    await page.getByLabel('Plus de 1 m').check()
    await page.getByLabel('Chaussée').check()
    await page.getByRole('button', { name: 'Continuer' }).click()

    await expect(stepHeading).toHaveText(/Étape 6 sur 6/)
    await expect(stepHeading).toBeFocused()
    await expect(page.getByText('Un trou profond devant le parc.')).toBeVisible()
    expect(await marker()).toBe(1)
    await expectNoAxeViolations(page)

    // The back button shows the previous step, still without a page load.
    await page.goBack()
    await expect(page).toHaveURL(questionsUrl)
    await expect(stepHeading).toHaveText(/Étape 5 sur 6/)
    await expect(page.getByLabel('Plus de 1 m')).toBeChecked()
    expect(await marker()).toBe(1)
    await page.goForward()
    await expect(stepHeading).toHaveText(/Étape 6 sur 6/)

    // "Modifier" on the review: a link to a step, swapped as well.
    await page.getByRole('link', { name: /Modifier — Description/ }).click()
    await expect(stepHeading).toHaveText(/Étape 2 sur 6/)
    await expect(page).toHaveURL(/step=details/)
    expect(await marker()).toBe(1)

    // A network failure falls back to the ordinary submission: a page load, the same next step.
    await page.route('**/api/service-requests-form/step', (route) => route.abort('failed'), {
      times: 1,
    })
    await page.getByRole('button', { name: 'Continuer' }).click()
    await expect(stepHeading).toHaveText(/Étape 3 sur 6/)
    expect(await marker()).toBeUndefined()
    await page.unrouteAll()
  })

  test('should place the point by a map click and by "use my location" without reloading', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({
      baseURL,
      locale: 'fr-CA',
      permissions: ['geolocation'],
    })
    const page = await context.newPage()
    const marker = () => page.evaluate(() => (window as unknown as { __marker?: number }).__marker)
    await page.goto('/fr/requetes/nouvelle')
    await page.evaluate(() => {
      ;(window as unknown as { __marker?: number }).__marker = 1
    })
    await page.getByLabel('Éclairage de rue').check()
    await page.getByRole('button', { name: 'Continuer' }).click()
    await page.getByLabel(/Décrivez le problème/).fill('Lampadaire éteint.')
    await page.getByRole('button', { name: 'Continuer' }).click()
    await expect(page.locator('[data-step-heading]')).toHaveText(/Étape 3 sur 6/)

    // The map's click, scaled by its script, then sent by this one: the point is kept.
    await page
      .getByRole('button', { name: /Carte de la ville et de ses secteurs/ })
      .click({ position: { x: 320, y: 240 } })
    await expect(page.getByRole('status').filter({ hasText: 'Point enregistré' })).toBeVisible()
    await expect(page.getByLabel(/Le point choisi sur la carte/)).toBeChecked()
    const src = (await page.locator('input[name="carte"]').getAttribute('src')) ?? ''
    const params = new URL(src, 'http://x').searchParams
    const latitude = Number(params.get('lat'))
    const longitude = Number(params.get('lng'))
    expect(latitude).toBeGreaterThan(40)
    expect(await marker()).toBe(1)

    // "Use my location" (its script re-run after the swap) posts the device's position the same way.
    await context.setGeolocation({ latitude: latitude + 0.0005, longitude })
    await page.getByRole('button', { name: 'Utiliser ma position' }).click()
    const shownLatitude = async () =>
      Number(
        new URL(
          (await page.locator('input[name="carte"]').getAttribute('src')) ?? '',
          'http://x',
        ).searchParams.get('lat'),
      )
    await expect
      .poll(async () => Math.abs((await shownLatitude()) - (latitude + 0.0005)) < 0.00001)
      .toBe(true)
    await expect(page.getByLabel(/Le point choisi sur la carte/)).toBeChecked()
    expect(await marker()).toBe(1)
    await expectNoAxeViolations(page)
    await context.close()
  })
})
