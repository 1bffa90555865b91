import { tz } from '@date-fns/tz'
import { format } from 'date-fns'

/** ISO 8601 with the city's offset, as GeoReport v2 asks: 2026-11-23T18:25:00-05:00. */
export const isoWithOffset = (value: string | Date | null | undefined): string | null =>
  value ? format(new Date(value), "yyyy-MM-dd'T'HH:mm:ssXXX", { in: tz('America/Toronto') }) : null

const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
const escapeXml = (value: string) =>
  value.replace(INVALID_XML_CHARS, '').replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)

type XmlValue = string | number | boolean | null | undefined | XmlValue[] | { [key: string]: XmlValue }

/**
 * GeoReport v2's XML: the JSON shapes with a root element and one element per array item
 * (`<services><service>…`). Nulls become empty elements, as the spec's examples show.
 */
export const toXml = (root: string, item: string | null, value: XmlValue): string => {
  const render = (name: string, v: XmlValue): string => {
    if (Array.isArray(v)) return `<${name}>${v.map((x) => render(singular(name), x)).join('')}</${name}>`
    if (v && typeof v === 'object') return `<${name}>${Object.entries(v).map(([k, x]) => render(k, x)).join('')}</${name}>`
    if (v === null || v === undefined) return `<${name}/>`
    return `<${name}>${escapeXml(String(v))}</${name}>`
  }
  const body = Array.isArray(value) && item ? value.map((v) => render(item, v)).join('') : value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value).map(([k, x]) => render(k, x)).join('') : ''
  return `<?xml version="1.0" encoding="utf-8"?>\n<${root}>${body}</${root}>`
}

const singulars: Record<string, string> = { endpoints: 'endpoint', formats: 'format', attributes: 'attribute', values: 'value', keywords: 'keyword' }
const singular = (name: string) => singulars[name] ?? name.replace(/s$/, '')
