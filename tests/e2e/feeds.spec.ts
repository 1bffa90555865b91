import { readFileSync } from 'node:fs'
import path from 'node:path'

import { XMLParser } from 'fast-xml-parser'
import ICAL from 'ical.js'
import { XmlDocument, XsdValidator } from 'libxml2-wasm'

import { expect, test } from './fixtures'

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'entry', 'info', 'area', 'polygon', 'link'].includes(name),
})

/** null when the CAP document is valid against the OASIS CAP 1.2 schema, otherwise why not. */
const capSchemaErrors = (xml: string): string | null => {
  const schema = XmlDocument.fromString(
    readFileSync(path.join(import.meta.dirname, '../fixtures/cap/CAP-v1.2.xsd'), 'utf8'),
  )
  const validator = XsdValidator.fromDoc(schema)
  const doc = XmlDocument.fromString(xml)
  try {
    validator.validate(doc)
    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  } finally {
    doc.dispose()
    validator.dispose()
    schema.dispose()
  }
}

test.describe('feeds', () => {
  test('should publish the news as RSS 2.0 in French and in English', async ({ request }) => {
    for (const [url, language, title] of [
      ['/fr/actualites/rss.xml', 'fr-CA', 'Budget 2027 : le compte de taxes augmente de 2,1 %'],
      ['/en/news/rss.xml', 'en-CA', '2027 budget: tax bills rise 2.1%'],
    ] as const) {
      const response = await request.get(url)
      expect(response.status()).toBe(200)
      expect(response.headers()['content-type']).toContain('application/rss+xml')
      const { rss } = parser.parse(await response.text())
      expect(rss['@_version']).toBe('2.0')
      expect(rss.channel.language).toBe(language)
      expect(rss.channel.item.length).toBeGreaterThanOrEqual(30)
      expect(rss.channel.item.map((i: { title: string }) => i.title)).toContain(title)
    }
  })

  test('should publish notices as RSS, per sector too, and refuse an unknown sector', async ({
    request,
  }) => {
    const all = parser.parse(await (await request.get('/fr/avis/rss.xml')).text())
    const berges = parser.parse(
      await (await request.get('/fr/avis/rss.xml?secteur=les-berges')).text(),
    )
    const plateau = parser.parse(
      await (await request.get('/fr/avis/rss.xml?secteur=plateau')).text(),
    )
    const titles = (feed: { rss: { channel: { item?: { title: string }[] } } }) =>
      (feed.rss.channel.item ?? []).map((i) => i.title)
    expect(titles(all)).toContain('Avis d’ébullition préventif — secteur Les Berges')
    expect(titles(berges)).toContain('Avis d’ébullition préventif — secteur Les Berges')
    expect(titles(plateau)).not.toContain('Avis d’ébullition préventif — secteur Les Berges')
    // A whole-city notice concerns every sector.
    expect(titles(plateau)).toContain('Avis public — projet de règlement de zonage 2026-14')
    expect((await request.get('/fr/avis/rss.xml?secteur=inconnu')).status()).toBe(404)
    expect((await request.get('/fr/avis/rss.xml?sector=inconnu')).status()).toBe(404)
  })

  test('should keep filtering by the French key of older links: the notices page and its feed', async ({
    page,
    request,
  }) => {
    const feed = async (url: string) => {
      const xml = await (await request.get(url)).text()
      const rss = parser.parse(xml) as { rss: { channel: { item?: { title: string }[] } } }
      return { xml, titles: (rss.rss.channel.item ?? []).map((i) => i.title) }
    }
    const berges = 'Avis d’ébullition préventif — secteur Les Berges'
    const zoning = 'Avis public — projet de règlement de zonage 2026-14'
    // A feed reader subscribed to `?secteur=` before the rename gets the sector's feed, as `?sector=`.
    const english = await feed('/fr/avis/rss.xml?sector=plateau')
    const french = await feed('/fr/avis/rss.xml?secteur=plateau')
    expect(french.titles).toEqual(english.titles)
    expect(french.titles).toContain(zoning)
    expect(french.titles).not.toContain(berges)
    expect((await feed('/fr/avis/rss.xml?secteur=les-berges')).titles).toContain(berges)
    // The feed names its own address with the English key.
    expect(french.xml).toContain('/fr/avis/rss.xml?sector=plateau')
    expect(french.xml).not.toContain('?secteur=')

    // A bookmarked notices page filtered by `?secteur=`: the same list as `?sector=`.
    const listed = async (url: string) => {
      await page.goto(url)
      return page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents()
    }
    const pageEnglish = await listed('/fr/avis?sector=plateau')
    const pageFrench = await listed('/fr/avis?secteur=plateau')
    expect(pageFrench).toEqual(pageEnglish)
    expect(pageFrench).toContain(zoning)
    expect(pageFrench).not.toContain(berges)
    await expect(page.getByLabel('Secteur')).toHaveValue('plateau')
    await expect(
      page.getByRole('main').getByRole('link', { name: /Avis du secteur .* \(RSS\)/ }),
    ).toHaveAttribute('href', '/fr/avis/rss.xml?sector=plateau')
    expect(await listed('/fr/avis')).toContain(berges)
  })

  test('should list notices in force as an Atom index of CAP 1.2 alerts that validate against the OASIS schema', async ({
    request,
  }) => {
    const index = parser.parse(await (await request.get('/fr/avis/cap.xml')).text())
    const entry = index.feed.entry.find((e: { title: string | { '#text': string } }) =>
      JSON.stringify(e.title).includes('Avis d’ébullition préventif'),
    )
    expect(entry).toBeTruthy()
    const capLink = entry.link.find(
      (l: { '@_type'?: string }) => l['@_type'] === 'application/cap+xml',
    )
    const capPath = new URL(capLink['@_href']).pathname
    const response = await request.get(capPath)
    expect(response.status()).toBe(200)
    const xml = await response.text()
    expect(capSchemaErrors(xml)).toBeNull()
    const { alert } = parser.parse(xml)
    // A health notice is published in English too, whatever the site's language setting.
    expect(alert.info.map((i: { language: string }) => i.language)).toEqual(['fr-CA', 'en-CA'])
    expect(alert.info[0].category).toBe('Health')
    expect(alert.info[0].severity).toBe('Severe')
    expect(alert.info[0].area[0].areaDesc).toBe('Les Berges')
    const [firstPair] = String(alert.info[0].area[0].polygon[0]).split(' ')
    const [lat, lon] = firstPair.split(',').map(Number)
    expect(lat).toBeGreaterThan(45)
    expect(lon).toBeLessThan(-70)
    expect((await request.get('/fr/avis/cap/999999.xml')).status()).toBe(404)
  })

  test('should offer each sector’s collections as an iCalendar subscription that a real parser reads', async ({
    request,
  }) => {
    const response = await request.get('/fr/collectes/vieux-village.ics')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('text/calendar')
    const calendar = new ICAL.Component(ICAL.parse(await response.text()))
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
    const series = events.filter((e) => !e.isRecurrenceException())
    expect(series.map((e) => e.summary).sort()).toEqual([
      'Matières organiques',
      'Matières recyclables',
      'Ordures ménagères',
    ])
    expect(series.every((e) => e.isRecurring())).toBe(true)
    // Easter Monday 2027 falls on the Old Village's Monday collection: moved to Tuesday.
    const moved = events.filter(
      (e) => e.isRecurrenceException() && e.recurrenceId.toString() === '2027-03-29',
    )
    expect(moved.map((e) => e.startDate.toString())).toContain('2027-03-30')
    expect((await request.get('/fr/collectes/inconnu.ics')).status()).toBe(404)
  })
})

test.describe('sitemap and robots', () => {
  test('should list the public pages in both languages and keep crawlers out of the admin', async ({
    request,
  }) => {
    const sitemap = await request.get('/sitemap.xml')
    expect(sitemap.status()).toBe(200)
    const { urlset } = new XMLParser().parse(await sitemap.text())
    const urls: string[] = [urlset.url].flat().map((u: { loc: string }) => new URL(u.loc).pathname)
    expect(urls).toEqual(
      expect.arrayContaining([
        '/fr',
        '/en',
        '/fr/actualites',
        '/en/news',
        '/fr/avis',
        '/fr/collectes',
      ]),
    )
    expect(urls).toContain('/fr/actualites/budget-2027-le-compte-de-taxes-augmente-de-2-1')
    expect(urls).toEqual(
      expect.arrayContaining([
        '/fr/services',
        '/en/services',
        '/fr/services/permis/permis-renovation/piscine',
        '/en/services/permits/renovation-permits/pool-permit',
        '/fr/declaration-accessibilite',
        '/en/accessibility-statement',
      ]),
    )
    const robots = await (await request.get('/robots.txt')).text()
    expect(robots).toContain('Disallow: /admin')
    expect(robots).toContain('Sitemap: ')
  })
})
