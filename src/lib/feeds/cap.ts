import { tzOffset } from '@date-fns/tz'
import { create } from 'xmlbuilder2'
import { city } from '@engines/city'

export const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2'
export const CAP_MIME_TYPE = 'application/cap+xml'

const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom'
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/'
// The city profile's zone: CAP times carry its offset.
const CAP_TIME_ZONE = city.timeZone

export type CapKind =
  'boil-water' | 'water-outage' | 'road-closure' | 'snow-clearing' | 'emergency' | 'legal'
export type CapLevel = 'info' | 'warning' | 'emergency'
export type CapCategory = 'Health' | 'Infra' | 'Transport' | 'Safety' | 'Other'
export type CapUrgency = 'Immediate' | 'Expected' | 'Future' | 'Past'
export type CapSeverity = 'Severe' | 'Moderate' | 'Minor'
export type CapCertainty = 'Observed' | 'Likely'

/** GeoJSON (RFC 7946): positions are [longitude, latitude]. */
export type CapBoundary = {
  type: 'Polygon' | 'MultiPolygon'
  coordinates: number[][][] | number[][][][]
}

/** An earlier message, written as CAP's "sender,identifier,sent" triple. */
export type CapReference = { identifier: string; sent: Date; sender?: string }

export type CapInfo = {
  /** A BCP 47 tag: the city profile's (`@engines/city`). */
  language: string
  event: string
  headline: string
  description: string
  instruction?: string | null
}

export type CapArea = {
  description: string
  /** null targets the whole city: the area is described by its areaDesc only. */
  boundary: CapBoundary | null
}

export type CapNotice = {
  /** Globally unique, e.g. 'lac-azur.example-notice-42-v3'. */
  identifier: string
  /** e.g. 'avis@lac-azur.example' */
  sender: string
  senderName: string
  sent: Date
  /** Defaults to Actual; Exercise or Test keep aggregators from broadcasting a drill. */
  status?: 'Actual' | 'Exercise' | 'Test' | 'Draft'
  msgType: 'Alert' | 'Update' | 'Cancel'
  /**
   * Earlier versions this one updates or cancels. CAP wants "sender,identifier,sent" triples: pass a
   * CapReference (or a ready-made triple) whenever the earlier sent time is known.
   */
  references?: (string | CapReference)[]
  kind: CapKind
  severity: CapLevel
  effective: Date
  expires?: Date | null
  web: string
  contact?: string | null
  /** One <info> block per language. */
  infos: CapInfo[]
  areas: CapArea[]
}

export type CapIndexAlert = {
  identifier: string
  headline: string
  /** Absolute, or relative to siteUrl. */
  capUrl: string
  sent: Date
  expires?: Date | null
  severity: CapLevel
}

export type CapIndexOptions = {
  title: string
  feedUrl: string
  siteUrl: string
  updated: Date
  alerts: CapIndexAlert[]
  /** Atom requires an author for the feed; defaults to the title. */
  authorName?: string
}

/**
 * Notice kind → CAP <category>:
 *   boil-water    → Health     (drinking-water safety is a public-health matter)
 *   water-outage  → Infra      (utility service interruption)
 *   road-closure  → Transport
 *   snow-clearing → Transport  (towing and parking bans during operations)
 *   emergency     → Safety     (general civil-protection alert)
 *   legal         → Other      (public and legal notices)
 */
export const CAP_CATEGORY: Record<CapKind, CapCategory> = {
  'boil-water': 'Health',
  'water-outage': 'Infra',
  'road-closure': 'Transport',
  'snow-clearing': 'Transport',
  emergency: 'Safety',
  legal: 'Other',
}

/**
 * Our three levels → CAP <urgency> / <severity> / <certainty>:
 *   info      → Future    / Minor    / Likely    planned or scheduled: act later, little harm
 *   warning   → Expected  / Moderate / Likely    act soon (CAP: within the hour), real disruption
 *   emergency → Immediate / Severe   / Observed  act now, the threat is happening
 * A Cancel keeps severity and certainty, but its urgency becomes Past, CAP's "responsive action is
 * no longer required".
 */
export const CAP_LEVEL: Record<
  CapLevel,
  { urgency: CapUrgency; severity: CapSeverity; certainty: CapCertainty }
> = {
  info: { urgency: 'Future', severity: 'Minor', certainty: 'Likely' },
  warning: { urgency: 'Expected', severity: 'Moderate', certainty: 'Likely' },
  emergency: { urgency: 'Immediate', severity: 'Severe', certainty: 'Observed' },
}

const pad = (value: number): string => String(value).padStart(2, '0')

/**
 * CAP 1.2 date-time: "YYYY-MM-DDThh:mm:ss±hh:mm". The schema's pattern rejects "Z" and fractional
 * seconds, so times are written in Quebec's own offset, to the second.
 */
export const capDateTime = (date: Date): string => {
  const time = Math.floor(date.getTime() / 1000) * 1000
  if (Number.isNaN(time)) throw new RangeError('CAP date-time: invalid date')
  const offset = tzOffset(CAP_TIME_ZONE, new Date(time))
  const local = new Date(time + offset * 60_000).toISOString().slice(0, 19)
  const sign = offset < 0 ? '-' : '+'
  const minutes = Math.abs(offset)
  return `${local}${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
}

// CAP 1.2 §3.2.1: identifier and sender "MUST NOT include spaces, commas or restricted characters
// (< and &)", because references are comma- and space-separated lists of them.
const assertCapToken = (field: string, value: string): void => {
  if (!/^[^\s,<&]+$/.test(value)) {
    throw new Error(`CAP ${field} must be non-empty without spaces, commas, "<" or "&": ${value}`)
  }
}

const referenceTriple = (reference: string | CapReference, sender: string): string => {
  if (typeof reference === 'string') {
    // A bare identifier has no sent time to complete the triple; it is still written so that
    // consumers matching on sender and identifier can link the versions.
    return reference.includes(',') ? reference : `${sender},${reference}`
  }
  assertCapToken('reference identifier', reference.identifier)
  return `${reference.sender ?? sender},${reference.identifier},${capDateTime(reference.sent)}`
}

// Six decimals is about 10 cm, finer than any sector boundary, and keeps numbers out of the
// exponent notation ("1e-7") that CAP's plain decimal degrees cannot express.
const degrees = (value: number): string => String(Number(value.toFixed(6)))

const ringToCapPolygon = (ring: unknown): string => {
  if (!Array.isArray(ring)) {
    throw new RangeError('CAP polygon: a ring must be an array of positions')
  }
  const pairs = ring.map((position: unknown) => {
    const [lon, lat] = Array.isArray(position) ? position : []
    if (
      typeof lon !== 'number' ||
      typeof lat !== 'number' ||
      !(Math.abs(lon) <= 180) ||
      !(Math.abs(lat) <= 90)
    ) {
      throw new RangeError(
        `CAP polygon: not a [longitude, latitude] position: ${JSON.stringify(position)}`,
      )
    }
    return `${degrees(lat)},${degrees(lon)}`
  })
  if (pairs.length > 0 && pairs[0] !== pairs[pairs.length - 1]) pairs.push(pairs[0])
  if (new Set(pairs).size < 3) {
    throw new RangeError('CAP polygon: a ring needs at least 3 distinct points')
  }
  return pairs.join(' ')
}

/**
 * GeoJSON boundary → CAP <polygon> values ("lat,lon lat,lon …", latitude first, closed). CAP has no
 * holes, so only exterior rings are kept; a MultiPolygon gives one polygon per part. A null
 * boundary (the whole city) gives none.
 */
export const geoJsonToCapPolygons = (boundary: CapArea['boundary']): string[] => {
  if (!boundary) return []
  const polygons: unknown[] =
    boundary.type === 'MultiPolygon' ? boundary.coordinates : [boundary.coordinates]
  return polygons.map((rings) => {
    if (!Array.isArray(rings) || rings.length === 0) {
      throw new RangeError('CAP polygon: each polygon needs an exterior ring')
    }
    return ringToCapPolygon(rings[0])
  })
}

const builderOptions = { version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' } as const

/** One CAP 1.2 alert message, with one <info> block per language. */
export const buildCapAlert = (notice: CapNotice): string => {
  assertCapToken('identifier', notice.identifier)
  assertCapToken('sender', notice.sender)
  const level = CAP_LEVEL[notice.severity]
  const urgency = notice.msgType === 'Cancel' ? 'Past' : level.urgency
  const areas = notice.areas.map((area) => ({
    description: area.description,
    polygons: geoJsonToCapPolygons(area.boundary),
  }))

  const doc = create(builderOptions)
  const alert = doc.ele(CAP_NAMESPACE, 'alert')
  alert.ele('identifier').txt(notice.identifier)
  alert.ele('sender').txt(notice.sender)
  alert.ele('sent').txt(capDateTime(notice.sent))
  alert.ele('status').txt(notice.status ?? 'Actual')
  alert.ele('msgType').txt(notice.msgType)
  alert.ele('scope').txt('Public')
  if (notice.references?.length) {
    alert
      .ele('references')
      .txt(
        notice.references.map((reference) => referenceTriple(reference, notice.sender)).join(' '),
      )
  }

  for (const content of notice.infos) {
    const info = alert.ele('info')
    info.ele('language').txt(content.language)
    info.ele('category').txt(CAP_CATEGORY[notice.kind])
    info.ele('event').txt(content.event)
    info.ele('urgency').txt(urgency)
    info.ele('severity').txt(level.severity)
    info.ele('certainty').txt(level.certainty)
    info.ele('effective').txt(capDateTime(notice.effective))
    if (notice.expires) info.ele('expires').txt(capDateTime(notice.expires))
    info.ele('senderName').txt(notice.senderName)
    info.ele('headline').txt(content.headline)
    info.ele('description').txt(content.description)
    if (content.instruction) info.ele('instruction').txt(content.instruction)
    info.ele('web').txt(notice.web)
    if (notice.contact) info.ele('contact').txt(notice.contact)
    for (const area of areas) {
      const element = info.ele('area')
      element.ele('areaDesc').txt(area.description)
      for (const polygon of area.polygons) element.ele('polygon').txt(polygon)
    }
  }

  return doc.end({ prettyPrint: true })
}

/**
 * Atom index of the active alerts, newest first, each entry linking to its CAP document: the feed
 * shape public alerting aggregators poll. Alerts already expired at `updated` are left out so that
 * a stale list cannot bring them back.
 */
export const buildCapIndex = (options: CapIndexOptions): string => {
  const alerts = options.alerts
    .filter((alert) => !alert.expires || alert.expires > options.updated)
    .sort((a, b) => b.sent.getTime() - a.sent.getTime())

  const doc = create(builderOptions)
  const feed = doc.ele(ATOM_NAMESPACE, 'feed').att(XMLNS_NAMESPACE, 'xmlns:cap', CAP_NAMESPACE)
  feed.ele('id').txt(options.feedUrl)
  feed.ele('title').txt(options.title)
  feed.ele('updated').txt(capDateTime(options.updated))
  feed.ele('link', { rel: 'self', type: 'application/atom+xml', href: options.feedUrl })
  feed.ele('link', { rel: 'alternate', type: 'text/html', href: options.siteUrl })
  feed
    .ele('author')
    .ele('name')
    .txt(options.authorName ?? options.title)

  for (const alert of alerts) {
    const capUrl = new URL(alert.capUrl, options.siteUrl).toString()
    const level = CAP_LEVEL[alert.severity]
    const entry = feed.ele('entry')
    entry.ele('id').txt(capUrl)
    entry.ele('title').txt(alert.headline)
    entry.ele('updated').txt(capDateTime(alert.sent))
    entry.ele('published').txt(capDateTime(alert.sent))
    entry.ele('link', { rel: 'alternate', type: CAP_MIME_TYPE, href: capUrl })
    entry.ele(CAP_NAMESPACE, 'cap:identifier').txt(alert.identifier)
    entry.ele(CAP_NAMESPACE, 'cap:sent').txt(capDateTime(alert.sent))
    if (alert.expires) entry.ele(CAP_NAMESPACE, 'cap:expires').txt(capDateTime(alert.expires))
    entry.ele(CAP_NAMESPACE, 'cap:urgency').txt(level.urgency)
    entry.ele(CAP_NAMESPACE, 'cap:severity').txt(level.severity)
    entry.ele(CAP_NAMESPACE, 'cap:certainty').txt(level.certainty)
  }

  return doc.end({ prettyPrint: true })
}
