import type { RequestLocale } from '../types'
import { toXml } from './format'

export type Open311Format = 'json' | 'xml'
export type Open311Answer = {
  status: number
  format: Open311Format
  body: unknown
  xmlRoot: string
  xmlItem: string | null
  /** Extra headers (Retry-After); writes also say `Cache-Control: no-store`. */
  headers?: Record<string, string>
}

/**
 * Error descriptions in the language the `locale` parameter asked for, or both (English first,
 * as most Open311 clients log them) when it was not given.
 */
export type Say = (fr: string, en: string) => string
export const sayIn =
  (locale: RequestLocale | null): Say =>
  (fr, en) =>
    locale === 'fr' ? fr : locale === 'en' ? en : `${en} / ${fr}`

/** GeoReport v2 errors: `[{ code, description }]` (`<errors><error>` in XML) with a 4xx status. */
export const errorAnswer = (
  status: number,
  format: Open311Format,
  descriptions: string | string[],
  headers?: Record<string, string>,
): Open311Answer => ({
  status,
  format,
  body: (Array.isArray(descriptions) ? descriptions : [descriptions]).map((description) => ({
    code: status,
    description,
  })),
  xmlRoot: 'errors',
  xmlItem: 'error',
  headers,
})

/** Serialises an answer in the format its path asked for. */
export const open311Response = (answer: Open311Answer): Response => {
  const headers = {
    'Cache-Control': 'public, max-age=30',
    'Access-Control-Allow-Origin': '*',
    ...answer.headers,
  }
  if (answer.format === 'xml') {
    return new Response(toXml(answer.xmlRoot, answer.xmlItem, answer.body as never), {
      status: answer.status,
      headers: { ...headers, 'Content-Type': 'text/xml; charset=utf-8' },
    })
  }
  return Response.json(answer.body, { status: answer.status, headers })
}

/** `requests.json` → { resource: ['requests'], format: 'json' }; null without .json or .xml. */
export const parsePath = (
  path: string[],
): { segments: string[]; format: Open311Format } | { segments: null; format: Open311Format } => {
  const last = path.at(-1) ?? ''
  const match = /^(.*)\.(json|xml)$/.exec(last)
  const format: Open311Format = match?.[2] === 'xml' ? 'xml' : 'json'
  if (!match) return { segments: null, format }
  return { segments: [...path.slice(0, -1), match[1]], format }
}
