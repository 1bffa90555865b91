import type { APIRequestContext, Page } from '@playwright/test'
import ICAL from 'ical.js'

import { expect, expectNoAxeViolations, test } from './fixtures'

/**
 * Issue 12, the resident's experience: tools one tap away and in the search (1), a search-centred
 * home (2), English that never leads to a 404 (3), a phone-first header (4), feeds people can find
 * (6) and a paged events list with end times and a sitemap (10).
 */

const phone = { width: 390, height: 844 }

const editorHeaders = async (
  request: APIRequestContext,
  account: { email: string; password: string },
) => {
  const login = await request.post('/api/users/login', { data: account })
  expect(login.status()).toBe(200)
  return { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
}

/** Creates a published document in French only (its English never written) and returns it. */
const frenchOnly = async (
  request: APIRequestContext,
  headers: Record<string, string>,
  collection: 'news' | 'notices',
  data: Record<string, unknown>,
) => {
  const response = await request.post(`/api/${collection}?locale=fr`, {
    headers,
    data: { _status: 'published', ...data },
  })
  const body = (await response.json()) as { doc?: { id: number; slug: string }; errors?: unknown }
  return { status: response.status(), body }
}

const lexical = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        children: [
          { type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' },
        ],
      },
    ],
  },
})

const mainLinks = (page: Page) => page.getByRole('main').getByRole('link')

test.describe('1 · the tools are findable', () => {
  test('should put the top tasks one tap from the header and the home page, on a phone', async ({
    page,
  }) => {
    await page.setViewportSize(phone)
    await page.goto('/fr')
    const tasks = page.getByRole('navigation', { name: 'Accès rapide' })
    for (const [name, href] of [
      ['Signaler un problème', '/fr/requetes/nouvelle'],
      ['Jours de collecte', '/fr/collectes'],
      ['Avis publics', '/fr/avis'],
      ['Mon dossier', '/fr/mon-dossier'],
      ['Rechercher', '/fr/recherche'],
    ] as const) {
      const link = tasks.getByRole('link', { name, exact: true })
      await expect(link).toHaveAttribute('href', href)
    }
    await expect(tasks.getByRole('link', { name: 'Signaler un problème' })).toBeInViewport()
    // The home page offers the same tasks with a line each.
    const home = page.getByRole('region', { name: 'Les plus demandés' })
    await expect(home.getByRole('link', { name: /^Signaler un problème/ })).toHaveAttribute(
      'href',
      '/fr/requetes/nouvelle',
    )
    await expect(home.getByRole('link', { name: /^Mon dossier/ })).toHaveAttribute(
      'href',
      '/fr/mon-dossier',
    )
    await tasks.getByRole('link', { name: 'Signaler un problème' }).click()
    await expect(page).toHaveURL(/\/fr\/requetes\/nouvelle$/)
    await expect(page.getByLabel('Nid-de-poule')).toBeVisible()
  })

  test('should list Requêtes, Sondages and Mon dossier in the footer and the site map', async ({
    page,
  }) => {
    await page.goto('/fr')
    const tools = page.getByRole('contentinfo').getByRole('navigation', { name: 'Outils en ligne' })
    await expect(tools.getByRole('link', { name: 'Requêtes en cours' })).toHaveAttribute(
      'href',
      '/fr/requetes',
    )
    await expect(tools.getByRole('link', { name: 'Sondages' })).toHaveAttribute(
      'href',
      '/fr/sondages',
    )
    await expect(tools.getByRole('link', { name: 'Mon dossier' })).toHaveAttribute(
      'href',
      '/fr/mon-dossier',
    )
    await page.goto('/fr/plan-du-site')
    await expect(mainLinks(page).filter({ hasText: /^Requêtes$/ })).toHaveAttribute(
      'href',
      '/fr/requetes',
    )
    await expect(mainLinks(page).filter({ hasText: /^Sondages$/ })).toHaveAttribute(
      'href',
      '/fr/sondages',
    )
    await expect(mainLinks(page).filter({ hasText: /^Mon dossier$/ })).toHaveAttribute(
      'href',
      '/fr/mon-dossier',
    )
    await page.goto('/en/site-map')
    await expect(mainLinks(page).filter({ hasText: /^Report a problem$/ })).toHaveAttribute(
      'href',
      '/en/requests/new',
    )
  })

  test('should link the pothole service to the 311 form with its type chosen, in both languages', async ({
    page,
  }) => {
    await page.goto('/fr/services/voirie-deneigement/nids-de-poule')
    const cta = page.getByRole('link', { name: 'Faire la demande' })
    await expect(cta).toHaveAttribute('href', '/fr/requetes/nouvelle?type=pothole')
    await cta.click()
    await expect(page.getByLabel('Nid-de-poule')).toBeChecked()
    await page.goto('/en/services/roads-snow-removal/potholes')
    await page.getByRole('link', { name: 'Make the request' }).click()
    await expect(page.getByLabel('Pothole')).toBeChecked()
    // A service with no online step has no call to action.
    await page.goto('/fr/services/permis/permis-renovation/piscine')
    await expect(page.getByRole('link', { name: 'Faire la demande' })).toHaveCount(0)
  })

  for (const [q, tool, href] of [
    ['signaler', 'Signaler un problème', '/fr/requetes/nouvelle'],
    ['collecte', 'Jours de collecte', '/fr/collectes'],
    ['sondage', 'Sondages', '/fr/sondages'],
  ] as const) {
    test(`should find the tool “${tool}” first when searching “${q}”`, async ({ page }) => {
      await page.goto(`/fr/recherche?q=${encodeURIComponent(q)}`)
      const first = page.getByRole('main').locator('.search-tools a, .search-results a').first()
      await expect(first).toHaveText(tool)
      await expect(first).toHaveAttribute('href', href)
    })
  }

  test('should find the English tools in English', async ({ page }) => {
    await page.goto('/en/search?q=report')
    await expect(page.getByRole('main').locator('.search-tools a').first()).toHaveText(
      'Report a problem',
    )
  })
})

test.describe('2 · a search-centred home', () => {
  test('should lead the home page and the 404 page with a search box', async ({ page }) => {
    await page.setViewportSize(phone)
    await page.goto('/fr')
    const box = page.getByRole('searchbox', { name: 'Que cherchez-vous ?' })
    await expect(box).toBeInViewport()
    await box.fill('piscine')
    await box.press('Enter')
    await expect(page).toHaveURL(/\/fr\/recherche\?q=piscine/)
    await expect(page.getByRole('main').locator('.search-results a').first()).toBeVisible()
    const missing = await page.goto('/fr/cette-page-nexiste-pas')
    expect(missing?.status()).toBe(404)
    await expect(page.getByRole('searchbox', { name: 'Que cherchez-vous ?' })).toBeVisible()
    await expect(page.getByRole('searchbox', { name: 'What are you looking for?' })).toBeVisible()
    await page.getByRole('searchbox', { name: 'What are you looking for?' }).fill('snow')
    await page.getByRole('searchbox', { name: 'What are you looking for?' }).press('Enter')
    await expect(page).toHaveURL(/\/en\/search\?q=snow/)
  })

  test('should fall back to any of the words when none has them all, tools first', async ({
    page,
  }) => {
    await page.goto('/fr/recherche?q=encombrants%20mardi')
    await expect(
      page.getByText('Aucun résultat ne contient tous les mots « encombrants mardi »'),
    ).toBeVisible()
    await expect(
      page.getByRole('main').locator('.search-results a', { hasText: 'Collecte des encombrants' }),
    ).toBeVisible()
    await page.goto('/fr/recherche?q=sondage%20zzxqv')
    const links = page.getByRole('main').locator('.search-tools a, .search-results a')
    await expect(links.first()).toHaveText('Sondages')
    await expectNoAxeViolations(page)
  })
})

test.describe('3 · English never leads to a 404', () => {
  test('should keep a French-only news item and warning out of the English site, and say so from the language switch', async ({
    page,
    request,
    accounts,
  }) => {
    test.setTimeout(120_000)
    const headers = await editorHeaders(request, accounts.editor)
    const stamp = Date.now()
    const title = `Corvée de nettoyage du parc riverain ${stamp}`
    const news = await frenchOnly(request, headers, 'news', {
      title,
      summary: 'Une matinée de nettoyage, en français seulement.',
      body: lexical('Rendez-vous au parc.'),
      publishedAt: new Date(Date.now() - 60_000).toISOString(),
    })
    expect(news.status).toBe(201)
    const slug = news.body.doc!.slug
    const warningTitle = `Travaux sur la rue du Quai ${stamp}`
    const warning = await frenchOnly(request, headers, 'notices', {
      title: warningTitle,
      summary: 'Circulation en alternance.',
      kind: 'road-closure',
      severity: 'warning',
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      endsAt: new Date(Date.now() + 86_400_000).toISOString(),
    })
    expect(warning.status).toBe(201)
    // French lists it (the cache expires on publish).
    await expect(async () => {
      await page.goto('/fr/actualites')
      await expect(page.getByRole('link', { name: title })).toBeVisible({ timeout: 1000 })
    }).toPass({ timeout: 15_000 })
    await page.goto('/fr')
    await expect(page.getByRole('region', { name: 'Alertes en cours' })).toContainText(warningTitle)
    // English does not: home, list, banner, RSS, sitemap, search.
    await page.goto('/en')
    await expect(page.getByText(title)).toHaveCount(0)
    await expect(page.getByText(warningTitle)).toHaveCount(0)
    await page.goto('/en/news')
    await expect(page.getByText(title)).toHaveCount(0)
    await page.goto('/en/notices')
    await expect(page.getByText(warningTitle)).toHaveCount(0)
    expect(await (await request.get('/en/news/rss.xml')).text()).not.toContain(String(stamp))
    expect(await (await request.get('/en/notices/rss.xml')).text()).not.toContain(String(stamp))
    const sitemap = await (await request.get('/sitemap.xml')).text()
    expect(sitemap).toContain(`/fr/actualites/${slug}`)
    expect(sitemap).not.toContain(`/en/news/${slug}`)
    await page.goto(`/en/search?q=${stamp}`)
    await expect(page.getByRole('main').getByText(title)).toHaveCount(0)

    // The language switch says the page has no English version and offers the English list.
    await page.goto(`/fr/actualites/${slug}`)
    await page.getByRole('link', { name: 'Read this site in English' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'This page is not available in English',
    )
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA')
    await page.getByRole('link', { name: 'See the section in English' }).click()
    await expect(page).toHaveURL(/\/en\/news$/)
  })

  test('should switch to the same page in the other language', async ({ page }) => {
    for (const [from, label, to] of [
      [
        '/fr/actualites/budget-2027-le-compte-de-taxes-augmente-de-2-1',
        'Read this site in English',
        '/en/news/2027-budget-tax-bills-rise-2-1',
      ],
      [
        '/en/news/2027-budget-tax-bills-rise-2-1',
        'Lire ce site en français',
        '/fr/actualites/budget-2027-le-compte-de-taxes-augmente-de-2-1',
      ],
      [
        '/fr/services/permis/permis-renovation/piscine',
        'Read this site in English',
        '/en/services/permits/renovation-permits/pool-permit',
      ],
      ['/fr/evenements/heure-du-conte', 'Read this site in English', '/en/events/story-time'],
      ['/fr/avis', 'Read this site in English', '/en/notices'],
      ['/en/requests/new', 'Lire ce site en français', '/fr/requetes/nouvelle'],
      ['/fr/declaration-accessibilite', 'Read this site in English', '/en/accessibility-statement'],
    ] as const) {
      await page.goto(from)
      await page.getByRole('link', { name: label }).click()
      await expect(page, from).toHaveURL(new RegExp(`${to.replace(/[.?]/g, '\\$&')}$`))
    }
  })

  test('should refuse to publish a safety notice without its English title and details, in French and English', async ({
    request,
    accounts,
  }) => {
    const headers = await editorHeaders(request, accounts.editor)
    const refused = await frenchOnly(request, headers, 'notices', {
      title: `Avis d’ébullition rue des Pins ${Date.now()}`,
      summary: 'Faites bouillir l’eau une minute.',
      body: lexical('Faites bouillir l’eau.'),
      kind: 'boil-water',
      severity: 'emergency',
      isSafety: true,
      startsAt: new Date().toISOString(),
    })
    expect(refused.status).toBe(400)
    const text = JSON.stringify(refused.body)
    expect(text).toContain('écrivez son titre et ses détails en anglais')
    expect(text).toContain('write its English title and details')
    // As a draft it may wait for its translation, then be published once the English is written.
    const draft = await request.post('/api/notices?locale=fr&draft=true', {
      headers,
      data: {
        _status: 'draft',
        title: `Avis d’ébullition rue des Cèdres ${Date.now()}`,
        summary: 'Faites bouillir l’eau une minute.',
        kind: 'boil-water',
        severity: 'info',
        isSafety: true,
        startsAt: new Date().toISOString(),
      },
    })
    expect(draft.status()).toBe(201)
    const id = ((await draft.json()) as { doc: { id: number } }).doc.id
    const english = await request.patch(`/api/notices/${id}?locale=en`, {
      headers,
      data: {
        _status: 'published',
        title: 'Boil-water advisory, Cedar Street',
        summary: 'Boil water for one minute.',
        body: lexical('Boil the water.'),
      },
    })
    expect(english.status()).toBe(200)
    expect(((await english.json()) as { doc: { _status: string } }).doc._status).toBe('published')
    await request.delete(`/api/notices/${id}`, { headers })
  })
})

test.describe('4 · a phone-first header', () => {
  test('should keep the header compact at 390 px and the page on the first screen', async ({
    page,
  }) => {
    await page.setViewportSize(phone)
    await page.goto('/fr')
    const header = await page.locator('header.site-header').boundingBox()
    expect(header!.height).toBeLessThanOrEqual(130)
    // The text-size control is in the footer, not above the page.
    await expect(
      page.getByRole('banner').getByRole('button', { name: 'Texte très grand' }),
    ).toHaveCount(0)
    await expect(
      page.getByRole('contentinfo').getByRole('button', { name: 'Texte très grand' }),
    ).toBeVisible()
    // The banner: one line per alert, its title the link to the notice.
    const alerts = page.getByRole('region', { name: 'Alertes en cours' }).getByRole('listitem')
    expect(await alerts.count()).toBeGreaterThan(0)
    for (const alert of await alerts.all()) {
      expect((await alert.boundingBox())!.height).toBeLessThanOrEqual(52)
      await expect(alert.getByRole('link')).toHaveAttribute('href', /^\/fr\/avis\/.+/)
    }
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport()
  })

  test('should open the menu without JavaScript and reach every section', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: phone })
    const page = await context.newPage()
    await page.goto('/fr')
    const menu = page.getByRole('navigation', { name: 'Navigation principale' })
    await expect(menu).toBeHidden()
    await page.getByText('Menu', { exact: true }).click()
    await expect(menu).toBeVisible()
    for (const name of ['Services', 'Actualités', 'Événements', 'Sondages', 'Requêtes signalées'])
      await expect(menu.getByRole('link', { name })).toBeVisible()
    await menu.getByRole('link', { name: 'Événements' }).click()
    await expect(page).toHaveURL(/\/fr\/evenements$/)
    await context.close()
  })

  test('should render the same header for a signed-in resident (no cookie read in the public render)', async ({
    browser,
    baseURL,
    page,
    accounts,
  }) => {
    await page.goto('/fr/avis')
    const anonymous = await page.locator('header.site-header').innerHTML()
    const context = await browser.newContext({ baseURL })
    const signedIn = await context.newPage()
    const resident = accounts.citizens![2]
    await signedIn.goto('/fr/mon-dossier/connexion')
    await signedIn.getByLabel('Adresse courriel').fill(resident.email)
    await signedIn.getByLabel('Mot de passe').fill(resident.password)
    await signedIn.getByRole('button', { name: 'Ouvrir une session' }).click()
    await expect(signedIn.getByRole('heading', { level: 1, name: 'Mon dossier' })).toBeVisible()
    await signedIn.goto('/fr/avis')
    expect(await signedIn.locator('header.site-header').innerHTML()).toBe(anonymous)
    await expect(
      signedIn.getByRole('banner').getByRole('link', { name: 'Mon dossier' }),
    ).toHaveAttribute('href', '/fr/mon-dossier')
    await context.close()
  })
})

test.describe('6 · feeds people can find', () => {
  test('should announce the feeds in every page’s head and link them visibly', async ({
    page,
    request,
  }) => {
    for (const url of ['/fr', '/fr/actualites', '/en/news']) {
      await page.goto(url)
      const alternates = await page
        .locator('head link[rel="alternate"][type]')
        .evaluateAll((links) =>
          links.map((l) => `${l.getAttribute('type')} ${l.getAttribute('href')}`),
        )
      const lang = url.startsWith('/fr') ? 'fr' : 'en'
      const expected =
        lang === 'fr'
          ? [
              'application/rss+xml /fr/actualites/rss.xml',
              'application/rss+xml /fr/avis/rss.xml',
              'application/atom+xml /fr/avis/cap.xml',
              'text/calendar /fr/evenements/ics/tous.ics',
            ]
          : [
              'application/rss+xml /en/news/rss.xml',
              'application/rss+xml /en/notices/rss.xml',
              'application/atom+xml /en/notices/cap.xml',
              'text/calendar /en/events/ics/all.ics',
            ]
      expect(alternates).toEqual(expect.arrayContaining(expected))
    }
    await page.goto('/fr')
    const subscribe = page.getByRole('contentinfo').getByRole('navigation', { name: 'S’abonner' })
    for (const link of await subscribe.getByRole('link').all()) {
      const response = await request.get((await link.getAttribute('href'))!)
      expect(response.status(), (await link.getAttribute('href')) ?? '').toBe(200)
    }
    await page.goto('/fr/actualites')
    await expect(
      page.getByRole('main').getByRole('link', { name: 'S’abonner (RSS)' }),
    ).toHaveAttribute('href', '/fr/actualites/rss.xml')
    await page.goto('/fr/avis?secteur=les-berges')
    await expect(
      page.getByRole('main').getByRole('link', { name: /Avis du secteur .* \(RSS\)/ }),
    ).toHaveAttribute('href', '/fr/avis/rss.xml?sector=les-berges')
  })

  test('should offer the notices and collection days of my sector where my address is known', async ({
    page,
    request,
  }) => {
    await page.goto('/fr/collectes?adresse=61%20rue%20des%20erables')
    const firstAddress = page.getByRole('main').locator('a[href*="/fr/collectes/adresse/"]').first()
    if (await firstAddress.count()) await firstAddress.click()
    const ics = page.getByRole('main').locator('a[type="text/calendar"]').first()
    const rss = page.getByRole('main').getByRole('link', { name: /Avis du secteur .* \(RSS\)/ })
    await expect(rss).toBeVisible()
    for (const href of [await ics.getAttribute('href'), await rss.getAttribute('href')]) {
      expect((await request.get(href!)).status(), href!).toBe(200)
    }
  })

  test('should publish every event and each category as an iCalendar subscription a real parser reads', async ({
    page,
    request,
  }) => {
    await page.goto('/fr/evenements')
    const all = page.getByRole('link', {
      name: 'S’abonner au calendrier de tous les événements (iCalendar)',
    })
    await expect(all).toHaveAttribute('href', '/fr/evenements/ics/tous.ics')
    const response = await request.get('/fr/evenements/ics/tous.ics')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('text/calendar')
    // Many subscribers poll the same file: a shared cache may answer for them.
    expect(response.headers()['cache-control']).toBe('public, max-age=300')
    const calendar = new ICAL.Component(ICAL.parse(await response.text()))
    const events = calendar.getAllSubcomponents('vevent')
    expect(events.length).toBeGreaterThanOrEqual(5)
    expect(events.map((e) => String(e.getFirstPropertyValue('summary')))).toContain(
      'Heure du conte',
    )
    for (const vevent of events) new ICAL.Event(vevent).startDate.toJSDate()

    await page.goto('/fr/evenements?categorie=council')
    await expect(
      page.getByRole('link', {
        name: 'S’abonner aux événements « Séance du conseil » (iCalendar)',
      }),
    ).toHaveAttribute('href', '/fr/evenements/ics/council.ics')
    const council = new ICAL.Component(
      ICAL.parse(await (await request.get('/fr/evenements/ics/council.ics')).text()),
    )
    const summaries = council
      .getAllSubcomponents('vevent')
      .map((e) => String(e.getFirstPropertyValue('summary')))
    expect(new Set(summaries)).toEqual(new Set(['Séance ordinaire du conseil municipal']))
    const english = await request.get('/en/events/ics/all.ics')
    expect(english.status()).toBe(200)
    expect(
      new ICAL.Component(ICAL.parse(await english.text()))
        .getAllSubcomponents('vevent')
        .map((e) => String(e.getFirstPropertyValue('summary'))),
    ).toContain('Story time')
    expect((await request.get('/fr/evenements/ics/inconnue.ics')).status()).toBe(404)
  })
})

test.describe('10 · events', () => {
  test('should page the events list with the `page` parameter', async ({ page }) => {
    await page.setViewportSize(phone)
    await page.goto('/fr/evenements')
    const items = page.locator('ul.item-list > li')
    await expect(items).toHaveCount(20)
    const pages = page.getByRole('navigation', { name: 'Pages d’événements' })
    await expect(pages).toContainText(/Page 1 de \d+/)
    const firstOfPageOne = await items.first().locator('time').getAttribute('datetime')
    await pages.getByRole('link', { name: 'Événements suivants' }).click()
    await expect(page).toHaveURL(/\/fr\/evenements\?page=2$/)
    await expect(pages).toContainText(/Page 2 de \d+/)
    const firstOfPageTwo = await items.first().locator('time').getAttribute('datetime')
    expect(firstOfPageTwo! >= firstOfPageOne!).toBe(true)
    await expectNoAxeViolations(page)
    // The filters stay in the page links.
    await page.goto('/fr/evenements?categorie=culture')
    const next = page
      .getByRole('navigation', { name: 'Pages d’événements' })
      .getByRole('link', { name: 'Événements suivants' })
    if (await next.count())
      await expect(next).toHaveAttribute('href', '/fr/evenements?category=culture&page=2')
  })

  test('should show each date’s end time on the event page', async ({ page }) => {
    await page.goto('/fr/evenements/heure-du-conte')
    const ends = page.getByRole('main').locator('time.event-end')
    expect(await ends.count()).toBeGreaterThan(0)
    await expect(ends.first()).toHaveText(/^fin : \d{1,2} h \d{2}$/)
    await page.goto('/en/events/story-time')
    await expect(page.getByRole('main').locator('time.event-end').first()).toHaveText(
      /^ends: \d{1,2}:\d{2}\s?[ap]\.m\.$/,
    )
  })

  test('should list the events in sitemap.xml', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text()
    expect(sitemap).toContain('/fr/evenements/heure-du-conte</loc>')
    expect(sitemap).toContain('/en/events/story-time</loc>')
    expect(sitemap).toContain('/fr/evenements</loc>')
  })
})
