import { expect, expectNoAxeViolations, test } from './fixtures'

test.describe('services catalogue', () => {
  for (const [url, heading, theme, child] of [
    [
      '/fr/services',
      'Services aux citoyens',
      'Permis et règlements',
      'Permis pour une piscine ou un spa',
    ],
    ['/en/services', 'Citizen services', 'Permits and bylaws', 'Pool and spa permit'],
  ] as const) {
    test(`should show the catalogue tree at ${url} with no axe violation`, async ({
      page,
      consoleErrors,
    }) => {
      const response = await page.goto(url)
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
      await expect(page.locator('.service-themes > li')).toHaveCount(8)
      const card = page
        .locator('.service-themes > li')
        .filter({ has: page.getByRole('heading', { name: theme }) })
      // Third level nested inside the second, inside the theme's card.
      await expect(
        card.locator('.service-branch .service-branch').getByRole('link', { name: child }),
      ).toBeVisible()
      // The header's menu (a <details>) holds every section.
      await page.locator('.site-menu summary').click()
      await expect(
        page
          .getByRole('navigation', { name: /Navigation principale|Main navigation/ })
          .getByRole('link', { name: 'Services' }),
      ).toBeVisible()
      await expectNoAxeViolations(page)
      expect(consoleErrors).toEqual([])
    })
  }

  test('should filter the catalogue without JavaScript, accents optional', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
    const page = await context.newPage()
    await page.goto('/fr/services')
    await page.getByLabel('Rechercher un service').fill('deneigement')
    await page.getByRole('button', { name: 'Rechercher' }).click()
    await expect(page).toHaveURL(/\/fr\/services\?q=deneigement$/)
    await expect(page.getByRole('status')).toContainText('correspond')
    const results = page.locator('.service-results > li')
    await expect(results.first().getByRole('heading', { level: 3 })).toHaveText('Déneigement')
    // Each match shows where it sits in the catalogue.
    await expect(results.first()).toContainText('Voirie et déneigement')
    await expect(page.locator('.service-themes')).toHaveCount(0)
    await page.goto('/fr/services?q=xyzzy')
    await expect(page.getByRole('status')).toHaveText('Aucun service ne correspond à « xyzzy ».')
    await expect(page.locator('.service-themes > li')).toHaveCount(8)
    await context.close()
  })

  test('should show search results with no axe violation', async ({ page }) => {
    await page.goto('/en/services?q=pool')
    await expect(
      page.locator('.service-results').getByRole('link', { name: 'Pool and spa permit' }),
    ).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('should show a third-level service with breadcrumbs, steps, FAQ and contact', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto('/fr/services')
    await page.getByRole('link', { name: 'Permis pour une piscine ou un spa' }).click()
    await expect(page).toHaveURL(/\/fr\/services\/permis\/permis-renovation\/piscine$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Permis pour une piscine ou un spa',
    )
    const crumbs = page.getByRole('navigation', { name: 'Fil d’Ariane' })
    await expect(crumbs.getByRole('listitem')).toHaveText([
      'Accueil',
      'Services aux citoyens',
      'Permis et règlements',
      'Permis de rénovation',
      'Permis pour une piscine ou un spa',
    ])
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText(
      'Permis pour une piscine ou un spa',
    )
    const steps = page.getByRole('list', { name: 'Étapes' })
    await expect(steps.getByRole('listitem')).toHaveCount(4)
    await expect(steps.getByRole('listitem').first()).toContainText('Vérifiez l’emplacement')
    await page.getByText('Un spa a-t-il besoin d’une enceinte?').click()
    await expect(page.getByText('Non, si son couvercle rigide se verrouille.')).toBeVisible()
    await expect(page.getByRole('link', { name: '819 555-0140' })).toHaveAttribute(
      'href',
      'tel:8195550140',
    )
    await expect(page.getByRole('link', { name: 'urbanisme@lac-azur.example' })).toHaveAttribute(
      'href',
      'mailto:urbanisme@lac-azur.example',
    )
    await expect(page.getByText('Urbanisme et permis')).toBeVisible()
    await expect(page).toHaveTitle(/Permis pour une piscine ou un spa/)
    await expectNoAxeViolations(page)
    expect(consoleErrors).toEqual([])
  })

  test('should serve the English path in English, list children, and 404 unknown paths', async ({
    page,
  }) => {
    await page.goto('/en/services/permits/renovation-permits')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Renovation permits')
    await expect(page.getByRole('heading', { name: 'In this section' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Pool and spa permit' })).toHaveAttribute(
      'href',
      '/en/services/permits/renovation-permits/pool-permit',
    )
    await expectNoAxeViolations(page)
    for (const url of [
      '/fr/services/permis/inconnu',
      '/fr/services/piscine',
      '/en/services/permis',
    ]) {
      expect((await page.goto(url))?.status(), url).toBe(404)
    }
  })
})

test.describe('publishing', () => {
  test('should show a service published in the admin within seconds, and hide it again when unpublished', async ({
    page,
    request,
    accounts,
  }) => {
    const login = await request.post('/api/users/login', { data: accounts.editor })
    const { token } = (await login.json()) as { token: string }
    const headers = { Authorization: `JWT ${token}` }
    const parent = await request.get('/api/services?locale=fr&where[slug][equals]=permis&depth=0', {
      headers,
    })
    const parentId = ((await parent.json()) as { docs: { id: number }[] }).docs[0].id
    // Render the catalogue and the parent page first, so they sit in the cache.
    await page.goto('/fr/services')
    await page.goto('/fr/services/permis')
    await expect(page.getByRole('link', { name: 'Permis de clôture' })).toHaveCount(0)
    const created = await request.post('/api/services?locale=fr', {
      headers,
      data: {
        title: 'Permis de clôture',
        summary: 'Une clôture de plus de 1 m exige un certificat.',
        keywords: 'haie, muret',
        parent: parentId,
        _status: 'published',
      },
    })
    expect(created.status()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    await expect(async () => {
      await page.goto('/fr/services/permis')
      expect(
        await page.getByRole('main').getByRole('link', { name: 'Permis de clôture' }).count(),
      ).toBe(1)
    }).toPass({ timeout: 5_000 })
    await page.goto('/fr/services?q=cloture')
    await page.locator('.service-results').getByRole('link', { name: 'Permis de clôture' }).click()
    await expect(page).toHaveURL(/\/fr\/services\/permis\/permis-de-cloture$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Permis de clôture')
    expect(
      (
        await request.patch(`/api/services/${doc.id}?locale=fr`, {
          headers,
          data: { _status: 'draft' },
        })
      ).status(),
    ).toBe(200)
    await expect(async () => {
      expect((await page.goto('/fr/services/permis/permis-de-cloture'))?.status()).toBe(404)
    }).toPass({ timeout: 5_000 })
    expect((await request.delete(`/api/services/${doc.id}`, { headers })).status()).toBe(200)
  })
})

test.describe('free-form pages', () => {
  for (const [url, heading, calloutTitle, linkName] of [
    [
      '/fr/declaration-accessibilite',
      'Déclaration d’accessibilité',
      'Limites connues',
      'Écrire au Service des communications',
    ],
    [
      '/en/accessibility-statement',
      'Accessibility statement',
      'Known limitations',
      'Write to the Communications Department',
    ],
  ] as const) {
    test(`should render ${url} with its blocks and no axe violation`, async ({
      page,
      consoleErrors,
    }) => {
      expect((await page.goto(url))?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
      await expect(page.getByRole('complementary', { name: calloutTitle })).toBeVisible()
      await expect(page.getByRole('main').getByRole('link', { name: linkName })).toHaveAttribute(
        'href',
        'mailto:communications@lac-azur.example',
      )
      await expect(page.getByRole('main').getByText('WCAG', { exact: false }).first()).toBeVisible()
      await expectNoAxeViolations(page)
      expect(consoleErrors).toEqual([])
    })
  }

  test('should link the footer to the accessibility statement, privacy policy and contact page', async ({
    page,
  }) => {
    await page.goto('/en/services')
    const footer = page.getByRole('navigation', { name: 'Useful pages' })
    await footer.getByRole('link', { name: 'Privacy policy' }).click()
    await expect(page).toHaveURL(/\/en\/privacy-policy$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy policy')
    await page.goto('/fr')
    await expect(
      page.getByRole('navigation', { name: 'Pages utiles' }).getByRole('link'),
    ).toHaveText([
      'Nous joindre',
      'Déclaration d’accessibilité',
      'Politique de confidentialité',
      'Plan du site',
    ])
  })

  test('should 404 a page slug in the wrong language or under a deeper path', async ({ page }) => {
    for (const url of [
      '/en/declaration-accessibilite',
      '/fr/declaration-accessibilite/plus',
      '/fr/page-inconnue',
    ]) {
      expect((await page.goto(url))?.status(), url).toBe(404)
    }
  })
})
