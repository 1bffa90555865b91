import { expect, expectNoAxeViolations, test } from './fixtures'

test.describe('collection days by address', () => {
  test('should find an address and show its next collections and watering rules without JavaScript', async ({
    browser,
    baseURL,
    page: axePage,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
    const page = await context.newPage()
    await page.goto('/fr/collectes')
    // Accents are optional: "erables" finds "Érables".
    await page.getByLabel('Votre adresse').fill('61 rue des erables')
    await page.getByRole('button', { name: 'Trouver' }).click()
    // A single exact match is shown at once (161 and 261 rue des Érables are not offered).
    await expect(
      page.getByRole('heading', { name: 'Prochaines collectes — 61, rue des Érables' }),
    ).toBeVisible()
    await expect(page.getByText('Secteur : Les Berges')).toBeVisible()
    const days = page.getByRole('main').locator('ul.item-list > li')
    expect(await days.count()).toBeGreaterThanOrEqual(8)
    await expect(days.first()).toContainText('Ordures ménagères')
    // 61 is odd: only the odd-number watering rule applies.
    await expect(page.getByText('Arrosage — numéros impairs')).toBeVisible()
    await expect(page.getByText('Arrosage — numéros pairs')).toHaveCount(0)
    // Winter: the sector's snow operation, with the parking ban residents must know about.
    const snow = page.getByRole('region', { name: 'Déneigement dans votre secteur' })
    await expect(snow.getByRole('heading', { name: 'Chargement de la neige' })).toBeVisible()
    await expect(snow).toContainText('Stationnement interdit dans la rue pendant l’opération.')
    const ics = await page
      .getByRole('main')
      .getByRole('link', { name: /iCalendar/ })
      .getAttribute('href')
    expect(ics).toBe('/fr/collectes/les-berges.ics')
    const resultUrl = page.url()
    // The lookup sends a single match to the address's own page, which the page cache serves.
    expect(new URL(resultUrl).pathname).toMatch(/^\/fr\/collectes\/adresse\/\d+$/)
    const again = await context.request.get(resultUrl)
    const cached = again.headers()
    expect(
      cached['x-micro-cache'] === 'HIT' || /HIT|STALE/.test(cached['x-nextjs-cache'] ?? ''),
    ).toBe(true)
    const english = await context.request.get(
      resultUrl.replace('/fr/collectes/adresse/', '/en/collections/address/'),
    )
    expect(english.status()).toBe(200)
    expect(await english.text()).toContain('Next collections — 61, rue des Érables')
    await context.close()
    // axe-core runs inside the page, so the accessibility checks use a page with JavaScript on.
    for (const url of ['/fr/collectes', resultUrl]) {
      await axePage.goto(url)
      await expectNoAxeViolations(axePage)
    }
  })

  test('should offer a choice when several addresses match', async ({ page }) => {
    await page.goto('/fr/collectes')
    await page.getByLabel('Votre adresse').fill('61 avenue')
    await page.getByRole('button', { name: 'Trouver' }).click()
    await expect(page.getByRole('heading', { name: 'Choisissez votre adresse' })).toBeVisible()
    await page.getByRole('link', { name: /^61, avenue Champlain/ }).click()
    await expect(
      page.getByRole('heading', { name: 'Prochaines collectes — 61, avenue Champlain' }),
    ).toBeVisible()
  })

  test('should say so when no address matches, in English too', async ({ page }) => {
    await page.goto('/en/collections?adresse=9999%20nowhere%20street')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Collections and watering')
    await expect(page.getByRole('status')).toContainText('No address matches')
    await expectNoAxeViolations(page)
  })
})
