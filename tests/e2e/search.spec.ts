import { expect, expectNoAxeViolations, test } from './fixtures'

test.describe('site search', () => {
  test('should find a French notice without its accents, with no axe violation', async ({
    page,
    consoleErrors,
  }) => {
    const response = await page.goto('/fr/recherche')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recherche')
    await expectNoAxeViolations(page)
    await page.getByLabel('Mots recherchés').fill('deneigement')
    await page.getByRole('button', { name: 'Rechercher' }).click()
    await expect(page).toHaveURL(/\/fr\/recherche\?q=deneigement/)
    await expect(page.getByRole('status')).toContainText('pour « deneigement »')
    const results = page.getByRole('list', { name: 'Résultats de la recherche' })
    await expect(
      results.getByRole('link', { name: 'Opération de déneigement — Le Plateau' }),
    ).toBeVisible()
    await expectNoAxeViolations(page)
    await results.getByRole('link', { name: 'Opération de déneigement — Le Plateau' }).click()
    await expect(page).toHaveURL(/\/fr\/avis\//)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Opération de déneigement — Le Plateau',
    )
    expect(consoleErrors).toEqual([])
  })

  test('should search in English with English stemming, with no axe violation', async ({
    page,
    consoleErrors,
  }) => {
    const response = await page.goto('/en/search?q=pothole')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search')
    await expect(
      page
        .getByRole('list', { name: 'Search results' })
        .getByRole('link', { name: 'Report potholes in a few clicks' }),
    ).toBeVisible()
    await expectNoAxeViolations(page)
    expect(consoleErrors).toEqual([])
  })

  test('should search, filter by type and offer suggestions without JavaScript', async ({
    browser,
    baseURL,
    page: axePage,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
    const page = await context.newPage()
    await page.goto('/fr')
    await page.getByRole('link', { name: 'Rechercher' }).click()
    await expect(page).toHaveURL(/\/fr\/recherche$/)
    await page.getByLabel('Mots recherchés').fill('deneigement')
    await page.getByLabel('Type de contenu').selectOption('notices')
    await page.getByRole('button', { name: 'Rechercher' }).click()
    await expect(page).toHaveURL(/q=deneigement&type=notices/)
    const results = page.getByRole('list', { name: 'Résultats de la recherche' })
    await expect(results.getByRole('listitem').first()).toContainText('Avis')
    await expect(
      results.getByRole('link', { name: 'Opération de déneigement — Le Plateau' }),
    ).toBeVisible()
    await expect(results.getByRole('link', { name: /Stationnement de nuit/ })).toHaveCount(0)

    // A typo finds nothing: the page says so and proposes the right word and similar titles.
    await page.getByLabel('Mots recherchés').fill('deneigment')
    await page.getByLabel('Type de contenu').selectOption('')
    await page.getByRole('button', { name: 'Rechercher' }).click()
    await expect(page.getByRole('status')).toHaveText('Aucun résultat pour « deneigment ».')
    await expect(
      page
        .getByRole('list', { name: 'Pages au titre semblable :' })
        .getByRole('link', { name: 'Opération de déneigement — Le Plateau' }),
    ).toBeVisible()
    await page.getByRole('link', { name: 'déneigement', exact: true }).click()
    await expect(page).toHaveURL(/q=d%C3%A9neigement/)
    await expect(page.getByRole('status')).toContainText('pour « déneigement »')
    await context.close()

    // The same no-result page, checked by axe with JavaScript on.
    await axePage.goto('/fr/recherche?q=deneigment')
    await expect(axePage.getByText('Vouliez-vous dire :')).toBeVisible()
    await expectNoAxeViolations(axePage)
  })

  test('should answer odd or over-long queries with a page, never an error', async ({ page }) => {
    for (const q of ["'); DROP TABLE search; --", ':* & | !', '"""', 'x'.repeat(3000)]) {
      const response = await page.goto(
        `/fr/recherche?q=${encodeURIComponent(q)}&type=bogus&page=-3`,
      )
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('status')).toBeVisible()
    }
    await expect(page.getByRole('status')).toContainText('raccourcie à 100 caractères')
  })
})
