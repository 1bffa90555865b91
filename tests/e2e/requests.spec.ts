import sharp from 'sharp'

import { expect, expectNoAxeViolations, lastMailTo, test } from './fixtures'

test.describe('Service requests (311)', () => {
  test('should report a pothole with a photo and a map location without an account, follow it with the secret link, see it resolved by an agent in the admin, rate it and reopen it', async ({
    page,
    request,
    accounts,
    browser,
    baseURL,
  }) => {
    await page.goto('/fr/requetes/nouvelle')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Signaler un problème' }),
    ).toBeVisible()
    await expectNoAxeViolations(page)
    // The type list is searchable without JavaScript (a GET form).
    await page.getByLabel('Rechercher un type').fill('nid de poule')
    await page.getByRole('button', { name: 'Filtrer' }).click()
    await expect(page.getByLabel('Graffiti')).toHaveCount(0)
    await page.getByLabel('Nid-de-poule').check()
    await page.getByRole('button', { name: 'Continuer' }).click()

    await expect(page.getByRole('heading', { name: /^Étape 2 sur 6/ })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByLabel(/Décrivez le problème/).fill('Un trou profond dans la voie de droite.')
    await page.getByRole('button', { name: 'Continuer' }).click()

    await expect(page.getByRole('heading', { name: /^Étape 3 sur 6/ })).toBeVisible()
    await page.getByLabel('Adresse la plus proche').fill('principale')
    await page.getByRole('button', { name: 'Chercher l’adresse' }).click()
    await expectNoAxeViolations(page)
    await expect(page.getByRole('radio').first()).toBeVisible()
    // The resident places the pothole on the city map instead (the middle of the city).
    const map = page.getByRole('button', { name: /Carte de la ville et de ses secteurs/ })
    const box = (await map.boundingBox())!
    await map.click({ position: { x: box.width / 2, y: box.height / 2 } })
    await expect(page.getByText(/Point enregistré dans le secteur/)).toBeVisible()
    await expect(page.getByLabel(/Le point choisi sur la carte/)).toBeChecked()
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Continuer' }).click()

    // Photos: one JPEG with a GPS position, re-encoded without it.
    await expect(page.getByRole('heading', { name: /^Étape 4 sur 6/ })).toBeVisible()
    const photo = await sharp({
      create: { width: 1200, height: 900, channels: 3, background: '#555' },
    })
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '45/1 30/1 0/1' } })
      .toBuffer()
    await page
      .getByLabel('Ajouter des photos (facultatif)')
      .setInputFiles({ name: 'nid.jpg', mimeType: 'image/jpeg', buffer: photo })
    await page.getByRole('button', { name: 'Ajouter ces photos' }).click()
    await expect(page.getByRole('heading', { name: 'Photos ajoutées : 1 sur 5' })).toBeVisible()
    await expect(page.getByRole('img', { name: 'Photo 1 de votre signalement' })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Continuer' }).click()

    await expect(page.getByRole('heading', { name: /^Étape 5 sur 6/ })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByLabel('Plus de 1 m').check()
    await page.getByLabel('Chaussée').check()
    await page.getByRole('button', { name: 'Continuer' }).click()

    await expect(page.getByRole('heading', { name: /^Étape 6 sur 6/ })).toBeVisible()
    await expect(page.getByText(/Point sur la carte, secteur/)).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByLabel('Courriel').fill('temoin@example.test')
    await page.getByRole('button', { name: 'Envoyer la requête' }).click()

    await expect(page.getByRole('status')).toContainText('Merci')
    const number = /(\d{4}-\d{6})/.exec(
      (await page.locator('.request-number').textContent()) ?? '',
    )?.[1]
    expect(number).toBeTruthy()
    const followLink = await page.locator('.request-link a').getAttribute('href')
    expect(followLink).toMatch(new RegExp(`/fr/requetes/${number}\\?token=[A-Za-z0-9_-]{43}$`))
    await expect(page.getByText('Reçue', { exact: true })).toBeVisible()
    await expectNoAxeViolations(page)

    // Without the secret, the number alone shows nothing.
    const bare = await page.request.get(`/fr/requetes/${number}`)
    expect(bare.status()).toBe(404)

    // The follow-up page shows the photo to the holder of the secret link (served by Payload's file route).
    const photoOnPage = page.getByRole('img', { name: 'Photo 1 jointe à la requête' })
    await expect(photoOnPage).toBeVisible()
    expect(
      await photoOnPage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    ).toBe(true)

    // The agent of the roads department resolves it in the admin, with a public note.
    const staff = await browser.newPage({ baseURL, locale: 'fr-CA' })
    await staff.goto('/admin/login')
    await staff.getByLabel(/e-mail|courriel/i).fill(accounts.agent.email)
    await staff.getByLabel(/mot de passe/i).fill(accounts.agent.password)
    await staff.getByRole('button', { name: /connexion|se connecter/i }).click()
    await expect(staff).toHaveURL(/\/admin\/?$/)
    // The dashboard counts their department's requests, each figure a link to the filtered list.
    await expect(
      staff.getByRole('heading', { name: 'Requêtes des résidents — Votre service' }),
    ).toBeVisible()
    await expect(staff.getByRole('rowheader', { name: 'Travaux publics' })).toBeVisible()
    // Its "open" figure opens the list filtered the same way, with the quick filters above it.
    await staff
      .getByRole('row', { name: /Travaux publics/ })
      .getByRole('link')
      .first()
      .click()
    await expect(staff).toHaveURL(/\/admin\/collections\/service-requests\?where/)
    await expect(staff.getByRole('link', { name: number! })).toBeVisible()
    await expect(
      staff
        .getByRole('navigation', { name: 'Filtres rapides' })
        .getByRole('link', { name: /^En retard/ }),
    ).toBeVisible()
    // The list, filtered by number, links to the request.
    await staff.goto(`/admin/collections/service-requests?where[trackingNumber][equals]=${number}`)
    await staff.getByRole('link', { name: number! }).first().click()
    await expect(staff).toHaveURL(/\/admin\/collections\/service-requests\/\d+$/)
    const docId = /(\d+)$/.exec(new URL(staff.url()).pathname)![1]
    await expect(staff.getByRole('heading', { name: 'Historique' })).toBeVisible()
    await expect(staff.getByRole('img', { name: 'Photo 1 de la requête' })).toBeVisible()
    await staff.locator('#field-status').click()
    await staff.getByRole('option', { name: 'Résolue', exact: true }).click()
    await staff.locator('#field-note').fill('Réparé ce matin.')
    await staff.locator('#field-isNotePublic').check()
    const saved = staff.waitForResponse(
      (r) => r.url().includes(`/api/service-requests/${docId}`) && r.request().method() === 'PATCH',
    )
    await staff.getByRole('button', { name: 'Sauvegarder' }).click()
    expect((await saved).status()).toBe(200)
    // The history panel shows the change and the public note.
    await staff.reload()
    await expect(staff.getByText('Réparé ce matin.').first()).toBeVisible()
    await expect(staff.getByText('Visible par le demandeur').first()).toBeVisible()
    await staff.close()

    // The email to the address left on the form says so, with the follow-up link.
    await expect
      .poll(async () => (await lastMailTo('temoin@example.test', { timeoutMs: 0 })).subject, {
        timeout: 20_000,
      })
      .toBe(`Requête ${number} : Résolue`)
    const last = await lastMailTo('temoin@example.test')
    expect(last.subject).toBe(`Requête ${number} : Résolue`)
    expect(last.text).toContain('Réparé ce matin.')
    expect(last.text).toContain(new URL(followLink!).search)

    await page.goto(new URL(followLink!).pathname + new URL(followLink!).search)
    await expect(page.getByText('Résolue', { exact: true }).first()).toBeVisible()
    await expect(page.getByText('Réparé ce matin.')).toBeVisible()
    await expectNoAxeViolations(page)

    // Satisfaction, once (a plain POST form, no JavaScript needed).
    await page.getByLabel('4 — Satisfait').check()
    await page.getByLabel('Commentaire (facultatif)').fill('Rapide, merci.')
    await page.getByRole('button', { name: 'Envoyer mon appréciation' }).click()
    await expect(page.getByRole('status')).toContainText('Merci pour votre appréciation')
    await expect(page.getByRole('button', { name: 'Envoyer mon appréciation' })).toHaveCount(0)
    await expectNoAxeViolations(page)

    // Not fixed after all: the resident reopens it with a reason, within 14 days.
    await page.getByLabel(/Ce qui n’est pas réglé/).fill('Le trou s’est rouvert après la pluie.')
    await page.getByRole('button', { name: 'Rouvrir' }).click()
    await expect(page.getByRole('status')).toContainText('Votre requête a été rouverte')
    await expect(page.getByText('En cours', { exact: true }).first()).toBeVisible()
    await expect(page.getByText('Le trou s’est rouvert après la pluie.')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Rouvrir' })).toHaveCount(0)
    await expectNoAxeViolations(page)
  })

  test('should serve the form in English at /en/requests/new', async ({ page }) => {
    await page.goto('/en/requests/new')
    await expect(page.getByRole('heading', { level: 1, name: 'Report a problem' })).toBeVisible()
    await expect(page.getByLabel('Pothole')).toBeVisible()
    await expectNoAxeViolations(page)
  })
})
