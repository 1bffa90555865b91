import { expect, expectNoAxeViolations, test } from './fixtures'

test.describe('home page sections', () => {
  for (const [url, news, events, featured, allNews, allEvents] of [
    [
      '/fr',
      'Dernières actualités',
      'Prochains événements',
      'Services en vedette',
      'Toutes les actualités',
      'Tous les événements',
    ],
    ['/en', 'Latest news', 'Upcoming events', 'Featured services', 'All news', 'All events'],
  ] as const) {
    test(`should show the latest news, the next events and the featured services (when there are any) at ${url}`, async ({
      page,
      request,
      consoleErrors,
    }) => {
      await page.goto(url)
      const newsSection = page.getByRole('region', { name: news })
      await expect(newsSection.getByRole('heading', { level: 3 })).toHaveCount(3)
      await expect(newsSection.getByRole('link', { name: allNews })).toBeVisible()
      const eventsSection = page.getByRole('region', { name: events })
      await expect(eventsSection.getByRole('heading', { level: 3 })).toHaveCount(3)
      await expect(eventsSection.getByRole('link', { name: allEvents })).toBeVisible()
      // The next events are in date order, none of them over.
      const starts = await eventsSection
        .locator('time')
        .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''))
      expect([...starts].sort()).toEqual(starts)
      // Featured services come from the services catalogue, which may have none: then no heading.
      const { totalDocs } = (await (
        await request.get('/api/services?where[isFeatured][equals]=true&limit=1&depth=0')
      ).json()) as { totalDocs: number }
      const featuredSection = page.getByRole('region', { name: featured })
      if (totalDocs === 0)
        await expect(page.getByRole('heading', { name: featured })).toHaveCount(0)
      else
        await expect(featuredSection.getByRole('heading', { level: 3 })).toHaveCount(
          Math.min(totalDocs, 6),
        )
      await expectNoAxeViolations(page)
      expect(consoleErrors).toEqual([])
    })
  }

  test('should open the newest news item from the home page', async ({ page }) => {
    await page.goto('/fr')
    const link = page
      .getByRole('region', { name: 'Dernières actualités' })
      .getByRole('heading', { level: 3 })
      .first()
      .getByRole('link')
    const title = await link.textContent()
    await link.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '')
  })
})

test.describe('notices for an address', () => {
  test('should show the boil-water emergency to an address in Les Berges, from the home page box, without JavaScript', async ({
    browser,
    baseURL,
    page: axePage,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
    const page = await context.newPage()
    await page.goto('/fr')
    await page
      .getByRole('region', { name: 'Collectes et arrosage' })
      .getByLabel('Votre adresse')
      .fill('61 rue des erables')
    await page
      .getByRole('region', { name: 'Collectes et arrosage' })
      .getByRole('button', { name: 'Trouver' })
      .click()
    // A single match: the lookup sends the resident to that address's own page.
    await expect(page).toHaveURL(/\/fr\/collectes\/adresse\/\d+$/)
    await expect(page.getByText('Secteur : Les Berges')).toBeVisible()
    const notices = page.getByRole('region', { name: 'Avis en vigueur dans votre secteur' })
    await expect(
      notices.getByRole('link', { name: 'Avis d’ébullition préventif — secteur Les Berges' }),
    ).toBeVisible()
    await expect(notices.getByText('Urgence').first()).toBeVisible()
    // Only notices in force: the lifted Vieux-Village advisory and the ended Les Berges outage are not here.
    await expect(notices.getByRole('link', { name: /levé|rue du Lac/ })).toHaveCount(0)
    const resultUrl = page.url()
    await context.close()
    await axePage.goto(resultUrl)
    await expectNoAxeViolations(axePage)
  })

  test('should not show a Les Berges notice to an address in another sector', async ({ page }) => {
    let checked = 0
    for (const address of ['11 rue des bouleaux', '551 rue des bouleaux', '551 rue des erables']) {
      await page.goto(`/fr/collectes?adresse=${encodeURIComponent(address)}`)
      const sector = await page.getByText(/^Secteur : /).textContent()
      if (sector === 'Secteur : Les Berges') continue
      checked += 1
      // (The site-wide banner above the page still shows the emergency to everybody.)
      await expect(
        page
          .getByRole('main')
          .getByRole('link', { name: 'Avis d’ébullition préventif — secteur Les Berges' }),
      ).toHaveCount(0)
    }
    expect(checked).toBeGreaterThan(0)
  })

  test('should show the notices for an address in English', async ({ page }) => {
    await page.goto('/en/collections?adresse=61%20rue%20des%20erables')
    const notices = page.getByRole('region', { name: 'Notices in force in your sector' })
    await expect(
      notices.getByRole('link', { name: 'Precautionary boil-water advisory — Lakeshore sector' }),
    ).toBeVisible()
    await expectNoAxeViolations(page)
  })
})
