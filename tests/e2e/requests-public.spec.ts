import { expect, expectNoAxeViolations, test } from './fixtures'

test.describe('Service requests: map click, public list and "me too"', () => {
  test('should place a request with a click on the map without JavaScript, list it without personal data, and count "me too" once', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
    const page = await context.newPage()
    await page.goto('/fr/requetes/nouvelle')
    await page.getByLabel('Éclairage de rue').check()
    await page.getByRole('button', { name: 'Continuer' }).click()
    await page
      .getByLabel(/Décrivez le problème/)
      .fill('Lampadaire éteint, appelez Gisèle Privée au 819-555-0123')
    await page.getByRole('button', { name: 'Continuer' }).click()
    await expect(page.getByRole('heading', { name: /^Étape 3 sur 6/ })).toBeVisible()

    // Without JavaScript the "use my location" button stays hidden; the map is a plain image button.
    await expect(page.getByRole('button', { name: 'Utiliser ma position' })).toBeHidden()
    const map = page.getByRole('button', { name: /Carte de la ville et de ses secteurs/ })
    await map.click({ position: { x: 2, y: 2 } })
    await expect(page.getByRole('alert')).toContainText('hors des limites de la ville')
    // From the keyboard the image button has no point to give: the page says to search an address.
    await page.getByRole('button', { name: /Carte de la ville et de ses secteurs/ }).press('Enter')
    await expect(page.getByRole('alert')).toContainText('Au clavier, cherchez plutôt l’adresse')
    await page
      .getByRole('button', { name: /Carte de la ville et de ses secteurs/ })
      .click({ position: { x: 320, y: 240 } })
    await expect(page.getByRole('status')).toContainText('Point enregistré dans le secteur')
    await expect(page.getByLabel(/Le point choisi sur la carte/)).toBeChecked()
    // The map now shows the point.
    await expect(page.locator('input[name="carte"]')).toHaveAttribute(
      'src',
      /lat=46\.\d+&lng=-71\.\d+/,
    )
    await page.getByRole('button', { name: 'Continuer' }).click()
    await expect(page.getByRole('heading', { name: /^Étape 4 sur 6/ })).toBeVisible()
    await page.getByRole('button', { name: 'Continuer' }).click()
    await page.getByRole('button', { name: 'Continuer' }).click()
    await expect(page.getByRole('heading', { name: /^Étape 6 sur 6/ })).toBeVisible()
    await expect(page.getByText(/Point sur la carte, secteur/)).toBeVisible()
    await page.getByRole('button', { name: 'Envoyer la requête' }).click()
    await expect(page.getByRole('status')).toContainText('Merci')
    const number = /(\d{4}-\d{6})/.exec(
      (await page.locator('.request-number').textContent()) ?? '',
    )?.[1]
    expect(number).toBeTruthy()

    // The public list shows it at once (the cache tag was expired), without the description.
    await page.goto('/fr/requetes')
    await expect(page.getByRole('heading', { level: 1, name: 'Requêtes ouvertes' })).toBeVisible()
    const entry = page.locator(`#requete-${number}`)
    await expect(entry).toContainText('Éclairage de rue')
    await expect(entry).toContainText('Reçue')
    await expect(page.getByText(/Gisèle|819-555-0123/)).toHaveCount(0)

    // "Moi aussi" without JavaScript: a plain form post, back to the list with a confirmation.
    await entry.getByRole('button', { name: `Moi aussi : suivre la requête ${number}` }).click()
    await expect(
      page.getByRole('status').filter({ hasText: 'Vous suivez maintenant' }),
    ).toContainText(number!)
    await expect(page.locator(`#requete-${number}`)).toContainText('1 personne la suit aussi')
    await expect(page.locator(`#requete-${number}`)).toContainText('Vous suivez cette requête.')

    // Reporting the same problem again: before sending, the form shows the open request nearby.
    await page.goto('/fr/requetes/nouvelle')
    await page.getByLabel('Éclairage de rue').check()
    await page.getByRole('button', { name: 'Continuer' }).click()
    await page.getByLabel(/Décrivez le problème/).fill('Le lampadaire est encore éteint.')
    await page.getByRole('button', { name: 'Continuer' }).click()
    await page
      .getByRole('button', { name: /Carte de la ville et de ses secteurs/ })
      .click({ position: { x: 321, y: 241 } })
    await page.getByRole('button', { name: 'Continuer' }).click()
    await page.getByRole('button', { name: 'Continuer' }).click()
    await page.getByRole('button', { name: 'Continuer' }).click()
    await expect(page.getByRole('heading', { name: /^Étape 6 sur 6/ })).toBeVisible()
    const nearby = page.getByRole('region', { name: 'Déjà signalé près d’ici ?' })
    await expect(nearby).toContainText(number!)
    // This browser already said "me too": it is not offered twice.
    await expect(nearby).toContainText('Vous suivez cette requête.')
    await context.close()
  })

  test('should filter the list by type and sector, link the map points and pass axe, in French and English', async ({
    page,
  }) => {
    await page.goto('/fr/requetes/nouvelle')
    await page.getByLabel('Graffiti').check()
    await page.getByRole('button', { name: 'Continuer' }).click()
    await page.getByLabel(/Décrivez le problème/).fill('Un tag sur la boîte postale.')
    await page.getByRole('button', { name: 'Continuer' }).click()
    await expect(page.getByRole('button', { name: 'Utiliser ma position' })).toBeVisible()
    await expectNoAxeViolations(page)
    // With JavaScript the map shrinks to a narrow screen and the script scales the click back.
    await page.setViewportSize({ width: 360, height: 800 })
    const map = page.getByRole('button', { name: /Carte de la ville et de ses secteurs/ })
    const box = (await map.boundingBox())!
    expect(box.width).toBeLessThan(360)
    await map.click({ position: { x: box.width / 2, y: box.height / 2 } })
    await expect(page.getByRole('status').first()).toContainText('Point enregistré')
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.getByRole('button', { name: 'Continuer' }).click()
    await page.getByRole('button', { name: 'Continuer' }).click()
    await page.getByLabel('Non').check()
    await page.getByRole('button', { name: 'Continuer' }).click()
    await page.getByRole('button', { name: 'Envoyer la requête' }).click()
    const number = /(\d{4}-\d{6})/.exec(
      (await page.locator('.request-number').textContent()) ?? '',
    )?.[1]
    expect(number).toBeTruthy()

    await page.goto('/fr/requetes')
    await expectNoAxeViolations(page)
    await page.getByLabel('Type').selectOption({ label: 'Graffiti' })
    await page.getByRole('button', { name: 'Filtrer' }).click()
    await expect(page).toHaveURL(/[?&]type=\d+/)
    await expect(page.locator(`#requete-${number}`)).toBeVisible()
    await expect(
      page.locator('.request-public-list > li h3').filter({ hasNotText: 'Graffiti' }),
    ).toHaveCount(0)
    await page.getByLabel('Type').selectOption({ label: 'Nid-de-poule' })
    await page.getByRole('button', { name: 'Filtrer' }).click()
    await expect(page.locator(`#requete-${number}`)).toHaveCount(0)

    // Each point of the map is a link to its request (the list is the accessible equivalent).
    await page.goto('/fr/requetes')
    await page.getByRole('link', { name: new RegExp(`Requête ${number} : Graffiti`) }).click()
    // Alone at its point, the link shows that request; sharing a rounded point (~100 m), it shows that point's requests.
    await expect(page).toHaveURL(
      new RegExp(`number=${number}|place=\\d+\\.\\d{3}%2C-\\d+\\.\\d{3}`),
    )
    await expect(page.locator(`#requete-${number}`)).toBeVisible()
    await page.getByRole('button', { name: `Moi aussi : suivre la requête ${number}` }).click()
    await expect(page.locator(`#requete-${number}`)).toContainText('1 personne la suit aussi')
    await expectNoAxeViolations(page)

    await expect(page.locator(`#requete-${number}`)).toContainText('Vous suivez cette requête.')

    // The list is the same cached page for everyone: on a later visit "Me too" is offered again,
    // and pressing it twice counts once.
    await page.goto('/en/requests')
    await expect(page.getByRole('heading', { level: 1, name: 'Open requests' })).toBeVisible()
    await page.getByRole('button', { name: `Me too: follow request ${number}` }).click()
    await expect(page.locator('#moi-aussi-confirmation')).toContainText(
      `You already followed request ${number}`,
    )
    await expect(page.locator(`#requete-${number}`)).toContainText('1 person follows it too')
    await expect(page.locator(`#requete-${number}`)).toContainText('You follow this request.')
    await expectNoAxeViolations(page)
  })
})
