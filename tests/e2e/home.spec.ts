import { expect, expectNoAxeViolations, test } from './fixtures'

test.describe('public home page', () => {
  test('should render /fr in French with no console error and no axe violation', async ({
    page,
    consoleErrors,
  }, testInfo) => {
    const response = await page.goto('/fr')
    expect(response?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ville de Lac-Azur')
    await expect(page.getByRole('heading', { name: 'Secteurs de la ville' })).toBeVisible()
    await expect(page.getByText('La ville compte 4 secteurs.')).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Travaux publics' })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.screenshot({ path: testInfo.outputPath('fr-home.png'), fullPage: true })
    expect(consoleErrors).toEqual([])
  })

  test('should render /en in English', async ({ page, consoleErrors }) => {
    await page.goto('/en')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('City of Lac-Azur')
    await expect(page.getByRole('heading', { name: 'Public Works' })).toBeVisible()
    await expectNoAxeViolations(page)
    expect(consoleErrors).toEqual([])
  })

  test('should offer a skip link as the first thing a keyboard reaches', async ({ page }) => {
    await page.goto('/fr')
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Aller au contenu principal' })
    await expect(skip).toBeFocused()
    await expect(skip).toBeInViewport()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/#contenu$/)
  })

  test('should switch language from the header link', async ({ page }) => {
    await page.goto('/fr')
    await page.getByRole('link', { name: 'Read this site in English' }).click()
    await expect(page).toHaveURL(/\/en$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('City of Lac-Azur')
  })

  test('should work with JavaScript disabled', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
    const page = await context.newPage()
    await page.goto('/fr')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ville de Lac-Azur')
    await context.close()
  })

  test('should answer an unknown page with a 404 in French and English', async ({ page }) => {
    const response = await page.goto('/fr/cette-page-nexiste-pas')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  })
})

test.describe('language routing', () => {
  for (const [acceptLanguage, target] of [
    ['fr-CA,fr;q=0.9', '/fr'],
    ['en-US,en;q=0.9', '/en'],
    ['de-DE', '/fr'],
    ['', '/fr'],
  ] as const) {
    test(`should send / with Accept-Language "${acceptLanguage}" to ${target}`, async ({
      request,
    }) => {
      const response = await request.get('/', {
        headers: { 'Accept-Language': acceptLanguage },
        maxRedirects: 0,
      })
      expect(response.status()).toBe(307)
      expect(new URL(response.headers().location, 'http://x').pathname).toBe(target)
      expect(response.headers().vary).toContain('Accept-Language')
    })
  }

  test('should keep the rest of the path when adding the language', async ({ request }) => {
    const response = await request.get('/avis?x=1', {
      headers: { 'Accept-Language': 'fr' },
      maxRedirects: 0,
    })
    expect(
      new URL(response.headers().location, 'http://x').pathname +
        new URL(response.headers().location, 'http://x').search,
    ).toBe('/fr/avis?x=1')
  })
})

test.describe('text size', () => {
  test('should enlarge the text and remember the choice on the next page', async ({ page }) => {
    await page.goto('/fr')
    const rootSize = () =>
      page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
    const normal = await rootSize()
    await page.getByRole('button', { name: 'Texte très grand' }).click()
    await expect(page.getByRole('button', { name: 'Texte très grand' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(await rootSize()).toBeCloseTo(normal * 1.25, 1)
    await page.goto('/fr/avis')
    expect(await rootSize()).toBeCloseTo(normal * 1.25, 1)
    await expect(page.getByRole('button', { name: 'Texte très grand' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await page.getByRole('button', { name: 'Texte normal' }).click()
    expect(await rootSize()).toBeCloseTo(normal, 1)
  })
})
