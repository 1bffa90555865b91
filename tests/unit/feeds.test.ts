import { readFileSync } from 'node:fs'
import path from 'node:path'

import { XMLParser } from 'fast-xml-parser'
import { XmlDocument, XmlValidateError, XsdValidator } from 'libxml2-wasm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  buildCapAlert,
  buildCapIndex,
  buildRss,
  CAP_CATEGORY,
  CAP_LEVEL,
  capDateTime,
  geoJsonToCapPolygons,
  RSS_MAX_ITEMS,
} from '../../src/lib/feeds'
import type { CapKind, CapNotice, FeedItem } from '../../src/lib/feeds'

type Xml = Record<string, any>

// Elements that may repeat, so they parse as arrays even when there is only one.
const REPEATED = new Set([
  'rss.channel.item',
  'rss.channel.item.category',
  'alert.info',
  'alert.info.area',
  'alert.info.area.polygon',
  'feed.link',
  'feed.entry',
  'feed.entry.link',
])
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  jPath: true,
  isArray: (_, jPath) => REPEATED.has(String(jPath)),
})
const parse = (xml: string): Xml => parser.parse(xml, true)

const TRICKY = `Avis <urgent> & « spécial » "guillemets" l'été — Lac-Azur`

// Two sectors of the demo city, GeoJSON [longitude, latitude].
const north = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [-73.52, 45.61],
      [-73.48, 45.61],
      [-73.48, 45.64],
      [-73.52, 45.64],
      [-73.52, 45.61],
    ],
  ],
}
const islands = {
  type: 'MultiPolygon' as const,
  coordinates: [
    [
      [
        [-73.5, 45.55],
        [-73.49, 45.55],
        [-73.49, 45.56],
        [-73.5, 45.55],
      ],
      // a hole, which CAP cannot express
      [
        [-73.496, 45.552],
        [-73.494, 45.552],
        [-73.494, 45.554],
        [-73.496, 45.552],
      ],
    ],
    [
      [
        [-73.47, 45.57],
        [-73.46, 45.57],
        [-73.46, 45.58],
      ],
    ],
  ],
}

const notice = (overrides: Partial<CapNotice> = {}): CapNotice => ({
  identifier: 'lac-azur.example-notice-42-v1',
  sender: 'avis@lac-azur.example',
  senderName: 'Ville de Lac-Azur',
  sent: new Date('2025-01-15T14:30:12.345Z'),
  msgType: 'Alert',
  kind: 'boil-water',
  severity: 'warning',
  effective: new Date('2025-01-15T14:30:00Z'),
  expires: new Date('2025-01-17T17:00:00Z'),
  web: 'https://lac-azur.example/fr/avis/42',
  contact: 'Info-Lac-Azur : 311',
  infos: [
    {
      language: 'fr-CA',
      event: "Avis d'ébullition",
      headline: "Avis préventif d'ébullition de l'eau — secteur Nord",
      description: "Des travaux sur l'aqueduc peuvent altérer la qualité de l'eau.",
      instruction: "Faites bouillir l'eau une minute avant de la boire.",
    },
  ],
  areas: [{ description: 'Secteur Nord', boundary: north }],
  ...overrides,
})

const english = {
  language: 'en-CA' as const,
  event: 'Boil-water advisory',
  headline: 'Precautionary boil-water advisory — North sector',
  description: 'Water main work may affect water quality.',
  instruction: 'Boil water for one minute before drinking it.',
}

const KINDS: CapKind[] = [
  'boil-water',
  'water-outage',
  'road-closure',
  'snow-clearing',
  'emergency',
  'legal',
]

describe('RSS feed', () => {
  const siteUrl = 'https://lac-azur.example/fr'
  const feedUrl = 'https://lac-azur.example/fr/nouvelles/rss.xml'
  const item = (n: number, overrides: Partial<FeedItem> = {}): FeedItem => ({
    title: `Nouvelle ${n}`,
    link: `https://lac-azur.example/fr/nouvelles/${n}`,
    summary: `Résumé ${n}`,
    published: new Date(Date.UTC(2025, 0, 1) + n * 3_600_000),
    ...overrides,
  })
  const rss = (items: FeedItem[], extra: Partial<Parameters<typeof buildRss>[0]> = {}) =>
    buildRss({
      title: 'Nouvelles de Lac-Azur',
      description: 'Les nouvelles de la Ville de Lac-Azur',
      siteUrl,
      feedUrl,
      language: 'fr-CA',
      items,
      ...extra,
    })

  it('should describe the channel and point atom:link rel="self" at the feed', () => {
    const doc = parse(
      rss([item(1)], {
        copyright: '© Ville de Lac-Azur',
        imageUrl: '/logo.png',
        ttlMinutes: 30,
      }),
    )
    expect(doc.rss['@_version']).toBe('2.0')
    expect(doc.rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom')
    const channel = doc.rss.channel
    expect(channel.title).toBe('Nouvelles de Lac-Azur')
    expect(channel.link).toBe(siteUrl)
    expect(channel.description).toBe('Les nouvelles de la Ville de Lac-Azur')
    expect(channel.language).toBe('fr-CA')
    expect(channel.ttl).toBe('30')
    expect(channel.copyright).toBe('© Ville de Lac-Azur')
    expect(channel.image.url).toBe('https://lac-azur.example/logo.png')
    expect(channel['atom:link']).toEqual({
      '@_href': feedUrl,
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    })
  })

  it('should list items newest first and keep only the newest 50', () => {
    const items = Array.from({ length: 60 }, (_, n) => item(n))
    const shuffled = [...items.filter((_, n) => n % 2), ...items.filter((_, n) => n % 2 === 0)]
    const entries = parse(rss(shuffled)).rss.channel.item as Xml[]
    expect(RSS_MAX_ITEMS).toBe(50)
    expect(entries).toHaveLength(50)
    expect(entries.map((entry) => entry.title)).toEqual(
      Array.from({ length: 50 }, (_, n) => `Nouvelle ${59 - n}`),
    )
  })

  it('should write pubDate and lastBuildDate as RFC 822 dates', () => {
    const rfc822 =
      /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/
    const channel = parse(
      rss([
        item(1, { published: new Date('2025-03-09T06:30:00Z') }),
        item(2, {
          published: new Date('2025-03-10T12:00:00Z'),
          updated: new Date('2025-03-11T08:15:00Z'),
        }),
      ]),
    ).rss.channel
    expect(channel.item.map((entry: Xml) => entry.pubDate)).toEqual([
      'Mon, 10 Mar 2025 12:00:00 GMT',
      'Sun, 09 Mar 2025 06:30:00 GMT',
    ])
    expect(channel.lastBuildDate).toBe('Tue, 11 Mar 2025 08:15:00 GMT')
    for (const entry of channel.item) expect(entry.pubDate).toMatch(rfc822)
  })

  it('should mark the guid as a permalink only when it is the item link', () => {
    const entries = parse(
      rss([
        item(3),
        item(2, { guid: 'urn:lac-azur:news:2' }),
        item(1, { guid: 'https://lac-azur.example/fr/nouvelles/1' }),
      ]),
    ).rss.channel.item as Xml[]
    expect(entries.map((entry) => entry.guid)).toEqual([
      { '#text': 'https://lac-azur.example/fr/nouvelles/3', '@_isPermaLink': 'true' },
      { '#text': 'urn:lac-azur:news:2', '@_isPermaLink': 'false' },
      { '#text': 'https://lac-azur.example/fr/nouvelles/1', '@_isPermaLink': 'true' },
    ])
  })

  it('should carry summaries, HTML content, categories, images and resolve relative links', () => {
    const [entry] = parse(
      rss([
        item(1, {
          link: '/fr/nouvelles/collecte',
          contentHtml: '<p>Collecte des <strong>feuilles</strong> & branches</p>',
          categories: ['Environnement', 'Collectes'],
          imageUrl: '/media/feuilles.JPG',
        }),
      ]),
    ).rss.channel.item as Xml[]
    expect(entry.link).toBe('https://lac-azur.example/fr/nouvelles/collecte')
    expect(entry.description).toBe('Résumé 1')
    expect(entry['content:encoded']).toBe(
      '<p>Collecte des <strong>feuilles</strong> & branches</p>',
    )
    expect(entry.category).toEqual(['Environnement', 'Collectes'])
    expect(entry.enclosure).toEqual({
      '@_url': 'https://lac-azur.example/media/feuilles.JPG',
      '@_type': 'image/jpeg',
      '@_length': '0',
    })
  })

  it('should round-trip markup characters, quotes, accents and CDATA terminators exactly', () => {
    const title = `${TRICKY} ]]> deux ]]> fois`
    const xml = rss([item(1, { title, summary: `<b>${TRICKY}</b>`, categories: ['R&amp;D'] })], {
      title: TRICKY,
      description: 'Fil & <nouvelles>',
    })
    const channel = parse(xml).rss.channel
    expect(channel.title).toBe(TRICKY)
    expect(channel.description).toBe('Fil & <nouvelles>')
    expect(channel.item[0].title).toBe(title)
    expect(channel.item[0].description).toBe(`<b>${TRICKY}</b>`)
    expect(channel.item[0].category).toEqual(['R&amp;D'])
  })

  it('should drop control characters that XML 1.0 cannot carry', () => {
    const xml = rss([item(1, { title: 'Avis\u0000 de\u000b collecte\u0008' })])
    expect(parse(xml).rss.channel.item[0].title).toBe('Avis de collecte')
    expect(xml).not.toMatch(/[\u0000\u0008\u000b]/)
  })
})

describe('CAP 1.2 alerts', () => {
  let schemaDoc: XmlDocument
  let validator: XsdValidator

  beforeAll(() => {
    const xsd = readFileSync(path.join(import.meta.dirname, '../fixtures/cap/CAP-v1.2.xsd'), 'utf8')
    schemaDoc = XmlDocument.fromString(xsd)
    validator = XsdValidator.fromDoc(schemaDoc)
  })

  afterAll(() => {
    validator.dispose()
    schemaDoc.dispose()
  })

  /** null when the document is valid against the official schema, otherwise libxml2's message */
  const schemaErrors = (xml: string): string | null => {
    const doc = XmlDocument.fromString(xml)
    try {
      validator.validate(doc)
      return null
    } catch (error) {
      if (error instanceof XmlValidateError) return error.message
      throw error
    } finally {
      doc.dispose()
    }
  }

  it.each(KINDS)('should produce a schema-valid alert in one sector for the %s kind', (kind) => {
    const xml = buildCapAlert(notice({ kind }))
    expect(schemaErrors(xml)).toBeNull()
    const alert = parse(xml).alert
    expect(alert['@_xmlns']).toBe('urn:oasis:names:tc:emergency:cap:1.2')
    expect(alert.info[0].category).toBe(CAP_CATEGORY[kind])
    expect(alert.info[0].area[0].polygon).toEqual([
      '45.61,-73.52 45.61,-73.48 45.64,-73.48 45.64,-73.52 45.61,-73.52',
    ])
  })

  it('should map notice kinds to CAP categories', () => {
    expect(CAP_CATEGORY).toEqual({
      'boil-water': 'Health',
      'water-outage': 'Infra',
      'road-closure': 'Transport',
      'snow-clearing': 'Transport',
      emergency: 'Safety',
      legal: 'Other',
    })
  })

  it.each([
    ['info', 'Future', 'Minor', 'Likely'],
    ['warning', 'Expected', 'Moderate', 'Likely'],
    ['emergency', 'Immediate', 'Severe', 'Observed'],
  ] as const)(
    'should map %s to urgency %s, severity %s, certainty %s',
    (level, urgency, severity, certainty) => {
      expect(CAP_LEVEL[level]).toEqual({ urgency, severity, certainty })
      const info = parse(buildCapAlert(notice({ severity: level }))).alert.info[0]
      expect([info.urgency, info.severity, info.certainty]).toEqual([urgency, severity, certainty])
    },
  )

  it('should write the message header in schema order with the envelope fields', () => {
    const xml = buildCapAlert(notice())
    const alert = parse(xml).alert
    expect(alert.identifier).toBe('lac-azur.example-notice-42-v1')
    expect(alert.sender).toBe('avis@lac-azur.example')
    expect(alert.status).toBe('Actual')
    expect(alert.msgType).toBe('Alert')
    expect(alert.scope).toBe('Public')
    expect(alert.references).toBeUndefined()
    const info = alert.info[0]
    expect(info.language).toBe('fr-CA')
    expect(info.event).toBe("Avis d'ébullition")
    expect(info.senderName).toBe('Ville de Lac-Azur')
    expect(info.web).toBe('https://lac-azur.example/fr/avis/42')
    expect(info.contact).toBe('Info-Lac-Azur : 311')
    expect(info.instruction).toBe("Faites bouillir l'eau une minute avant de la boire.")
    expect(buildCapAlert(notice({ status: 'Exercise' }))).toContain('<status>Exercise</status>')
  })

  it('should write every date-time in the America/Toronto offset, without Z or fractions', () => {
    const alert = parse(buildCapAlert(notice())).alert
    expect(alert.sent).toBe('2025-01-15T09:30:12-05:00')
    expect(alert.info[0].effective).toBe('2025-01-15T09:30:00-05:00')
    expect(alert.info[0].expires).toBe('2025-01-17T12:00:00-05:00')
    expect(capDateTime(new Date('2025-07-01T16:00:00.999Z'))).toBe('2025-07-01T12:00:00-04:00')
    // the spring-forward instant in 2025: 02:00 EST becomes 03:00 EDT
    expect(capDateTime(new Date('2025-03-09T06:59:59Z'))).toBe('2025-03-09T01:59:59-05:00')
    expect(capDateTime(new Date('2025-03-09T07:00:00Z'))).toBe('2025-03-09T03:00:00-04:00')
    expect(() => capDateTime(new Date('not a date'))).toThrow(RangeError)
  })

  it('should give a MultiPolygon one <polygon> per part in the same <area>, without holes', () => {
    const xml = buildCapAlert(notice({ areas: [{ description: 'Les îles', boundary: islands }] }))
    expect(schemaErrors(xml)).toBeNull()
    const areas = parse(xml).alert.info[0].area
    expect(areas).toHaveLength(1)
    expect(areas[0].areaDesc).toBe('Les îles')
    expect(areas[0].polygon).toEqual([
      '45.55,-73.5 45.55,-73.49 45.56,-73.49 45.55,-73.5',
      '45.57,-73.47 45.57,-73.46 45.58,-73.46 45.57,-73.47',
    ])
  })

  it('should describe a whole-city notice by its areaDesc alone', () => {
    const xml = buildCapAlert(
      notice({
        kind: 'snow-clearing',
        severity: 'info',
        expires: null,
        contact: null,
        areas: [{ description: 'Tout le territoire de Lac-Azur', boundary: null }],
      }),
    )
    expect(schemaErrors(xml)).toBeNull()
    const info = parse(xml).alert.info[0]
    expect(info.area).toEqual([{ areaDesc: 'Tout le territoire de Lac-Azur' }])
    expect(info.expires).toBeUndefined()
    expect(info.contact).toBeUndefined()
  })

  it('should write one <info> block per language, French and English', () => {
    const xml = buildCapAlert(
      notice({
        areas: [
          { description: 'Secteur Nord', boundary: north },
          { description: 'Les îles', boundary: islands },
        ],
        infos: [notice().infos[0], english],
      }),
    )
    expect(schemaErrors(xml)).toBeNull()
    const infos = parse(xml).alert.info as Xml[]
    expect(infos.map((info) => info.language)).toEqual(['fr-CA', 'en-CA'])
    expect(infos[1].headline).toBe(english.headline)
    expect(infos[1].instruction).toBe(english.instruction)
    for (const info of infos) {
      expect(info.category).toBe('Health')
      expect(info.area.map((area: Xml) => area.areaDesc)).toEqual(['Secteur Nord', 'Les îles'])
    }
  })

  it('should reference earlier versions in an Update as sender,identifier,sent triples', () => {
    const xml = buildCapAlert(
      notice({
        identifier: 'lac-azur.example-notice-42-v3',
        msgType: 'Update',
        references: [
          { identifier: 'lac-azur.example-notice-42-v1', sent: new Date('2025-01-15T14:30:12Z') },
          'avis@lac-azur.example,lac-azur.example-notice-42-v2,2025-01-16T08:00:00-05:00',
        ],
        infos: [notice().infos[0], english],
      }),
    )
    expect(schemaErrors(xml)).toBeNull()
    const alert = parse(xml).alert
    expect(alert.msgType).toBe('Update')
    expect(alert.references).toBe(
      'avis@lac-azur.example,lac-azur.example-notice-42-v1,2025-01-15T09:30:12-05:00 ' +
        'avis@lac-azur.example,lac-azur.example-notice-42-v2,2025-01-16T08:00:00-05:00',
    )
  })

  it('should make a Cancel urgency Past while keeping its severity', () => {
    const xml = buildCapAlert(
      notice({
        identifier: 'lac-azur.example-notice-42-v4',
        msgType: 'Cancel',
        severity: 'emergency',
        references: ['lac-azur.example-notice-42-v3'],
      }),
    )
    expect(schemaErrors(xml)).toBeNull()
    const alert = parse(xml).alert
    expect(alert.references).toBe('avis@lac-azur.example,lac-azur.example-notice-42-v3')
    expect([alert.info[0].urgency, alert.info[0].severity]).toEqual(['Past', 'Severe'])
  })

  it('should escape <, &, quotes and keep accents in every text field', () => {
    const xml = buildCapAlert(
      notice({
        senderName: TRICKY,
        contact: TRICKY,
        web: 'https://lac-azur.example/fr/avis?id=42&lang=fr',
        infos: [
          {
            ...english,
            language: 'fr-CA',
            event: TRICKY,
            headline: TRICKY,
            description: `${TRICKY}\n]]>`,
          },
        ],
        areas: [{ description: TRICKY, boundary: null }],
      }),
    )
    expect(schemaErrors(xml)).toBeNull()
    expect(xml).toContain('&lt;urgent&gt; &amp; « spécial »')
    const info = parse(xml).alert.info[0]
    for (const value of [info.event, info.headline, info.senderName, info.contact]) {
      expect(value).toBe(TRICKY)
    }
    expect(info.description).toBe(`${TRICKY}\n]]>`)
    expect(info.web).toBe('https://lac-azur.example/fr/avis?id=42&lang=fr')
    expect(info.area[0].areaDesc).toBe(TRICKY)
  })

  it('should refuse identifiers and senders that CAP forbids', () => {
    expect(() => buildCapAlert(notice({ identifier: 'avis 42' }))).toThrow(/identifier/)
    expect(() => buildCapAlert(notice({ identifier: 'avis,42' }))).toThrow(/identifier/)
    expect(() => buildCapAlert(notice({ sender: 'a&b@lac-azur.example' }))).toThrow(/sender/)
    expect(() => buildCapAlert(notice({ identifier: '' }))).toThrow(/identifier/)
  })

  it.each([
    [
      'an unknown status',
      (xml: string) => xml.replace('<status>Actual</status>', '<status>Real</status>'),
    ],
    [
      'a UTC "Z" time',
      (xml: string) => xml.replace(/<sent>[^<]+<\/sent>/, '<sent>2025-01-15T14:30:12Z</sent>'),
    ],
    [
      'fractional seconds',
      (xml: string) =>
        xml.replace(/<sent>[^<]+<\/sent>/, '<sent>2025-01-15T09:30:12.345-05:00</sent>'),
    ],
    [
      'header fields out of order',
      (xml: string) =>
        xml.replace(/(<status>.*?<\/status>)(\s*)(<msgType>.*?<\/msgType>)/, '$3$2$1'),
    ],
    ['an info without category', (xml: string) => xml.replace(/<category>[^<]+<\/category>/, '')],
    [
      'an unknown category',
      (xml: string) => xml.replace('<category>Health</category>', '<category>Water</category>'),
    ],
    ['a missing sender', (xml: string) => xml.replace(/<sender>[^<]+<\/sender>/, '')],
    ['the wrong namespace', (xml: string) => xml.replace('emergency:cap:1.2', 'emergency:cap:1.1')],
  ])('should fail schema validation for an alert with %s', (_, corrupt) => {
    const valid = buildCapAlert(notice())
    const invalid = corrupt(valid)
    expect(invalid).not.toBe(valid)
    expect(schemaErrors(valid)).toBeNull()
    expect(schemaErrors(invalid)).toEqual(expect.any(String))
  })
})

describe('geoJsonToCapPolygons', () => {
  it('should put latitude first and keep a closed ring as it is', () => {
    expect(geoJsonToCapPolygons(north)).toEqual([
      '45.61,-73.52 45.61,-73.48 45.64,-73.48 45.64,-73.52 45.61,-73.52',
    ])
  })

  it('should close an open ring so the first pair is also the last', () => {
    const [polygon] = geoJsonToCapPolygons({
      type: 'Polygon',
      coordinates: [
        [
          [-73.5, 45.5],
          [-73.4, 45.5],
          [-73.4, 45.6],
        ],
      ],
    })
    const pairs = polygon.split(' ')
    expect(pairs).toEqual(['45.5,-73.5', '45.5,-73.4', '45.6,-73.4', '45.5,-73.5'])
    expect(pairs.length).toBeGreaterThanOrEqual(4)
  })

  it('should give one exterior ring per MultiPolygon part and drop holes', () => {
    const polygons = geoJsonToCapPolygons(islands)
    expect(polygons).toHaveLength(2)
    for (const polygon of polygons) {
      const pairs = polygon.split(' ')
      expect(pairs[0]).toBe(pairs[pairs.length - 1])
      expect(pairs.length).toBeGreaterThanOrEqual(4)
      for (const pair of pairs) expect(pair).toMatch(/^45\.\d+,-73\.\d+$/)
    }
    expect(polygons.join(' ')).not.toContain('45.552')
  })

  it('should give no polygon for the whole city', () => {
    expect(geoJsonToCapPolygons(null)).toEqual([])
  })

  it('should round to six decimals without exponent notation', () => {
    const [polygon] = geoJsonToCapPolygons({
      type: 'Polygon',
      coordinates: [
        [
          [-73.123456789, 45.000000012],
          [0.0000001, 45.1],
          [-73.1, 45.1],
        ],
      ],
    })
    expect(polygon).toBe('45,-73.123457 45.1,0 45.1,-73.1 45,-73.123457')
  })

  it('should refuse degenerate rings and positions that are not [longitude, latitude]', () => {
    expect(() =>
      geoJsonToCapPolygons({
        type: 'Polygon',
        coordinates: [
          [
            [-73.5, 45.5],
            [-73.4, 45.5],
            [-73.5, 45.5],
          ],
        ],
      }),
    ).toThrow(RangeError)
    expect(() =>
      geoJsonToCapPolygons({
        type: 'Polygon',
        coordinates: [
          [
            [-73.5, 95.5],
            [-73.4, 45.5],
            [-73.4, 45.6],
          ],
        ],
      }),
    ).toThrow(/longitude, latitude/)
    // MultiPolygon coordinates labelled as a Polygon
    expect(() =>
      geoJsonToCapPolygons({ type: 'Polygon', coordinates: islands.coordinates }),
    ).toThrow(/longitude, latitude/)
    expect(() => geoJsonToCapPolygons({ type: 'MultiPolygon', coordinates: [[]] })).toThrow(
      RangeError,
    )
  })
})

describe('CAP Atom index', () => {
  const siteUrl = 'https://lac-azur.example/'
  const feedUrl = 'https://lac-azur.example/cap/index.atom'
  const updated = new Date('2025-01-16T15:00:00Z')
  const index = () =>
    buildCapIndex({
      title: 'Alertes & avis — Ville de Lac-Azur',
      feedUrl,
      siteUrl,
      updated,
      alerts: [
        {
          identifier: 'lac-azur.example-notice-41-v1',
          headline: 'Fermeture de la rue des Érables',
          capUrl: '/cap/lac-azur.example-notice-41-v1.xml',
          sent: new Date('2025-01-14T12:00:00Z'),
          expires: null,
          severity: 'info',
        },
        {
          identifier: 'lac-azur.example-notice-42-v3',
          headline: TRICKY,
          capUrl: 'https://lac-azur.example/cap/lac-azur.example-notice-42-v3.xml',
          sent: new Date('2025-01-16T13:00:00Z'),
          expires: new Date('2025-01-17T17:00:00Z'),
          severity: 'emergency',
        },
        {
          identifier: 'lac-azur.example-notice-40-v2',
          headline: 'Déneigement terminé',
          capUrl: '/cap/lac-azur.example-notice-40-v2.xml',
          sent: new Date('2025-01-10T12:00:00Z'),
          expires: new Date('2025-01-16T14:59:59Z'),
          severity: 'warning',
        },
      ],
    })

  it('should describe the feed with its id, title, updated time, author and links', () => {
    const feed = parse(index()).feed
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(feed['@_xmlns:cap']).toBe('urn:oasis:names:tc:emergency:cap:1.2')
    expect(feed.id).toBe(feedUrl)
    expect(feed.title).toBe('Alertes & avis — Ville de Lac-Azur')
    expect(feed.updated).toBe('2025-01-16T10:00:00-05:00')
    expect(feed.author.name).toBe('Alertes & avis — Ville de Lac-Azur')
    expect(feed.link).toEqual([
      { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': feedUrl },
      { '@_rel': 'alternate', '@_type': 'text/html', '@_href': siteUrl },
    ])
  })

  it('should list active alerts newest first, each linking to its CAP document', () => {
    const entries = parse(index()).feed.entry as Xml[]
    expect(entries.map((entry) => entry['cap:identifier'])).toEqual([
      'lac-azur.example-notice-42-v3',
      'lac-azur.example-notice-41-v1',
    ])
    const [first, second] = entries
    expect(first.title).toBe(TRICKY)
    expect(first.id).toBe('https://lac-azur.example/cap/lac-azur.example-notice-42-v3.xml')
    expect(first.updated).toBe('2025-01-16T08:00:00-05:00')
    expect(first.link).toEqual([
      {
        '@_rel': 'alternate',
        '@_type': 'application/cap+xml',
        '@_href': 'https://lac-azur.example/cap/lac-azur.example-notice-42-v3.xml',
      },
    ])
    expect(first['cap:expires']).toBe('2025-01-17T12:00:00-05:00')
    expect([first['cap:urgency'], first['cap:severity'], first['cap:certainty']]).toEqual([
      'Immediate',
      'Severe',
      'Observed',
    ])
    expect(second.link[0]['@_href']).toBe(
      'https://lac-azur.example/cap/lac-azur.example-notice-41-v1.xml',
    )
    expect(second['cap:expires']).toBeUndefined()
  })
})
