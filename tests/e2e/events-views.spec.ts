import { expect, expectNoAxeViolations, test } from './fixtures'

const zone = 'America/Toronto'
/** Today's local date in the city, 'YYYY-MM-DD' (en-CA formats dates that way). */
const localDate = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(date)
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
const monthName = (month: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  )

test.describe('events month view', () => {
  const today = localDate(new Date())
  const month = today.slice(0, 7)
  const nextMonth = addDays(`${month}-28`, 7).slice(0, 7)

  test('should open this month from the list as an accessible Sunday-first table, today marked', async ({
    page,
    consoleErrors,
  }, testInfo) => {
    await page.goto('/fr/evenements')
    await page.getByRole('link', { name: 'Calendrier du mois' }).click()
    await expect(page).toHaveURL(new RegExp(`/fr/evenements/mois/${month}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `Calendrier des événements — ${monthName(month, 'fr-CA')}`,
    )
    const table = page.getByRole('table', { name: `Événements de ${monthName(month, 'fr-CA')}` })
    await expect(table).toBeVisible()
    await expect(table.getByRole('columnheader')).toHaveText([
      'dim.',
      'lun.',
      'mar.',
      'mer.',
      'jeu.',
      'ven.',
      'sam.',
    ])
    const current = table.locator('td[aria-current="date"]')
    await expect(current).toHaveCount(1)
    await expect(current.locator('time')).toHaveAttribute('datetime', today)
    await expect(current).toContainText('aujourd’hui')
    // "Heure du conte" is every Saturday at 10:00: each of its links sits in the last column.
    const storyTime = table.getByRole('link', { name: /Heure du conte/ })
    expect(await storyTime.count()).toBeGreaterThan(0)
    for (const link of await storyTime.all()) {
      expect(await link.evaluate((a) => (a.closest('td') as HTMLTableCellElement).cellIndex)).toBe(
        6,
      )
      await expect(link).toContainText('10 h 00')
    }
    await expectNoAxeViolations(page)
    await page.screenshot({ path: testInfo.outputPath('fr-month.png'), fullPage: true })
    expect(consoleErrors).toEqual([])
    await page.getByRole('link', { name: 'Voir la liste des événements' }).click()
    await expect(page).toHaveURL(/\/fr\/evenements$/)
  })

  test('should go to the next month and back, and open an event from a day', async ({ page }) => {
    await page.goto(`/fr/evenements/mois/${month}`)
    await page
      .getByRole('link', { name: `Mois suivant : ${monthName(nextMonth, 'fr-CA')}` })
      .click()
    await expect(page).toHaveURL(new RegExp(`/fr/evenements/mois/${nextMonth}$`))
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      monthName(nextMonth, 'fr-CA'),
    )
    // The seed has events in the next month too, and none of them is "today".
    await expect(page.locator('td[aria-current="date"]')).toHaveCount(0)
    const first = page.getByRole('table').getByRole('link').first()
    const title = (await first.textContent())?.replace(/^\d+ h \d+\s*/, '').trim() ?? ''
    await first.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await page.goto(`/fr/evenements/mois/${nextMonth}`)
    await page.getByRole('link', { name: `Mois précédent : ${monthName(month, 'fr-CA')}` }).click()
    await expect(page).toHaveURL(new RegExp(`/fr/evenements/mois/${month}$`))
  })

  test('should render the month in English at /en/events/month with no axe violation', async ({
    page,
    consoleErrors,
  }) => {
    const response = await page.goto(`/en/events/month/${month}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `Events calendar — ${monthName(month, 'en-CA')}`,
    )
    await expect(page.getByRole('table').getByRole('columnheader').first()).toHaveText('Sun')
    await expect(page.locator('td[aria-current="date"]')).toContainText('today')
    await page.getByRole('link', { name: /^Next month:/ }).click()
    await expect(page).toHaveURL(new RegExp(`/en/events/month/${nextMonth}$`))
    await expectNoAxeViolations(page)
    expect(consoleErrors).toEqual([])
  })

  test('should turn the grid into a list of days on a phone, without horizontal scrolling', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto(`/fr/evenements/mois/${month}`)
    await expect(page.getByRole('table').locator('thead')).toBeHidden()
    const storyDay = page
      .locator('td', { has: page.getByRole('link', { name: /Heure du conte/ }) })
      .first()
    await expect(storyDay.locator('.month-weekday')).toBeVisible()
    await expect(storyDay.locator('.month-weekday')).toHaveText(/samedi/)
    // The calendar itself fits the screen (it neither overflows nor sticks out of the viewport).
    const table = page.getByRole('table')
    expect(
      await table.evaluate(
        (t) => t.scrollWidth <= t.clientWidth && t.getBoundingClientRect().right <= 360,
      ),
    ).toBe(true)
    await expectNoAxeViolations(page)
    await page.screenshot({ path: testInfo.outputPath('fr-month-phone.png'), fullPage: true })
  })

  test('should serve a month from the page cache after its first visit', async ({ request }) => {
    const url = `/fr/evenements/mois/${nextMonth}`
    expect((await request.get(url)).status()).toBe(200)
    const again = await request.get(url)
    expect(again.status()).toBe(200)
    expect(again.headers()['x-nextjs-cache']).toBe('HIT')
  })

  test('should send /fr/evenements/mois to this month and answer 404 for a malformed or far-off month', async ({
    page,
    request,
  }) => {
    await page.goto('/fr/evenements/mois')
    await expect(page).toHaveURL(new RegExp(`/fr/evenements/mois/${month}$`))
    for (const bad of ['2026-13', 'decembre', '3000-01', '1999-12']) {
      const response = await request.get(`/fr/evenements/mois/${bad}`)
      expect(response.status(), bad).toBe(404)
    }
  })
})

test.describe('events date filters', () => {
  test('should filter by dates and category without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
    const page = await context.newPage()
    await page.goto('/fr/evenements')
    const all = await page.locator('ul.item-list > li').count()
    const from = addDays(localDate(new Date()), 7)
    const to = addDays(from, 13)
    await page.getByLabel('Du', { exact: true }).fill(from)
    await page.getByLabel('Au', { exact: true }).fill(to)
    await page.getByRole('button', { name: 'Filtrer' }).click()
    await page.waitForURL(new RegExp(`from=${from}&to=${to}`), { waitUntil: 'load' })
    await expect(page.getByLabel('Du', { exact: true })).toHaveValue(from)
    await expect(page.getByLabel('Au', { exact: true })).toHaveValue(to)
    const starts = await page
      .locator('ul.item-list > li time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''))
    expect(starts.length).toBeGreaterThan(0)
    expect(starts.length).toBeLessThan(all)
    for (const start of starts) {
      expect(localDate(new Date(start)) >= from && localDate(new Date(start)) <= to, start).toBe(
        true,
      )
    }
    await page.getByLabel('Catégorie').selectOption('culture')
    await page.getByRole('button', { name: 'Filtrer' }).click()
    await page.waitForURL(new RegExp(`category=culture&from=${from}&to=${to}`), {
      waitUntil: 'load',
    })
    const tags = await page.locator('ul.item-list > li .tag').allTextContents()
    expect(tags.length).toBeGreaterThan(0)
    expect(new Set(tags)).toEqual(new Set(['Culture']))
    await context.close()
  })

  test('should explain bad dates on the page and list the next three months, in French and English', async ({
    page,
    consoleErrors,
  }) => {
    const response = await page.goto('/fr/evenements?du=2026-02-30&au=bientot')
    expect(response?.status()).toBe(200)
    const alert = page.getByRole('alert').filter({ hasText: 'date de début' })
    await expect(alert).toContainText('La date de début « 2026-02-30 » n’est pas une date valide')
    await expect(alert).toContainText('La date de fin « bientot » n’est pas une date valide')
    await expect(alert).toContainText('trois prochains mois')
    expect(await page.locator('ul.item-list > li').count()).toBe(20)
    await expect(page.getByRole('navigation', { name: 'Pages d’événements' })).toBeVisible()
    await expectNoAxeViolations(page)

    await page.goto('/fr/evenements?du=2027-01-10&au=2027-01-01')
    await expect(page.getByRole('alert').filter({ hasText: 'précède' })).toBeVisible()
    // The English keys the form now writes say the same.
    await page.goto('/fr/evenements?from=2027-01-10&to=2027-01-01')
    await expect(page.getByRole('alert').filter({ hasText: 'précède' })).toBeVisible()

    const english = await page.goto('/en/events?du=yesterday')
    expect(english?.status()).toBe(200)
    await expect(page.getByRole('alert').filter({ hasText: 'start date' })).toContainText(
      'The start date "yesterday" is not a valid date',
    )
    await expectNoAxeViolations(page)
    expect(consoleErrors).toEqual([])
  })

  test('should shorten a range over 366 days and say so', async ({ page }) => {
    const from = localDate(new Date())
    const response = await page.goto(`/fr/evenements?du=${from}&au=${addDays(from, 800)}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('alert').filter({ hasText: 'Une recherche' })).toContainText(
      'au plus 366 jours',
    )
    await expect(page.getByLabel('Au', { exact: true })).toHaveValue(addDays(from, 365))
  })
})
