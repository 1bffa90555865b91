import http from 'node:http'

import type { APIRequestContext, APIResponse } from '@playwright/test'
import fc from 'fast-check'

import { expect, test } from './fixtures'

/**
 * Bad input over HTTP, against the production server (scripts/serve.ts): bodies over their limit
 * get a 413 before they are read, malformed or impossible values a 4xx — each with a message in
 * French then English, never a 500. No browser: the `request` fixture and, for a chunked body,
 * node:http.
 */

const mb = 1024 * 1024

/** The answer's message, from whichever shape it has (Payload's errors, the plugins', Open311's, a page). */
const messageOf = async (response: APIResponse): Promise<string> => {
  const text = await response.text()
  try {
    const body = JSON.parse(text) as
      | { errors?: { message?: string }[]; message?: { fr?: string; en?: string } }
      | { description?: string }[]
    if (Array.isArray(body)) return body.map((e) => e.description ?? '').join(' ')
    return [body.errors?.[0]?.message, body.message?.fr, body.message?.en].filter(Boolean).join(' ')
  } catch {
    return text
  }
}

const expectRefused = async (response: APIResponse, status: number, fr: RegExp, en: RegExp) => {
  expect(
    response.status(),
    `${response.url()} → ${response.status()}: ${(await response.text()).slice(0, 300)}`,
  ).toBe(status)
  const message = await messageOf(response)
  expect(message).toMatch(fr)
  expect(message).toMatch(en)
}

const tooLarge = {
  fr: /Requête trop volumineuse : [\d,]+ (Ko|Mo) au plus/,
  en: /Request too large: [\d.]+ (KB|MB) at most/,
}

const staffToken = async (
  request: APIRequestContext,
  account: { email: string; password: string },
) => {
  const response = await request.post('/api/users/login', { data: account })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { token: string }).token
}

/** A body sent without Content-Length (chunked), 256 KB at a time, until the server answers. */
const postChunked = (url: string, contentType: string, totalBytes: number) =>
  new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
    let sent = 0
    let isAnswered = false
    const req = http.request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': contentType,
          'transfer-encoding': 'chunked',
          accept: 'application/json',
        },
      },
      (res) => {
        isAnswered = true
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body, sent })
          req.destroy()
        })
      },
    )
    // The server closes the connection after its 413: what it did not read is not an error here.
    req.on('error', (err) => (isAnswered ? undefined : reject(err)))
    const chunk = Buffer.alloc(256 * 1024, 'a')
    const writeMore = () => {
      while (!isAnswered && sent < totalBytes) {
        sent += chunk.length
        if (!req.write(chunk)) return void req.once('drain', writeMore)
      }
      if (!isAnswered) req.end()
    }
    writeMore()
  })

test.describe('Request bodies over their limit', () => {
  test('should answer an oversized form post with 413 before reading it', async ({
    request,
    baseURL,
  }) => {
    const response = await request.post('/api/citizen-account/login', {
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'text/html',
        origin: baseURL!,
      },
      data: `email=a%40b.c&password=${'a'.repeat(2 * mb)}`,
    })
    await expectRefused(response, 413, tooLarge.fr, tooLarge.en)
    expect(response.headers()['content-type']).toContain('text/html')
  })

  test('should answer an oversized JSON body with 413', async ({ request }) => {
    const response = await request.post('/api/users/login', {
      data: { email: 'a@b.c', password: 'a'.repeat(5 * mb) },
    })
    await expectRefused(response, 413, tooLarge.fr, tooLarge.en)
  })

  test('should answer a 25 MB GraphQL body with 413', async ({ request }) => {
    const response = await request.post('/api/graphql', {
      data: { query: '{ __typename }', variables: { x: 'a'.repeat(25 * mb) } },
    })
    await expectRefused(response, 413, tooLarge.fr, tooLarge.en)
  })

  test('should answer an upload over the multipart limit with 413', async ({ request }) => {
    const response = await request.post('/api/media', {
      multipart: {
        file: { name: 'enorme.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(30 * mb, 1) },
        _payload: JSON.stringify({ alt: 'Énorme' }),
      },
    })
    await expectRefused(response, 413, tooLarge.fr, tooLarge.en)
  })

  test('should cut a chunked body without length at the limit with 413', async ({ baseURL }) => {
    const answer = await postChunked(
      `${baseURL}/api/citizen-account/login`,
      'application/x-www-form-urlencoded',
      50 * mb,
    )
    expect(answer.status).toBe(413)
    expect(answer.body).toMatch(tooLarge.fr)
    expect(answer.body).toMatch(tooLarge.en)
    // Answered long before the client was done: the server did not wait for (or keep) the rest.
    expect(answer.sent).toBeLessThan(50 * mb)
  })

  test('should still serve the site after refusing bodies', async ({ request }) => {
    expect((await request.get('/api/health')).status()).toBe(200)
  })
})

test.describe('Malformed input gets a 4xx, never a 500', () => {
  test('should answer malformed JSON to GraphQL with 400', async ({ request }) => {
    const response = await request.post('/api/graphql', {
      headers: { 'content-type': 'application/json' },
      data: Buffer.from('{"query": "{'),
    })
    await expectRefused(response, 400, /JSON mal formé/, /malformed JSON/)
  })

  test('should answer a GraphQL query the database refuses with a 4xx error in both languages', async ({
    request,
  }) => {
    const response = await request.post('/api/graphql', {
      data: { query: '{ allNews(page: -5) { docs { id } } }' },
    })
    expect(response.status()).toBeLessThan(500)
    const { errors } = (await response.json()) as {
      errors: { message: string; extensions?: { statusCode?: number } }[]
    }
    expect(errors[0].extensions?.statusCode).toBe(400)
    expect(errors[0].message).toMatch(/valeur.* \/ .*value/)
  })

  test('should answer malformed JSON in a where parameter or a multipart _payload with 400', async ({
    request,
  }) => {
    await expectRefused(
      await request.get('/api/news?where=%7Bbad'),
      400,
      /JSON mal formé/,
      /malformed JSON/,
    )
    const multipart = await request.post('/api/news', { multipart: { _payload: '{bad' } })
    expect(multipart.status()).toBeGreaterThanOrEqual(400)
    expect(multipart.status()).toBeLessThan(500)
  })

  test('should answer /versions of a collection without versions with 404', async ({
    request,
    accounts,
  }) => {
    const headers = { Authorization: `JWT ${await staffToken(request, accounts.admin)}` }
    const unversioned = [
      'citizens',
      'users',
      'service-requests',
      'addresses',
      'sectors',
      'media',
      'departments',
      'request-types',
      'request-photos',
      'surveys',
      'mail-outbox',
      'collection-schedules',
      'survey-responses',
      'open311-clients',
    ]
    for (const slug of unversioned) {
      await expectRefused(
        await request.get(`/api/${slug}/versions`, { headers }),
        404,
        /n’a pas d’historique des versions/,
        /has no version history/,
      )
      await expectRefused(
        await request.get(`/api/${slug}/versions/1`, { headers }),
        404,
        /historique/,
        /version history/,
      )
      await expectRefused(
        await request.post(`/api/${slug}/versions/1`, { headers }),
        404,
        /historique/,
        /version history/,
      )
    }
    await expectRefused(
      await request.get('/api/globals/site-settings/versions', { headers }),
      404,
      /historique/,
      /version history/,
    )
    // Collections that keep versions answer as before.
    expect((await request.get('/api/news/versions?limit=1', { headers })).status()).toBe(200)
  })

  test('should answer impossible page, limit and depth with 400', async ({ request }) => {
    await expectRefused(
      await request.get('/api/news?page=-5'),
      400,
      /page doit être un nombre entier/,
      /page must be a whole number/,
    )
    await expectRefused(await request.get('/api/news?page=1e999'), 400, /page doit/, /page must/)
    await expectRefused(await request.get('/api/news?limit=-1'), 400, /limit doit/, /limit must/)
    await expectRefused(await request.get('/api/news?limit=abc'), 400, /limit doit/, /limit must/)
    await expectRefused(await request.get('/api/news?depth=1000'), 400, /depth doit/, /depth must/)
    // "Every row" is for staff: a visitor would read a whole table in one request.
    await expectRefused(
      await request.get('/api/addresses?limit=0'),
      400,
      /limit doit/,
      /limit must/,
    )
    expect((await request.get('/api/news?page=1&limit=5&depth=1')).status()).toBe(200)
  })

  test('should answer non-finite and out-of-range numbers with 400', async ({ request }) => {
    await expectRefused(
      await request.get('/api/news?where[id][greater_than]=1e999'),
      400,
      /Nombre hors limites/,
      /Number out of range/,
    )
    await expectRefused(
      await request.get('/api/news/1e999'),
      400,
      /Nombre hors limites/,
      /Number out of range/,
    )
    // Not caught by the guard: the database refuses it, the net answers.
    await expectRefused(
      await request.get('/api/news?where[id][equals]=99999999999999999999'),
      400,
      /valeur/,
      /value/,
    )
    await expectRefused(await request.get('/api/news?where[id][in]=1,a'), 400, /valeur/, /value/)
  })

  test('should answer a NUL character with 400 on REST, GraphQL, pages and Open311', async ({
    request,
    accounts,
    baseURL,
  }) => {
    await expectRefused(
      await request.get('/api/news?where[slug][equals]=%00'),
      400,
      /caractère nul/,
      /null character/,
    )
    await expectRefused(await request.get('/api/news/%00'), 400, /caractère nul/, /null character/)
    await expectRefused(
      await request.post('/api/users/login', { data: { email: 'a\u0000@b.c', password: 'x' } }),
      400,
      /caractère nul/,
      /null character/,
    )
    const graphql = await request.post('/api/graphql', {
      data: {
        query: 'query($s: String) { allNews(where: { slug: { equals: $s } }) { docs { id } } }',
        variables: { s: '\u0000' },
      },
    })
    await expectRefused(graphql, 400, /caractère nul/, /null character/)
    const page = await request.get('/fr/actualites/%00')
    await expectRefused(page, 400, /Adresse de page invalide/, /Invalid page address/)
    const form = await request.post('/api/citizen-account/login', {
      headers: { accept: 'text/html', origin: baseURL! },
      form: { email: 'a\u0000@b.c', password: 'x' },
    })
    await expectRefused(form, 400, /caractère nul/, /null character/)
    const open311Post = await request.post('/open311/v2/requests.json', {
      form: {
        api_key: accounts.open311!.apiKey,
        service_code: '\u0000',
        lat: '46.03',
        long: '-71.99',
        description: 'a',
      },
    })
    await expectRefused(open311Post, 400, /Caractère nul refusé/, /Null character refused/)
    await expectRefused(
      await request.get('/open311/v2/requests.json?service_code=%00'),
      400,
      /Caractère nul refusé/,
      /Null character refused/,
    )
    await expectRefused(
      await request.get('/open311/v2/requests/%00.json'),
      400,
      /Caractère nul refusé/,
      /Null character refused/,
    )
  })
})

/**
 * A small property-based fuzz over the public endpoints' parameters: whatever a client sends, the
 * answer is never a 5xx. Kept to a few dozen runs per property (CI has 2 cores); a failure prints
 * the smallest request that still fails (fast-check shrinks it).
 */
test.describe('Fuzzed parameters never get a 5xx', () => {
  // Hostile values first (NUL, huge and negative numbers, broken JSON, odd Unicode), then any string.
  const value = fc.oneof(
    fc.constantFrom(
      '\u0000',
      'a\u0000b',
      '1e999',
      '-1e999',
      '-5',
      '-1',
      '0',
      '1',
      '99999999999999999999',
      '1.5',
      'NaN',
      'Infinity',
      '{',
      '{"a":',
      '[]',
      '%',
      '../..',
      '\\',
      "'",
      '"',
      '',
      ' ',
      '2026-13-45',
      'T',
      'true',
      'null',
      '😀',
      '\ud800',
      'x'.repeat(3000),
    ),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.integer().map(String),
    fc.double().map(String),
  )
  // encodeURIComponent throws on a lone surrogate: send what a browser would (U+FFFD).
  const encode = (text: string) =>
    encodeURIComponent(
      text.replace(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
        '\uFFFD',
      ),
    )
  const runs = { numRuns: Number(process.env.FUZZ_RUNS || 30) }
  const expectNo5xx = async (response: APIResponse, what: string) => {
    expect(
      response.status(),
      `${what} → ${response.status()}: ${(await response.text()).slice(0, 200)}`,
    ).toBeLessThan(500)
  }

  test('should answer public pages and feeds with any query string', async ({ request }) => {
    const paths = [
      '/fr/recherche',
      '/en/search',
      '/fr/actualites',
      '/fr/avis',
      '/fr/evenements',
      '/fr/collectes',
      '/fr/services',
      '/fr/requetes',
      '/fr/sondages',
      '/fr/avis/rss.xml',
      '/fr/actualites/rss.xml',
      '/fr/avis/cap.xml',
    ]
    const names = [
      'q',
      'page',
      'type',
      'secteur',
      'sector',
      'archives',
      'categorie',
      'category',
      'du',
      'from',
      'au',
      'to',
      'numero',
      'number',
      'lieu',
      'place',
      'adresse',
      'id',
      'status',
      'brouillon',
      'etape',
      'erreur',
      'draft',
      'step',
      'error',
      'address',
      'meToo',
      'followed',
      'email',
      'token',
      'cle',
      'done',
      'suivi',
      'sent',
      'nouvelle',
    ]
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.array(fc.tuple(fc.constantFrom(...names), value), { minLength: 1, maxLength: 3 }),
        async (path, params) => {
          const url = `${path}?${new URLSearchParams(params).toString()}`
          await expectNo5xx(await request.get(url, { maxRedirects: 0 }), url)
        },
      ),
      runs,
    )
  })

  test('should answer public pages with any path segment', async ({ request }) => {
    const prefixes = [
      '/fr/actualites/',
      '/fr/avis/',
      '/fr/evenements/',
      '/fr/evenements/mois/',
      '/fr/services/',
      '/fr/requetes/',
      '/fr/sondages/',
      '/fr/collectes/',
      '/fr/',
    ]
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...prefixes), value, async (prefix, segment) => {
        const url = `${prefix}${encode(segment)}`
        await expectNo5xx(await request.get(url, { maxRedirects: 0 }), url)
      }),
      runs,
    )
  })

  test('should answer Open311 GETs with any parameter', async ({ request }) => {
    const names = [
      'service_code',
      'status',
      'start_date',
      'end_date',
      'service_request_id',
      'lat',
      'long',
      'radius',
      'page',
      'page_size',
      'locale',
      'updated_after',
      'updated_before',
    ]
    const paths = [
      '/open311/v2/requests.json',
      '/open311/v2/requests.xml',
      '/open311/v2/services.json',
      '/open311/v2/servicerequestupdates.json',
    ]
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.array(fc.tuple(fc.constantFrom(...names), value), { minLength: 1, maxLength: 3 }),
        value,
        async (path, params, id) => {
          const url = `${path}?${new URLSearchParams(params).toString()}`
          await expectNo5xx(await request.get(url), url)
          const byId = `/open311/v2/requests/${encode(id)}.json`
          await expectNo5xx(await request.get(byId), byId)
        },
      ),
      runs,
    )
  })

  test('should answer Payload REST queries on public collections with any where, sort, page, limit, depth', async ({
    request,
  }) => {
    const collections = [
      'news',
      'notices',
      'events',
      'services',
      'pages',
      'sectors',
      'addresses',
      'search',
    ]
    const fields = [
      'id',
      'slug',
      'title',
      'publishedAt',
      'createdAt',
      'number',
      'label',
      'status',
      'code',
      'startsAt',
      'nope',
    ]
    const operators = [
      'equals',
      'not_equals',
      'greater_than',
      'less_than_equal',
      'like',
      'contains',
      'in',
      'not_in',
      'exists',
      'near',
      'within',
      'intersects',
      'all',
    ]
    const param = fc.oneof(
      fc
        .tuple(fc.constantFrom(...fields), fc.constantFrom(...operators), value)
        .map(([f, o, v]) => [`where[${f}][${o}]`, v] as [string, string]),
      fc.tuple(
        fc.constantFrom(
          'sort',
          'page',
          'limit',
          'depth',
          'locale',
          'draft',
          'select[title]',
          'populate',
          'where',
        ),
        value,
      ),
    )
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...collections),
        fc.array(param, { minLength: 1, maxLength: 3 }),
        async (collection, params) => {
          const url = `/api/${collection}?${new URLSearchParams(params).toString()}`
          await expectNo5xx(await request.get(url), url)
        },
      ),
      runs,
    )
  })

  test('should answer form posts to the plugins’ endpoints with any fields', async ({
    request,
    baseURL,
  }) => {
    // No valid CSRF token: nothing is created and no rate limit is spent, yet every field is read.
    const endpoints = [
      '/api/citizen-account/login',
      '/api/citizen-account/register',
      '/api/citizen-account/alert-signup',
      '/api/service-requests-form/step',
      '/api/service-requests-form/me-too',
      '/api/service-requests-form/reopen',
      '/api/service-requests-form/feedback',
      '/api/surveys/1/answer',
      '/open311/v2/requests.json',
      '/open311/v2/servicerequestupdates.json',
    ]
    const names = [
      'locale',
      'csrf',
      'email',
      'password',
      'step',
      'draft',
      'typeId',
      'description',
      'numero',
      'number',
      'cle',
      'token',
      'returnTo',
      'api_key',
      'service_code',
      'lat',
      'long',
      'q.1',
      'go',
    ]
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...endpoints),
        fc.array(
          fc.tuple(fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 10 })), value),
          { maxLength: 5 },
        ),
        async (endpoint, fields) => {
          const response = await request.post(endpoint, {
            headers: { origin: baseURL!, 'content-type': 'application/x-www-form-urlencoded' },
            data: Buffer.from(new URLSearchParams(fields).toString()),
            maxRedirects: 0,
          })
          await expectNo5xx(response, `${endpoint} ${JSON.stringify(fields).slice(0, 200)}`)
        },
      ),
      runs,
    )
  })
})
