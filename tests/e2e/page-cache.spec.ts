import type { APIRequestContext } from '@playwright/test'

import { templatePages } from '../../bench/lib/pages'

import { expect, test } from './fixtures'

/**
 * Every public page comes from the page cache, for anonymous and signed-in residents alike, with a
 * Cache-Control a shared cache (CDN, nginx) may store; unknown query parameters never reach a
 * render. The server runs with PAGE_CACHE_STATS=1 (globalSetup), so /_cache-stats says what Next's
 * cache and the micro-cache hold and how many times each page was stored (rendered).
 */
type Stats = {
  next: {
    pages: string[]
    ages: Record<string, number>
    dataEntries: number
    bytes: number
    sets: Record<string, number>
  } | null
  micro: { keys: string[]; bytes: number } | null
}

/** The caches' figures; the assertions on responses come first, these are checked after them. */
const stats = async (request: APIRequestContext): Promise<Stats | null> => {
  const response = await request.get('/_cache-stats')
  return response.status() === 200 ? ((await response.json()) as Stats) : null
}
const present = (s: Stats | null): Stats => {
  expect(s, '/_cache-stats answers (PAGE_CACHE_STATS=1)').not.toBeNull()
  return s!
}
/** How many times Next stored (rendered) pages, all pages together. */
const pageRenders = (s: Stats) =>
  Object.entries(s.next?.sets ?? {})
    .filter(([key]) => s.next?.pages.includes(key))
    .reduce((sum, [, n]) => sum + n, 0)

/** The first link in a page's main content under a section (an item of the list). */
const firstItemHref = async (request: APIRequestContext, list: string, prefix: string) => {
  const html = await (await request.get(list)).text()
  const main = html.slice(html.indexOf('id="contenu"'))
  const match = new RegExp(`href="(${prefix}/[a-z0-9-]+)"`).exec(main)
  expect(match, `an item linked from ${list}`).toBeTruthy()
  return match![1]!
}

/**
 * Every public template, both languages, with a filter combination, page 2 and searches: the
 * benchmark's own list (bench/lib/pages.ts), so what is measured is what is tested. One news item,
 * one notice and one event page must have been found in it.
 */
const templates = async (baseURL: string) => {
  const pages = (await templatePages(baseURL)).map((page) => page.path)
  for (const list of ['/fr/actualites', '/fr/avis', '/fr/evenements']) {
    expect(
      pages.some((path) => new RegExp(`^${list}/[a-z0-9-]+$`).test(path)),
      `an item linked from ${list}`,
    ).toBe(true)
  }
  return pages
}

const isCacheHit = (headers: Record<string, string>) =>
  headers['x-micro-cache'] === 'HIT' || headers['x-nextjs-cache'] === 'HIT'

test.describe('page cache', () => {
  test('should answer every public template from the cache on the second anonymous request, with a storable Cache-Control', async ({
    request,
    baseURL,
  }) => {
    for (const url of await templates(baseURL!)) {
      const first = await request.get(url, { maxRedirects: 0 })
      expect(first.status(), url).toBe(200)
      const second = await request.get(url, { maxRedirects: 0 })
      expect(second.status(), url).toBe(200)
      expect(
        isCacheHit(second.headers()),
        `${url} is a cache hit (${JSON.stringify(second.headers())})`,
      ).toBe(true)
      const cacheControl = second.headers()['cache-control'] ?? ''
      expect(cacheControl, url).toMatch(/^public, s-maxage=\d+, stale-while-revalidate=\d+$/)
      expect(first.headers()['cache-control'], url).toBe(cacheControl)
      expect(second.headers()['set-cookie'], url).toBeUndefined()
    }
  })

  test('should keep personal pages out of shared caches', async ({ request }) => {
    for (const url of ['/fr/mon-dossier/connexion', '/fr/recherche?q=collecte']) {
      const response = await request.get(url, { maxRedirects: 0 })
      expect(response.headers()['cache-control'], url).toMatch(/private|no-store/)
    }
  })

  test('should serve public pages to a signed-in resident from the cache, without rendering them again', async ({
    browser,
    baseURL,
    request,
    accounts,
  }) => {
    const resident = accounts.citizens![0]!
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
    const page = await context.newPage()
    await page.goto('/fr/mon-dossier/connexion')
    await page.getByLabel('Adresse courriel').fill(resident.email)
    await page.getByLabel('Mot de passe').fill(resident.password)
    await page.getByRole('button', { name: 'Ouvrir une session' }).click()
    await expect(page.getByRole('heading', { name: 'Mes prochaines collectes' })).toBeVisible()
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
    expect(cookie).toContain('payload-token=')
    await context.close()

    const urls = [
      '/fr',
      '/fr/avis',
      '/fr/avis?secteur=plateau',
      '/fr/actualites',
      '/en/notices',
      '/fr/evenements',
      '/fr/requetes',
    ]
    for (const url of urls) await request.get(url)
    const before = await stats(request)
    const startedAt = Date.now()
    for (const url of urls) {
      for (let i = 0; i < 2; i++) {
        const response = await request.get(url, { headers: { cookie } })
        expect(response.status(), url).toBe(200)
        expect(isCacheHit(response.headers()), `${url} signed in is a cache hit`).toBe(true)
        expect(response.headers()['cache-control'], url).toMatch(/^public, /)
        // The cached page is everyone's: nothing of this resident's in it.
        expect(await response.text(), url).not.toContain(resident.email)
      }
    }
    // Waiting past the micro-cache's second makes the signed-in requests reach Next's cache too.
    await new Promise((resolve) => setTimeout(resolve, 1100))
    for (const url of urls)
      expect(isCacheHit((await request.get(url, { headers: { cookie } })).headers()), url).toBe(
        true,
      )
    // The layout's one-minute bound renders a page again once it is a minute old, whoever asks:
    // only pages that cannot have reached that age during this test are counted.
    const after = present(await stats(request))
    const elapsed = Date.now() - startedAt
    const internal = [
      '/fr',
      '/fr/avis/_q/-',
      '/fr/avis/_q/sector=plateau',
      '/fr/actualites/_q/-',
      '/en/avis/_q/-',
      '/fr/evenements/_q/-',
      '/fr/requetes/_q/-',
    ]
    const tested = present(before).next!.pages.filter(
      (key) =>
        internal.some((path) => key.endsWith(`/$${path}`)) &&
        (present(before).next!.ages[key] ?? Infinity) + elapsed < 55_000,
    )
    expect(tested.length, 'pages young enough to be counted').toBeGreaterThanOrEqual(3)
    for (const key of tested)
      expect(after.next!.sets[key], `${key} not rendered again for the signed-in resident`).toBe(
        present(before).next!.sets[key],
      )
  })

  test('should create no cache entry for unknown query parameters', async ({ request }) => {
    const pages = [
      '/fr',
      '/fr/avis',
      '/fr/avis?secteur=plateau&type=boil-water',
      '/fr/actualites',
      '/fr/evenements',
      '/fr/services?q=permis',
      '/en/news',
      '/fr/requetes?type=1',
    ]
    const item = await firstItemHref(request, '/fr/actualites', '/fr/actualites')
    pages.push(item)
    for (const url of pages) await request.get(url)
    const before = await stats(request)
    const noisy = [
      '/fr?utm_source=courriel',
      '/fr/avis?x=aleatoire1',
      '/fr/avis?type=boil-water&x=2&secteur=plateau',
      '/fr/avis?secteur=plateau&type=boil-water&fbclid=abc',
      // The English key the filter form now writes, and the French one of an older link: one entry.
      '/fr/avis?type=boil-water&sector=plateau',
      '/fr/avis?sector=plateau&x=3&type=boil-water',
      '/fr/actualites?page=1&ref=3',
      '/fr/actualites?page=abc',
      '/fr/evenements?categorie=inconnue&y=4',
      '/fr/services?q=%20permis%20%20&z=5',
      '/en/news?utm_campaign=alerte',
      '/fr/requetes?type=1&x=9',
      '/fr/requetes?type=01&page=1&csrf=abc',
      `${item}?partage=1`,
    ]
    for (const url of noisy) {
      const response = await request.get(url)
      expect(response.status(), url).toBe(200)
      expect(
        isCacheHit(response.headers()),
        `${url} lands on the entry of its canonical address`,
      ).toBe(true)
    }
    const after = present(await stats(request))
    expect(after.next?.pages.toSorted()).toEqual(present(before).next?.pages.toSorted())
    expect(pageRenders(after)).toBe(pageRenders(present(before)))
    for (const key of [...(after.next?.pages ?? []), ...(after.micro?.keys ?? [])]) {
      // The noise parameters x, y and z by name (start of the query or after `&`, in clear or
      // encoded), so that `category=` is not taken for `y=`.
      expect(key).not.toMatch(
        /utm|aleatoire|fbclid|ref=|partage|(?:^|[/&?]|%26|%2F)[xyz](?:=|%3D)|inconnue/,
      )
    }
    // An internal address asked for directly renders only in its canonical form.
    expect((await request.get('/fr/avis/_q/x=1')).status()).toBe(404)
    expect((await request.get('/fr/avis/_q/type%3Dboil-water%26secteur%3Dplateau')).status()).toBe(
      404,
    )
    expect((await request.get('/fr/avis/_q/type%3Dboil-water%26sector%3Dplateau')).status()).toBe(
      404,
    )
    // An older name is read from a query string, never from an internal address.
    expect((await request.get('/fr/avis/_q/secteur%3Dplateau')).status()).toBe(404)
  })
})
