import ICAL from 'ical.js'

import { expect, expectNoAxeViolations, test } from './fixtures'

test.describe('events', () => {
  for (const [url, heading] of [
    ['/fr/evenements', 'Événements'],
    ['/en/events', 'Events'],
  ] as const) {
    test(`should list upcoming events at ${url} with no axe violation`, async ({
      page,
      consoleErrors,
    }) => {
      await page.goto(url)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
      // 20 a page (the `page` parameter), of the three months' occurrences.
      expect(await page.locator('ul.item-list > li').count()).toBe(20)
      await expectNoAxeViolations(page)
      expect(consoleErrors).toEqual([])
    })
  }

  test('should filter by category without JavaScript and open an event with its next dates', async ({
    browser,
    baseURL,
    page,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
    const noJs = await context.newPage()
    await noJs.goto('/fr/evenements')
    await noJs.getByLabel('Catégorie').selectOption('council')
    await noJs.getByRole('button', { name: 'Filtrer' }).click()
    // Without JavaScript the form loads a new document: read it once it has loaded.
    await noJs.waitForURL(/category=council/, { waitUntil: 'load' })
    const titles = await noJs
      .locator('ul.item-list')
      .getByRole('heading', { level: 2 })
      .allTextContents()
    expect(new Set(titles)).toEqual(new Set(['Séance ordinaire du conseil municipal']))
    await context.close()
    await page.goto('/fr/evenements?categorie=council')
    await page.getByRole('link', { name: 'Séance ordinaire du conseil municipal' }).first().click()
    await expect(page.getByRole('heading', { name: 'Prochaines dates' })).toBeVisible()
    await expect(page.getByRole('main').locator('time:not(.event-end)')).toHaveCount(3)
    await expectNoAxeViolations(page)
  })

  test('should download an event as an .ics file a real parser reads, recurrence included', async ({
    page,
    request,
  }) => {
    await page.goto('/fr/evenements/heure-du-conte')
    const href = await page
      .getByRole('link', { name: 'Ajouter à mon agenda (.ics)' })
      .getAttribute('href')
    const response = await request.get(href ?? '')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-disposition']).toContain('heure-du-conte.ics')
    const vevent = new ICAL.Component(ICAL.parse(await response.text())).getFirstSubcomponent(
      'vevent',
    )
    if (!vevent) throw new Error('no VEVENT in the .ics')
    const event = new ICAL.Event(vevent)
    expect(event.summary).toBe('Heure du conte')
    expect(event.isRecurring()).toBe(true)
    expect(vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('America/Toronto')
    expect(event.startDate.hour).toBe(10)
  })
})
