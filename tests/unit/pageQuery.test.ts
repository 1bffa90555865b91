import { describe, expect, it } from 'vitest'

import { config } from '../../src/proxy'
import { sections } from '../../src/i18n/routes'
import {
  indexParams,
  internalIndexPath,
  isCanonicalSegment,
  searchParamsOfSegment,
} from '../../src/server/pageQuery'

const internal = (url: string) => {
  const parsed = new URL(url, 'http://x')
  return internalIndexPath(parsed.pathname, parsed.searchParams)
}
/** What the cached page receives as searchParams, from the path Next hands it (decoded once). */
const received = (path: string) =>
  searchParamsOfSegment(decodeURIComponent(path.split('/').at(-1)!))

describe('canonical addresses of section indexes', () => {
  it('should keep only the parameters a page understands, checked and in one order', () => {
    expect(internal('/fr/avis')).toBe('/fr/avis/_q/-')
    expect(internal('/fr/avis?x=1&utm_source=y')).toBe('/fr/avis/_q/-')
    const a = internal('/fr/avis?type=emergency&secteur=plateau')
    expect(internal('/fr/avis?secteur=plateau&fbclid=1&type=emergency')).toBe(a)
    expect(received(a!)).toEqual({ sector: 'plateau', type: 'emergency' })
    expect(internal('/fr/avis?type=not-a-kind')).toBe('/fr/avis/_q/-')
    expect(internal('/fr/actualites?page=1')).toBe('/fr/actualites/_q/-')
    expect(internal('/fr/actualites?page=abc')).toBe('/fr/actualites/_q/-')
    expect(received(internal('/fr/actualites?page=02')!)).toEqual({ page: '2' })
    expect(
      received(internal('/fr/evenements?du=2026-12-01&au=2026-12-31&categorie=sport&x=1')!),
    ).toEqual({ to: '2026-12-31', category: 'sport', from: '2026-12-01' })
  })

  it('should read the French filter keys of older links as the English ones, on one address', () => {
    // Notices: the filter form and the feed links now write `sector`; a bookmark says `secteur`.
    const english = internal('/fr/avis?sector=plateau&type=emergency')
    expect(english).toBe('/fr/avis/_q/sector%3Dplateau%26type%3Demergency')
    expect(internal('/fr/avis?secteur=plateau&type=emergency')).toBe(english)
    expect(internal('/en/notices?secteur=plateau&type=emergency')).toBe(
      internal('/en/notices?sector=plateau&type=emergency'),
    )
    // Both at once: the English key wins, as the page reads it.
    expect(received(internal('/fr/avis?sector=plateau&secteur=les-berges')!)).toEqual({
      sector: 'plateau',
    })
    // Events: categorie, du, au → category, from, to.
    const events = internal('/fr/evenements?category=sport&from=2026-12-01&to=2026-12-31&page=2')
    expect(events).toBe(
      internal('/fr/evenements?categorie=sport&du=2026-12-01&au=2026-12-31&page=2'),
    )
    expect(received(events!)).toEqual({
      category: 'sport',
      from: '2026-12-01',
      page: '2',
      to: '2026-12-31',
    })
    // The public list of requests: secteur, numero, lieu → sector, number, place.
    const requests = internal('/fr/requetes?sector=3&type=2&page=2')
    expect(requests).toBe(internal('/fr/requetes?secteur=3&type=2&page=2'))
    expect(received(requests!)).toEqual({ page: '2', sector: '3', type: '2' })
    expect(internal('/fr/requetes?number=2026-000123')).toBe(
      internal('/fr/requetes?numero=2026-000123'),
    )
    expect(received(internal('/fr/requetes?numero=2026-000123')!)).toEqual({
      number: '2026-000123',
    })
    expect(internal('/fr/requetes?place=45.301,-74.250&sector=3')).toBe(
      internal('/fr/requetes?lieu=45.301,-74.250&secteur=3'),
    )
    // Collection days: adresse → address (the home page's and the page's forms write address).
    expect(internal('/fr/collectes?address=61%20rue&page=2')).toBe(
      internal('/fr/collectes?adresse=61%20rue&page=2'),
    )
    expect(received(internal('/fr/collectes?adresse=61%20rue')!)).toEqual({ address: '61 rue' })
    // An alias is read from a query string, never written into an internal path.
    expect(isCanonicalSegment('notices', 'secteur=plateau')).toBe(false)
    expect(isCanonicalSegment('notices', 'sector=plateau')).toBe(true)
    expect(isCanonicalSegment('events', 'categorie=sport')).toBe(false)
    expect(isCanonicalSegment('requests', 'numero=2026-000123')).toBe(false)
  })

  it('should give the public list of requests one address per filter and per "Moi aussi" answer, for everyone', () => {
    expect(internal('/en/requests')).toBe('/en/requetes/_q/-')
    expect(internal('/fr/requetes?csrf=abc&type=01&page=1&secteur=x')).toBe(
      '/fr/requetes/_q/type%3D1',
    )
    expect(
      received(
        internal('/fr/requetes?suivie=2026-000123&moiaussi=added&courriel=1&lieu=45.301,-74.250')!,
      ),
    ).toEqual({
      email: '1',
      place: '45.301,-74.250',
      meToo: 'added',
      followed: '2026-000123',
    })
    expect(
      received(internal('/fr/requetes?moiaussi=maybe&suivie=1%20OR%201&numero=2026-1')!),
    ).toEqual({})
    // The English keys the endpoint now writes, and the French ones of an older link: one address.
    const english = internal('/fr/requetes?followed=2026-000123&meToo=added&email=1&type=2')
    expect(english).toBe(
      internal('/fr/requetes?suivie=2026-000123&moiaussi=added&courriel=1&type=2'),
    )
    expect(received(english!)).toEqual({
      email: '1',
      followed: '2026-000123',
      meToo: 'added',
      type: '2',
    })
    // Both at once: the English key wins, as the page reads it.
    expect(received(internal('/fr/requetes?meToo=already&moiaussi=added')!)).toEqual({
      meToo: 'already',
    })
    expect(received(internal('/fr/requetes?meToo=maybe&followed=1%20OR%201')!)).toEqual({})
    expect(isCanonicalSegment('requests', 'courriel=1')).toBe(false)
    expect(isCanonicalSegment('requests', 'email=1')).toBe(true)
  })

  it('should map English section names onto the French folders', () => {
    expect(internal('/en/notices?secteur=plateau')).toBe(internal('/en/avis?secteur=plateau'))
    expect(internal('/en/news')).toBe('/en/actualites/_q/-')
    expect(internal('/en/surveys?x=1')).toBe('/en/sondages/_q/-')
  })

  it('should carry free text through the path intact, trimmed and bounded', () => {
    const path = internal(
      '/fr/services?q=%20Permis%20%20de%20piscine%20%C3%A9t%C3%A9%20%26%20%2F%20%3F',
    )!
    expect(path.split('/')).toHaveLength(5)
    expect(received(path)).toEqual({ q: 'Permis de piscine été & / ?' })
    expect(received(internal(`/fr/collectes?adresse=${'a'.repeat(300)}`)!).address).toHaveLength(
      100,
    )
    // Next may hand the segment over still encoded: read the same either way.
    expect(searchParamsOfSegment(path.split('/').at(-1)!)).toEqual({
      q: 'Permis de piscine été & / ?',
    })
  })

  it('should leave other pages and internal paths alone', () => {
    expect(internal('/fr/avis/avis-ebullition')).toBeNull()
    expect(internal('/fr/recherche?q=x')).toBeNull()
    expect(internal('/fr/mon-dossier')).toBeNull()
  })

  it('should render an internal path only in the canonical form the proxy writes', () => {
    const segment = (path: string) => decodeURIComponent(path.split('/').at(-1)!)
    expect(
      isCanonicalSegment('notices', segment(internal('/fr/avis?type=emergency&secteur=plateau')!)),
    ).toBe(true)
    expect(isCanonicalSegment('notices', '-')).toBe(true)
    expect(isCanonicalSegment('notices', 'type=emergency&secteur=plateau')).toBe(false)
    expect(isCanonicalSegment('notices', 'secteur=plateau&x=1')).toBe(false)
    expect(isCanonicalSegment('notices', 'type=emergency&sector=plateau')).toBe(false)
    expect(isCanonicalSegment('notices', 'sector=plateau&x=1')).toBe(false)
    expect(isCanonicalSegment('news', 'page=1')).toBe(false)
    expect(isCanonicalSegment('news', '')).toBe(false)
    expect(
      isCanonicalSegment('services', segment(internal('/fr/services?q=%C3%A9t%C3%A9%20%26%20x')!)),
    ).toBe(true)
  })

  it('should run the proxy on every section index, in both languages', () => {
    const indexMatcher = config.matcher.find((m) => m.includes(':section('))!
    const listed = /:section\(([^)]+)\)/.exec(indexMatcher)![1]!.split('|')
    for (const section of Object.keys(indexParams) as (keyof typeof indexParams)[]) {
      expect(listed).toContain(sections[section].fr)
      expect(listed).toContain(sections[section].en)
    }
  })
})
