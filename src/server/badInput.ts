import type { AfterErrorHook } from 'payload'

import { type BodyError, bodyErrorMessage } from '../../plugins/kit/body'

/**
 * Bad input answered as bad input: a 4xx with a message a resident understands, French then
 * English, never a 500. Shared by the production server (scripts/serve.ts, through
 * src/server/bodyLimit.ts), the REST and GraphQL route guard (src/server/apiGuard.ts) and
 * Payload's `afterError` hook below, the net under both.
 */
export type Message = { fr: string; en: string }

export const messages = {
  nul: {
    fr: 'Requête refusée : elle contient un caractère nul.',
    en: 'Request refused: it contains a null character.',
  },
  json: { fr: 'Requête refusée : JSON mal formé.', en: 'Request refused: malformed JSON.' },
  url: { fr: 'Adresse de page invalide.', en: 'Invalid page address.' },
  nonFinite: (name: string): Message => ({
    fr: `Nombre hors limites : ${name}.`,
    en: `Number out of range: ${name}.`,
  }),
  value: {
    fr: 'Requête refusée : une valeur n’a pas la forme attendue.',
    en: 'Request refused: a value does not have the expected form.',
  },
  noVersions: {
    fr: 'Cette collection n’a pas d’historique des versions.',
    en: 'This collection has no version history.',
  },
} as const

export const tooLargeMessage = (limit: number): Message =>
  bodyErrorMessage({ code: 'tooLarge', limit } as BodyError)

/** A numeric literal as a client would write one: `12`, `-1.5`, `1e999`. */
const numericLiteral = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i

/** Whether a query value is a number written so large (or small) that it is not a number any more. */
export const isNonFiniteLiteral = (value: string) =>
  numericLiteral.test(value.trim()) && !Number.isFinite(Number(value))

export type BadValue = { problem: 'nul' | 'nonFinite'; name: string }

/**
 * The first value in a parsed JSON body or query that no query of this site can use: a string (or
 * object key) carrying NUL, which Postgres refuses in text, or a non-finite number (`1e999` parses
 * to Infinity in JSON and in `Number()`), which no column holds.
 */
export const findBadValue = (value: unknown, name = 'body', depth = 0): BadValue | null => {
  if (depth > 64) return null
  if (typeof value === 'string') return value.includes('\u0000') ? { problem: 'nul', name } : null
  if (typeof value === 'number')
    return Number.isFinite(value) ? null : { problem: 'nonFinite', name }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findBadValue(value[i], `${name}[${i}]`, depth + 1)
      if (found) return found
    }
    return null
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) return { problem: 'nul', name }
      const found = findBadValue(item, `${name}.${key}`, depth + 1)
      if (found) return found
    }
  }
  return null
}

export const badValueMessage = (bad: BadValue): Message =>
  bad.problem === 'nul' ? messages.nul : messages.nonFinite(bad.name)

/** `%00` anywhere in a request's URL: no address of this site has one. */
export const hasEncodedNul = (url: string) => /%00/i.test(url)

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const escapeXml = escapeHtml

export type Refusal = { status: number; headers: Record<string, string>; body: string }

/**
 * A 4xx answer in the form its client reads: Open311's `[{ code, description }]` (or XML) under
 * /open311, JSON under /api and for clients asking for JSON (`errors[0].message` as Payload's own
 * errors, `message.fr` / `message.en` as the plugins' answers), else a short page in both languages.
 */
export const refusal = ({
  status,
  message,
  code,
  path,
  accept,
}: {
  status: number
  message: Message
  code: string
  path: string
  accept?: string | null
}): Refusal => {
  const both = `${message.fr} / ${message.en}`
  const headers = { 'Cache-Control': 'no-store' }
  const pathname = path.split('?')[0]
  const isBrowser = /\btext\/html\b/.test(accept ?? '')
  if (pathname.startsWith('/open311/')) {
    if (pathname.endsWith('.xml')) {
      const body = `<?xml version="1.0" encoding="utf-8"?>\n<errors><error><code>${status}</code><description>${escapeXml(both)}</description></error></errors>`
      return { status, headers: { ...headers, 'Content-Type': 'text/xml; charset=utf-8' }, body }
    }
    return {
      status,
      headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify([{ code: status, description: both }]),
    }
  }
  if (!isBrowser && (pathname.startsWith('/api/') || /\bjson\b/.test(accept ?? ''))) {
    return {
      status,
      headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ error: code, message, errors: [{ message: both }] }),
    }
  }
  const body = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(message.fr)}</title></head><body><main><h1>${escapeHtml(message.fr)}</h1><p lang="en">${escapeHtml(message.en)}</p></main></body></html>`
  return { status, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' }, body }
}

export const refusalResponse = (args: Parameters<typeof refusal>[0]): Response => {
  const { status, headers, body } = refusal(args)
  return new Response(body, { status, headers })
}

/**
 * Postgres refusing a value of the request: the "data exception" class (SQLSTATE 22…: a value the
 * column cannot hold, NUL in text, a negative OFFSET) and 42883, an operator that does not exist
 * for the column's type (`like` on a date).
 */
const isDataException = (err: unknown): boolean => {
  for (
    let cause = err, i = 0;
    cause && typeof cause === 'object' && i < 8;
    cause = (cause as { cause?: unknown }).cause, i++
  ) {
    const code = (cause as { code?: unknown }).code
    if (typeof code === 'string' && (/^22[0-9A-Z]{3}$/.test(code) || code === '42883')) return true
  }
  return false
}

/** What Payload throws when a client's JSON (a `where` or `data` parameter, a multipart `_payload`) does not parse. */
const isJsonSyntaxError = (err: unknown) => err instanceof SyntaxError && /JSON/.test(err.message)

/**
 * Payload's `afterError` hook: the net under the guards. A database refusing a value of the
 * request (Postgres class 22, or an operator its column's type lacks) or JSON that does not parse is the client's input, not a server
 * fault: answered 400 with a message in both languages instead of "Something went wrong" and a
 * 500 — on REST (every route, the plugins' endpoints, the admin's calls) and GraphQL alike. The
 * error is still logged by Payload before this runs.
 */
export const badInputAfterError: AfterErrorHook = ({ error, graphqlResult }) => {
  const original = (error as { originalError?: unknown }).originalError ?? error
  if (!isDataException(original) && !isJsonSyntaxError(original)) return
  const message = isJsonSyntaxError(original) ? messages.json : messages.value
  const both = `${message.fr} / ${message.en}`
  if (graphqlResult) {
    const result = graphqlResult as unknown as {
      message?: string
      extensions?: Record<string, unknown>
    }
    return {
      graphqlResult: {
        ...result,
        message: both,
        extensions: { ...result.extensions, statusCode: 400 },
      } as never,
    }
  }
  return { response: { errors: [{ message: both }], message }, status: 400 }
}
