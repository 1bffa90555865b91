import { expect, test } from './fixtures'

/**
 * Every internal link two levels from /fr and /en leads somewhere: the crawler reads the home pages,
 * then every page they link to, then checks every link those pages hold — every template is within
 * two links of the home page — and fails on any 404 or 5xx (redirects are followed: a link may
 * lead to a sign-in page, never to a missing one).
 */

const maxPages = 1500

/** The site's own page links in an HTML document, as paths with their query (no fragments, no files an editor uploaded). */
const linksOf = (html: string): string[] => {
  const found = new Set<string>()
  for (const match of html.matchAll(/<a\b[^>]*?\shref="([^"]+)"/g)) {
    const href = match[1].replaceAll('&amp;', '&')
    if (!href.startsWith('/') || href.startsWith('//')) continue
    const path = href.split('#')[0]
    if (!path || !/^\/(fr|en)(\/|\?|$)/.test(path)) continue
    found.add(path)
  }
  return [...found]
}

test.describe('internal links', () => {
  test('should answer every internal link two levels from /fr and /en without a 404 or a 500', async ({
    request,
    accounts,
    playwright,
    baseURL,
  }) => {
    test.setTimeout(900_000)
    // A news item written in French only, as editors publish them: no English page may link to it.
    // (Its own client: the crawler must browse as an anonymous visitor, without the editor's cookie.)
    const editor = await playwright.request.newContext({ baseURL })
    const login = await editor.post('/api/users/login', { data: accounts.editor })
    const headers = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    const created = await editor.post('/api/news?locale=fr', {
      headers,
      data: {
        _status: 'published',
        title: `Nouvelle en français seulement ${Date.now()}`,
        summary: 'Pour le robot d’exploration.',
        publishedAt: new Date(Date.now() - 60_000).toISOString(),
      },
    })
    expect(created.status()).toBe(201)
    const newsId = ((await created.json()) as { doc: { id: number } }).doc.id
    try {
      const status = new Map<string, number>()
      const foundOn = new Map<string, string>()
      const fetchPage = async (path: string) => {
        const response = await request.get(path, { maxRedirects: 5 })
        status.set(path, response.status())
        const type = response.headers()['content-type'] ?? ''
        return type.includes('text/html') ? await response.text() : ''
      }
      let level = ['/fr', '/en']
      for (const start of level) foundOn.set(start, '(start)')
      for (let depth = 0; depth <= 2; depth++) {
        const next: string[] = []
        for (const path of level) {
          if (status.has(path) || status.size >= maxPages) continue
          const html = await fetchPage(path)
          if (depth === 2) continue
          for (const link of linksOf(html)) {
            if (foundOn.has(link)) continue
            foundOn.set(link, path)
            next.push(link)
          }
        }
        level = next
      }
      const broken = [...status]
        .filter(([, code]) => code === 404 || code >= 500)
        .map(([path, code]) => `${code} ${path} (linked from ${foundOn.get(path)})`)
      expect(status.size, 'pages checked').toBeGreaterThan(150)
      expect(broken).toEqual([])
    } finally {
      await editor.delete(`/api/news/${newsId}`, { headers })
      await editor.dispose()
    }
  })
})
