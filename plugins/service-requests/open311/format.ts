import { city } from '@engines/city'

const timeZone = city.timeZone
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
// The city's UTC offset (minutes) per UTC hour: offsets only change on the hour, and a list of
// 200 requests has 600 dates to write, so each hour is asked of Intl once.
const offsets = new Map<number, number>()
const offsetMinutes = (ms: number) => {
  const hour = Math.floor(ms / 3_600_000)
  let minutes = offsets.get(hour)
  if (minutes === undefined) {
    const name =
      offsetFormat.formatToParts(new Date(hour * 3_600_000)).find((p) => p.type === 'timeZoneName')
        ?.value ?? ''
    const match = /GMT([+-])(\d{1,2}):?(\d{2})?/.exec(name)
    minutes = match
      ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0))
      : 0
    if (offsets.size > 50_000) offsets.clear()
    offsets.set(hour, minutes)
  }
  return minutes
}
const pad = (n: number) => String(n).padStart(2, '0')

/** ISO 8601 with the city's offset, as GeoReport v2 asks: 2026-11-23T18:25:00-05:00. */
export const isoWithOffset = (value: string | Date | null | undefined): string | null => {
  if (!value) return null
  const ms = new Date(value).getTime()
  if (Number.isNaN(ms)) return null
  const offset = offsetMinutes(ms)
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19)
  return `${local}${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
}

const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
const escapeXml = (value: string) =>
  value
    .replace(INVALID_XML_CHARS, '')
    .replace(
      /[<>&"']/g,
      (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
    )

type XmlValue =
  string | number | boolean | null | undefined | XmlValue[] | { [key: string]: XmlValue }

/**
 * GeoReport v2's XML: the JSON shapes with a root element and one element per array item
 * (`<services><service>…`). Nulls become empty elements, as the spec's examples show.
 */
export const toXml = (root: string, item: string | null, value: XmlValue): string => {
  const render = (name: string, v: XmlValue): string => {
    if (Array.isArray(v))
      return `<${name}>${v.map((x) => render(singular(name), x)).join('')}</${name}>`
    if (v && typeof v === 'object')
      return `<${name}>${Object.entries(v)
        .map(([k, x]) => render(k, x))
        .join('')}</${name}>`
    if (v === null || v === undefined) return `<${name}/>`
    return `<${name}>${escapeXml(String(v))}</${name}>`
  }
  const body =
    Array.isArray(value) && item
      ? value.map((v) => render(item, v)).join('')
      : value && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value)
            .map(([k, x]) => render(k, x))
            .join('')
        : ''
  return `<?xml version="1.0" encoding="utf-8"?>\n<${root}>${body}</${root}>`
}

const singulars: Record<string, string> = {
  endpoints: 'endpoint',
  formats: 'format',
  attributes: 'attribute',
  values: 'value',
  keywords: 'keyword',
}
const singular = (name: string) => singulars[name] ?? name.replace(/s$/, '')
