import type { Payload } from 'payload'

import { isStaffUser } from '@/access/roles'

import { BodyError, isBodyError, readBodyBytes } from '../../plugins/kit/body'
import {
  badValueMessage,
  findBadValue,
  isNonFiniteLiteral,
  type Message,
  messages,
  refusalResponse,
  tooLargeMessage,
} from './badInput'
import { bodyLimitFor } from './bodyLimit'

/**
 * The guard around Payload's generated REST and GraphQL route handlers
 * (src/app/(payload)/api/[...slug]/route.ts, api/graphql/route.ts). Payload's own answers are kept
 * for every request a client could mean; what no client can mean is answered here with a 4xx in
 * French and English instead of reaching the database and coming back as a 500:
 *   - a body over its limit (src/server/bodyLimit.ts), counted while it is read, never buffered
 *     past the limit — the same limits serve.ts enforces in front of Next, here for hosts without it;
 *   - malformed JSON (GraphQL let it through as a 500), NUL characters (Postgres refuses them in
 *     text) and non-finite numbers (`1e999`) in the query string, the path or a JSON body;
 *   - `page`, `limit`, `depth` that are not sane whole numbers (`page=-5` became a negative OFFSET);
 *     `limit=0` ("all rows") is left to staff: for anyone else it would read a whole table;
 *   - `/versions` of a collection or global that keeps none (a query of a table that does not exist).
 * Payload's `afterError` hook (badInputAfterError in src/server/badInput.ts) is the net under it.
 */
type RouteContext = { params: Promise<{ slug?: string[] }> }
type RouteHandler<C> = (request: Request, context: C) => Promise<Response>

type Problem = { status: number; code: string; message: Message }

const bounds = {
  page: {
    max: 10_000_000,
    message: {
      fr: 'page doit être un nombre entier de 1 à 10 000 000.',
      en: 'page must be a whole number from 1 to 10,000,000.',
    },
  },
  limit: {
    max: 1000,
    message: {
      fr: 'limit doit être un nombre entier de 1 à 1 000 (0, « tout », est réservé au personnel).',
      en: 'limit must be a whole number from 1 to 1,000 (0, “all”, is for staff only).',
    },
  },
  depth: {
    max: 10,
    message: {
      fr: 'depth doit être un nombre entier de 0 à 10.',
      en: 'depth must be a whole number from 0 to 10.',
    },
  },
} as const

const bad = (message: Message, code = 'invalid', status = 400): Problem => ({
  status,
  code,
  message,
})

/** Whether `limit=0` (every row, no pagination) is asked: allowed to staff only, checked by the caller. */
export const asksForAllRows = (query: URLSearchParams) => query.get('limit')?.trim() === '0'

/**
 * What is wrong with a REST query string (or the body of a POST sent with
 * `X-HTTP-Method-Override: GET`, which Payload reads as one), or null when Payload may have it.
 */
export const checkApiQuery = (query: URLSearchParams): Problem | null => {
  for (const [name, value] of query) {
    if (name.includes('\u0000') || value.includes('\u0000')) return bad(messages.nul, 'nul')
    const base = name.split('[', 1)[0] as keyof typeof bounds
    if (base in bounds) {
      const { max, message } = bounds[base]
      const isWhole = name === base && /^\d{1,8}$/.test(value.trim()) && Number(value) <= max
      if (!isWhole || query.getAll(base).length > 1) return bad(message)
    }
    if (name.startsWith('where[') && isNonFiniteLiteral(value)) return bad(messages.nonFinite(name))
    if (
      name.startsWith('where') &&
      whereKeysAmong(new URLSearchParams([[name, value]]), unsupportedOperators)
    ) {
      return bad({
        fr: 'L’opérateur all n’est pas pris en charge : utilisez in.',
        en: 'The all operator is not supported: use in.',
      })
    }
    // Payload parses these as JSON when they come as one string (`?where={…}`).
    if (name === 'where' || name === 'data') {
      let parsed: unknown
      try {
        parsed = JSON.parse(value)
      } catch {
        return bad(messages.json, 'json')
      }
      const found = findBadValue(parsed, name)
      if (found) return bad(badValueMessage(found), found.problem)
    }
  }
  return null
}

/** What is wrong with the path of a REST request (`/api/news/1e999`, `/api/news/%00`), or null. */
export const checkApiPath = (segments: string[]): Problem | null => {
  for (const segment of segments) {
    if (segment.includes('\u0000')) return bad(messages.nul, 'nul')
    if (isNonFiniteLiteral(segment)) return bad(messages.nonFinite('id'))
  }
  return null
}

const geoOperators = new Set(['near', 'within', 'intersects'])
/** Operators Payload accepts but its Postgres adapter does not implement (it throws a TypeError: a 500). */
const unsupportedOperators = new Set(['all'])

/** The keys used in a query's `where` (`where[x][near]`, or inside `where={…}`) that are among `names`. */
const whereKeysAmong = (query: URLSearchParams, names: Set<string>): boolean => {
  const hasKey = (value: unknown, depth = 0): boolean =>
    depth < 32 &&
    Boolean(value) &&
    typeof value === 'object' &&
    Object.entries(value as object).some(([key, item]) => names.has(key) || hasKey(item, depth + 1))
  for (const [name, value] of query) {
    if (
      name.startsWith('where[') &&
      [...name.matchAll(/\[([^\]]*)\]/g)].some(([, key]) => names.has(key))
    )
      return true
    if (name === 'where') {
      try {
        if (hasKey(JSON.parse(value))) return true
      } catch {
        // refused as malformed JSON by checkApiQuery
      }
    }
  }
  return false
}

/** Whether a query asks for a geographic operator. */
export const usesGeoOperator = (query: URLSearchParams): boolean =>
  whereKeysAmong(query, geoOperators)

const textOperators = new Set(['like', 'not_like', 'contains'])

/** Whether a query asks for a text operator (which dates do not take). */
const usesTextOperator = (query: URLSearchParams): boolean => whereKeysAmong(query, textOperators)

/** The `[field, operator]` pairs of a query's `where`, and/or groups unfolded (`where[or][0][title][like]`, `where={…}`). */
export const whereConditions = (query: URLSearchParams): [string, string][] => {
  const found: [string, string][] = []
  const walk = (value: unknown, depth: number) => {
    if (depth > 32 || !value || typeof value !== 'object') return
    for (const [key, item] of Object.entries(value as object)) {
      if (key === 'and' || key === 'or' || /^\d+$/.test(key)) walk(item, depth + 1)
      else if (item && typeof item === 'object')
        for (const operator of Object.keys(item as object)) found.push([key, operator])
    }
  }
  for (const [name, value] of query) {
    if (name.startsWith('where[')) {
      const keys = [...name.matchAll(/\[([^\]]*)\]/g)]
        .map(([, key]) => key)
        .filter((key) => key !== 'and' && key !== 'or' && !/^\d+$/.test(key))
      if (keys.length >= 2) found.push([keys[0], keys[keys.length - 1]])
    } else if (name === 'where') {
      try {
        walk(JSON.parse(value), 0)
      } catch {
        // refused as malformed JSON by checkApiQuery
      }
    }
  }
  return found
}

/**
 * Text operators (like, contains) on a date: Payload turns the value into a date the SQL cannot
 * compare with a pattern, and some such values even produce broken SQL (a 500).
 */
const hasTextOperatorOnDate = (
  payload: Payload,
  slug: string | undefined,
  query: URLSearchParams,
) => {
  const collection = slug
    ? payload.collections[slug as keyof typeof payload.collections]
    : undefined
  if (!collection) return false
  const dates = new Set(
    collection.config.flattenedFields
      .filter((field) => field.type === 'date')
      .map((field) => field.name),
  )
  return whereConditions(query).some(
    ([field, operator]) => dates.has(field) && textOperators.has(operator),
  )
}

const dateMessage = {
  fr: 'Les opérateurs like et contains ne s’appliquent pas aux dates : utilisez greater_than et less_than.',
  en: 'The like and contains operators do not apply to dates: use greater_than and less_than.',
}

/**
 * Geographic operators only work on point fields: on any other the database adapter has no
 * operator for them and throws (a 500). A collection without a point field takes none.
 */
const hasPointField = (payload: Payload, slug: string | undefined) => {
  const collection = slug
    ? payload.collections[slug as keyof typeof payload.collections]
    : undefined
  return Boolean(collection?.config.flattenedFields.some((field) => field.type === 'point'))
}

const geoMessage = {
  fr: 'Les opérateurs near, within et intersects ne s’appliquent qu’aux champs de type point.',
  en: 'The near, within and intersects operators only apply to point fields.',
}

/** `/api/<collection>/versions[/id]` or `/api/globals/<global>/versions[/id]` of something that keeps no versions. */
export const isVersionsOfUnversioned = (payload: Payload, segments: string[]): boolean => {
  const [first, second, third] = segments
  if (first === 'globals') {
    const global = payload.globals.config.find((g) => g.slug === second)
    return third === 'versions' && Boolean(global) && !global?.versions
  }
  const collection = payload.collections[first as keyof typeof payload.collections]
  return second === 'versions' && Boolean(collection) && !collection.config.versions
}

const isJsonType = (type: string) => /^application\/([\w.-]+\+)?json\b/.test(type)
const isFormType = (type: string) => type.startsWith('application/x-www-form-urlencoded')
const isMethodOverrideGet = (headers: Headers) =>
  (
    headers.get('x-payload-http-method-override') ?? headers.get('x-http-method-override')
  )?.toUpperCase() === 'GET'

const answer = (request: Request, problem: Problem) =>
  refusalResponse({
    ...problem,
    path: new URL(request.url).pathname,
    accept: request.headers.get('accept'),
  })

const rebuilt = (request: Request, body: BodyInit) =>
  new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body,
    signal: request.signal,
    duplex: 'half',
  } as RequestInit)

/**
 * Reads and checks a body Payload would read whole anyway (JSON, a urlencoded form, text), at most
 * `limit` bytes; streams any other (multipart uploads) through a counter. Returns the request to
 * hand to Payload, or the problem to answer.
 */
type Guarded = { request: Request; isOver: () => boolean; overrideQuery?: URLSearchParams }

const guardBody = async (
  request: Request,
  kind: 'rest' | 'graphql',
): Promise<Guarded | Problem> => {
  const type = (request.headers.get('content-type') ?? '').toLowerCase()
  const limit = bodyLimitFor({ path: new URL(request.url).pathname, contentType: type })
  if (!request.body) return { request, isOver: () => false }
  const isWhole =
    kind === 'graphql' ||
    isJsonType(type) ||
    isFormType(type) ||
    type.startsWith('text/') ||
    type === ''
  if (!isWhole) {
    const declared = request.headers.get('content-length')
    if (declared !== null && Number(declared) > limit) {
      await request.body.cancel().catch(() => {})
      return bad(tooLargeMessage(limit), 'tooLarge', 413)
    }
    let size = 0
    let isOver = false
    const counted = request.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          size += chunk.byteLength
          if (size > limit) {
            isOver = true
            controller.error(new BodyError('tooLarge', limit))
          } else controller.enqueue(chunk)
        },
      }),
    )
    return { request: rebuilt(request, counted), isOver: () => isOver }
  }
  let bytes: Uint8Array
  try {
    bytes = await readBodyBytes(request, { limit })
  } catch (err) {
    if (isBodyError(err) && err.code === 'tooLarge')
      return bad(tooLargeMessage(limit), 'tooLarge', 413)
    return bad(
      {
        fr: 'Requête illisible : envoyez-la de nouveau.',
        en: 'Unreadable request: send it again.',
      },
      'unreadable',
    )
  }
  const text = new TextDecoder().decode(bytes)
  if (isJsonType(type) || (kind === 'graphql' && text.trim() !== '')) {
    let parsed: unknown
    try {
      parsed = text.trim() === '' ? {} : JSON.parse(text)
    } catch {
      return bad(messages.json, 'json')
    }
    const found = findBadValue(parsed)
    if (found) return bad(badValueMessage(found), found.problem)
  } else if (isFormType(type)) {
    const form = new URLSearchParams(text)
    // Payload reads such a body as the query string: it is checked as one by the caller.
    if (isMethodOverrideGet(request.headers))
      return {
        request: rebuilt(request, bytes as BodyInit),
        isOver: () => false,
        overrideQuery: form,
      }
    if ([...form].some(([n, v]) => n.includes('\u0000') || v.includes('\u0000')))
      return bad(messages.nul, 'nul')
  } else if (text.includes('\u0000')) return bad(messages.nul, 'nul')
  return { request: rebuilt(request, bytes as BodyInit), isOver: () => false }
}

const hasBody = (method: string) => method === 'POST' || method === 'PUT' || method === 'PATCH'

/** What is wrong with a query once the Payload instance is at hand (versions, geographic operators, `limit=0`), or null. */
const checkWithPayload = async (
  payload: Payload,
  request: Request,
  segments: string[],
  query: URLSearchParams,
): Promise<Problem | null> => {
  if (isVersionsOfUnversioned(payload, segments)) return bad(messages.noVersions, 'notFound', 404)
  if (usesGeoOperator(query) && !hasPointField(payload, segments[0])) return bad(geoMessage)
  if (usesTextOperator(query) && hasTextOperatorOnDate(payload, segments[0], query))
    return bad(dateMessage)
  if (
    asksForAllRows(query) &&
    !isStaffUser((await payload.auth({ headers: request.headers })).user)
  )
    return bad(bounds.limit.message)
  return null
}

/** Wraps one of Payload's REST route handlers (`REST_GET(config)`, …). */
export const guardRest =
  (
    handler: RouteHandler<RouteContext>,
    getPayload: () => Promise<Payload>,
  ): RouteHandler<RouteContext> =>
  async (request, context) => {
    const url = new URL(request.url)
    const segments = (await context.params).slug ?? []
    let guarded: Guarded = { request, isOver: () => false }
    if (hasBody(request.method)) {
      const result = await guardBody(request, 'rest')
      if ('status' in result) return answer(request, result)
      guarded = result
    }
    for (const query of [url.searchParams, guarded.overrideQuery].filter(
      (q): q is URLSearchParams => Boolean(q),
    )) {
      const problem = checkApiPath(segments) ?? checkApiQuery(query)
      if (problem) return answer(request, problem)
      // Only these need the Payload instance (and limit=0 the user): the common request skips it.
      if (
        segments.includes('versions') ||
        asksForAllRows(query) ||
        usesGeoOperator(query) ||
        usesTextOperator(query)
      ) {
        const refused = await checkWithPayload(await getPayload(), request, segments, query)
        if (refused) return answer(request, refused)
      }
    }
    const response = await handler(guarded.request, context)
    if (!guarded.isOver()) return response
    return answer(
      request,
      bad(
        tooLargeMessage(
          bodyLimitFor({ path: url.pathname, contentType: request.headers.get('content-type') }),
        ),
        'tooLarge',
        413,
      ),
    )
  }

/** Wraps Payload's GraphQL route handler (`GRAPHQL_POST(config)`). */
export const guardGraphql =
  (handler: (request: Request) => Promise<Response>) =>
  async (request: Request): Promise<Response> => {
    if (request.url.includes('\u0000') || /%00/i.test(request.url))
      return answer(request, bad(messages.nul, 'nul'))
    const guarded = await guardBody(request, 'graphql')
    if ('status' in guarded) return answer(request, guarded)
    return handler(guarded.request)
  }
