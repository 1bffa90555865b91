import type { APIRequestContext } from '@playwright/test'

import { expect, test } from './fixtures'

type Localized = { fr: string; en: string }
type Doc = { id: number; slug: Localized; title: Localized; isSafety?: boolean }

/** Published documents with their slug and title in both languages (anonymous REST read). */
const published = async (request: APIRequestContext, collection: string, where = '') => {
  const response = await request.get(`/api/${collection}?locale=all&limit=50&depth=0${where}`)
  expect(response.status()).toBe(200)
  return ((await response.json()) as { docs: Doc[] }).docs
}

const head = async (request: APIRequestContext, path: string) => {
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  const html = await response.text()
  const meta = (attribute: string, name: string) =>
    (html.match(new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`))?.[1] ?? null)
      ?.replaceAll('&#x27;', "'")
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&') ?? null
  const alternates = Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/g)].map((m) => [
      m[1],
      new URL(m[2] as string).pathname,
    ]),
  )
  const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1]
  return { html, meta, alternates, canonical: canonical ? new URL(canonical).pathname : null }
}

test.describe('search engines and link previews', () => {
  test('should give a news article its address in both languages and Open Graph tags', async ({
    request,
  }) => {
    // A seeded article: written in both languages (other tests publish French-only ones).
    const item = (await published(request, 'news', '&sort=-publishedAt')).find(
      (doc) => doc.slug?.fr && doc.slug?.en,
    )
    if (!item) throw new Error('the seed has news')
    const fr = `/fr/actualites/${item.slug.fr}`
    const en = `/en/news/${item.slug.en}`
    const page = await head(request, fr)
    expect(page.canonical).toBe(fr)
    expect(page.alternates).toEqual({ 'fr-CA': fr, 'en-CA': en, 'x-default': fr })
    expect(page.meta('property', 'og:title')).toBe(item.title.fr)
    expect(page.meta('property', 'og:type')).toBe('article')
    expect(page.meta('property', 'og:locale')).toBe('fr_CA')
    expect(new URL(page.meta('property', 'og:url') ?? 'http://x/').pathname).toBe(fr)
    const english = await head(request, en)
    expect(english.canonical).toBe(en)
    expect(english.meta('property', 'og:locale')).toBe('en_CA')
  })

  test('should give section pages alternates in French and English', async ({ request }) => {
    for (const [fr, en] of [
      ['/fr/avis', '/en/notices'],
      ['/fr/actualites', '/en/news'],
    ] as const) {
      const page = await head(request, fr)
      expect(page.alternates).toEqual({ 'fr-CA': fr, 'en-CA': en, 'x-default': fr })
      expect(page.meta('property', 'og:site_name')).toBe('Ville de Lac-Azur')
    }
  })
})

test.describe('a French-only city', () => {
  test('should send English pages to their French version, except health and safety notices', async ({
    request,
    accounts,
  }) => {
    const login = await request.post('/api/users/login', { data: accounts.editor })
    const headers = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    const setEnglish = async (isEnabled: boolean) =>
      expect(
        (
          await request.post('/api/globals/site-settings', {
            headers,
            data: { englishEnabled: isEnabled },
          })
        ).status(),
      ).toBe(200)
    const notices = await published(request, 'notices')
    const safety = notices.find((n) => n.isSafety && n.slug?.en)
    const other = notices.find((n) => !n.isSafety && n.slug?.en)
    if (!safety || !other) throw new Error('the seed has safety and other notices')
    const finalPath = async (path: string) => {
      const response = await request.get(path)
      return {
        status: response.status(),
        path: new URL(response.url()).pathname,
        html: await response.text(),
      }
    }
    try {
      await setEnglish(false)
      await expect(async () =>
        expect((await finalPath('/en/news')).path).toBe('/fr/actualites'),
      ).toPass({ timeout: 5_000 })
      expect((await finalPath('/en')).path).toBe('/fr')
      expect((await finalPath('/en/services')).path).toBe('/fr/services')
      expect((await finalPath(`/en/notices/${other.slug.en}`)).path).toBe(
        `/fr/avis/${other.slug.fr}`,
      )
      const english = await finalPath(`/en/notices/${safety.slug.en}`)
      expect(english.status).toBe(200)
      expect(english.path).toBe(`/en/notices/${safety.slug.en}`)
      expect(english.html).toContain('<html lang="en-CA"')
      expect(english.html).toContain(safety.title.en.replaceAll('&', '&amp;'))
      // The French page of a safety notice still points to its English version.
      const french = await head(request, `/fr/avis/${safety.slug.fr}`)
      expect(french.alternates['en-CA']).toBe(`/en/notices/${safety.slug.en}`)
      expect((await head(request, `/fr/avis/${other.slug.fr}`)).alternates).toEqual({})
    } finally {
      await setEnglish(true)
    }
  })
})
