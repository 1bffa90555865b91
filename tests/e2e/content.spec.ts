import { expect, expectNoAxeViolations, test } from './fixtures'

const templates = [
  {
    name: 'news list',
    fr: '/fr/actualites',
    en: '/en/news',
    heading: { fr: 'Actualités', en: 'News' },
  },
  {
    name: 'notices list',
    fr: '/fr/avis',
    en: '/en/notices',
    heading: { fr: 'Avis publics', en: 'Public notices' },
  },
]

test.describe('content templates', () => {
  for (const template of templates) {
    for (const locale of ['fr', 'en'] as const) {
      test(`should render the ${template.name} in ${locale} with no axe violation`, async ({
        page,
        consoleErrors,
      }) => {
        const response = await page.goto(template[locale])
        expect(response?.status()).toBe(200)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(template.heading[locale])
        await expectNoAxeViolations(page)
        expect(consoleErrors).toEqual([])
      })
    }
  }

  test('should open a news item from the list, in French and in English, with no axe violation', async ({
    page,
  }) => {
    await page.goto('/fr/actualites')
    await page
      .getByRole('link', { name: 'Budget 2027 : le compte de taxes augmente de 2,1 %' })
      .click()
    await expect(page).toHaveURL(
      /\/fr\/actualites\/budget-2027-le-compte-de-taxes-augmente-de-2-1$/,
    )
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Budget 2027 : le compte de taxes augmente de 2,1 %',
    )
    await expectNoAxeViolations(page)
    await page.goto('/en/news')
    await page.getByRole('link', { name: '2027 budget: tax bills rise 2.1%' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '2027 budget: tax bills rise 2.1%',
    )
    await expectNoAxeViolations(page)
  })

  test('should page through the news without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
    const page = await context.newPage()
    await page.goto('/fr/actualites')
    await expect(page.getByText('Page 1 de 3')).toBeVisible()
    await page.getByRole('link', { name: 'Page suivante' }).click()
    await expect(page.getByText('Page 2 de 3')).toBeVisible()
    await context.close()
  })

  test('should show the emergency before the warning in the site-wide banner, on every page', async ({
    page,
  }) => {
    for (const path of ['/fr', '/fr/actualites', '/fr/avis']) {
      await page.goto(path)
      const banner = page.getByRole('region', { name: 'Alertes en cours' })
      const alerts = banner.getByRole('listitem')
      await expect(alerts).toHaveCount(2)
      await expect(alerts.nth(0)).toContainText('Urgence')
      await expect(alerts.nth(0)).toContainText('Avis d’ébullition préventif — secteur Les Berges')
      await expect(alerts.nth(1)).toContainText('Avertissement')
    }
  })

  test('should filter notices by kind and sector, and show the archive, without JavaScript', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
    const page = await context.newPage()
    await page.goto('/fr/avis')
    await page.getByLabel('Type d’avis').selectOption('boil-water')
    await page.getByLabel('Secteur').selectOption({ label: 'Les Berges' })
    await page.getByRole('button', { name: 'Filtrer' }).click()
    await expect(page).toHaveURL(/type=boil-water/)
    const titles = page.getByRole('main').getByRole('heading', { level: 2 })
    await expect(titles).toHaveText(['Avis d’ébullition préventif — secteur Les Berges'])
    await page.goto('/fr/avis?archives=1')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archives des avis publics')
    await expect(
      page.getByRole('link', { name: 'Avis d’ébullition levé — Vieux-Village' }),
    ).toBeVisible()
    await context.close()
  })

  test('should show a notice with its instructions, and a 404 for an unknown one', async ({
    page,
  }) => {
    await page.goto('/fr/avis/avis-d-ebullition-preventif-secteur-les-berges')
    await expect(page.getByRole('heading', { name: 'Consignes' })).toBeVisible()
    await expectNoAxeViolations(page)
    const response = await page.goto('/fr/avis/nexiste-pas')
    expect(response?.status()).toBe(404)
  })

  test('should show a news item on the site within seconds of an editor publishing it', async ({
    page,
    request,
    accounts,
  }) => {
    const login = await request.post('/api/users/login', { data: accounts.editor })
    const { token } = (await login.json()) as { token: string }
    const headers = { Authorization: `JWT ${token}` }
    const created = await request.post('/api/news?locale=fr', {
      headers,
      data: {
        title: 'Ouverture de la plage d’hiver',
        summary: 'Une glissade et un anneau de glace au parc du Lac.',
        _status: 'draft',
      },
    })
    expect(created.status()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
    expect(doc.slug).toBe('ouverture-de-la-plage-d-hiver')
    // A draft is not public.
    expect((await page.goto(`/fr/actualites/${doc.slug}`))?.status()).toBe(404)
    await page.goto('/fr/actualites')
    await expect(page.getByRole('link', { name: 'Ouverture de la plage d’hiver' })).toHaveCount(0)
    const published = await request.patch(`/api/news/${doc.id}?locale=fr`, {
      headers,
      data: { _status: 'published' },
    })
    expect(published.status()).toBe(200)
    await expect(async () => {
      await page.goto('/fr/actualites')
      expect(await page.getByRole('link', { name: 'Ouverture de la plage d’hiver' }).count()).toBe(
        1,
      )
    }).toPass({ timeout: 5_000 })
  })
})
