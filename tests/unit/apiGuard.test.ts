import { describe, expect, it } from 'vitest'

import {
  checkApiPath,
  checkApiQuery,
  guardGraphql,
  guardRest,
  whereConditions,
} from '@/server/apiGuard'
import { badInputAfterError, findBadValue, isNonFiniteLiteral, refusal } from '@/server/badInput'

const query = (search: string) => checkApiQuery(new URLSearchParams(search))

describe('checkApiQuery', () => {
  it('should let through the queries Payload answers', () => {
    for (const search of [
      '',
      'page=1&limit=10&depth=2',
      'page=0',
      'limit=0',
      'limit=1000',
      'depth=10',
      'where[title][like]=neige',
      'where[id][greater_than]=12.5',
      'where={"slug":{"equals":"a"}}',
      'sort=-publishedAt',
      'locale=en&draft=false',
    ]) {
      expect(query(search), search).toBeNull()
    }
  })

  it('should refuse page, limit and depth that are not sane whole numbers', () => {
    for (const search of [
      'page=-5',
      'page=1.5',
      'page=abc',
      'page=1e999',
      'page=99999999999',
      'page[a]=1',
      'page=1&page=2',
      'limit=-1',
      'limit=abc',
      'limit=1001',
      'depth=11',
      'depth=-1',
      'depth=',
    ]) {
      expect(query(search)?.status, search).toBe(400)
    }
    expect(query('page=-5')?.message).toEqual({
      fr: 'page doit être un nombre entier de 1 à 10 000 000.',
      en: 'page must be a whole number from 1 to 10,000,000.',
    })
  })

  it('should refuse NUL characters, non-finite numbers and malformed JSON', () => {
    expect(query('where[slug][equals]=%00')).toMatchObject({ status: 400, code: 'nul' })
    expect(query('sort=%00')).toMatchObject({ code: 'nul' })
    expect(query('where[id][greater_than]=1e999')).toMatchObject({
      status: 400,
      message: {
        fr: 'Nombre hors limites : where[id][greater_than].',
        en: 'Number out of range: where[id][greater_than].',
      },
    })
    expect(query('where={bad')).toMatchObject({ status: 400, code: 'json' })
    expect(query('where={"id":{"equals":1e999}}')).toMatchObject({ status: 400, code: 'nonFinite' })
    expect(query('data={"title":"\\u0000"}')).toMatchObject({ code: 'nul' })
    expect(query('where[or][0][id][all]=1')?.status).toBe(400)
    expect(query('where={"id":{"all":[1]}}')?.status).toBe(400)
  })
})

describe('whereConditions', () => {
  it('should list the field and operator of every condition, and/or groups unfolded', () => {
    expect(
      whereConditions(
        new URLSearchParams(
          'where[or][0][createdAt][like]=1&where[and][1][title][equals]=a&sort=x',
        ),
      ),
    ).toEqual([
      ['createdAt', 'like'],
      ['title', 'equals'],
    ])
    expect(
      whereConditions(
        new URLSearchParams(
          'where={"or":[{"publishedAt":{"contains":"1"}},{"and":[{"id":{"in":[1]}}]}]}',
        ),
      ),
    ).toEqual([
      ['publishedAt', 'contains'],
      ['id', 'in'],
    ])
  })
})

describe('checkApiPath and the values behind it', () => {
  it('should refuse path segments with NUL or a non-finite number', () => {
    expect(checkApiPath(['news', '12'])).toBeNull()
    expect(checkApiPath(['news', '\u0000'])).toMatchObject({ code: 'nul' })
    expect(checkApiPath(['news', '1e999'])).toMatchObject({ status: 400 })
    expect(isNonFiniteLiteral('1e308')).toBe(false)
    expect(isNonFiniteLiteral('-1e309')).toBe(true)
    expect(isNonFiniteLiteral('Infinity')).toBe(false)
    expect(findBadValue({ a: [1, { b: 'ok' }, { c: Infinity }] })).toEqual({
      problem: 'nonFinite',
      name: 'body.a[2].c',
    })
    expect(findBadValue({ ['k\u0000']: 1 })).toMatchObject({ problem: 'nul' })
  })
})

describe('guardGraphql and guardRest', () => {
  const echo = async (request: Request) => new Response(await request.text(), { status: 200 })
  const post = (
    body: BodyInit,
    headers: Record<string, string> = { 'content-type': 'application/json' },
  ) => new Request('http://x/api/graphql', { method: 'POST', headers, body })

  it('should hand Payload the same body when it is sound', async () => {
    const response = await guardGraphql(echo)(post('{"query":"{ __typename }"}'))
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('{"query":"{ __typename }"}')
  })

  it('should refuse malformed JSON, NUL and oversized GraphQL bodies in both languages', async () => {
    const malformed = await guardGraphql(echo)(post('{"query": "{'))
    expect(malformed.status).toBe(400)
    expect((await malformed.json()).errors[0].message).toBe(
      'Requête refusée : JSON mal formé. / Request refused: malformed JSON.',
    )
    expect(
      (await guardGraphql(echo)(post('{"query":"{}","variables":{"s":"\\u0000"}}'))).status,
    ).toBe(400)
    const huge = await guardGraphql(echo)(
      post(JSON.stringify({ query: '{ __typename }', variables: { x: 'a'.repeat(300 * 1024) } })),
    )
    expect(huge.status).toBe(413)
    expect((await huge.json()).message).toEqual({
      fr: 'Requête trop volumineuse : 256 Ko au plus.',
      en: 'Request too large: 256 KB at most.',
    })
  })

  it('should cut an undeclared multipart body past the upload limit, whatever the handler answered', async () => {
    const handler = async (request: Request) => {
      await request.arrayBuffer().catch(() => null)
      return Response.json({ errors: [{ message: 'Something went wrong.' }] }, { status: 500 })
    }
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 27; i++) controller.enqueue(new Uint8Array(1024 * 1024))
        controller.close()
      },
    })
    const request = new Request('http://x/api/media', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=z' },
      body: stream,
      duplex: 'half',
    } as RequestInit)
    const response = await guardRest(handler, async () => {
      throw new Error('not needed')
    })(request, { params: Promise.resolve({ slug: ['media'] }) })
    expect(response.status).toBe(413)
  })
})

describe('refusal and the afterError net', () => {
  it('should answer in the form the client reads', () => {
    const message = { fr: 'Non.', en: 'No.' }
    expect(
      JSON.parse(
        refusal({ status: 400, message, code: 'x', path: '/open311/v2/requests.json' }).body,
      ),
    ).toEqual([{ code: 400, description: 'Non. / No.' }])
    expect(
      refusal({ status: 400, message, code: 'x', path: '/open311/v2/requests.xml' }).body,
    ).toContain('<description>Non. / No.</description>')
    expect(
      JSON.parse(refusal({ status: 400, message, code: 'x', path: '/api/news' }).body),
    ).toEqual({ error: 'x', message, errors: [{ message: 'Non. / No.' }] })
    expect(
      refusal({ status: 400, message, code: 'x', path: '/fr/avis', accept: 'text/html' }).headers[
        'Content-Type'
      ],
    ).toContain('text/html')
  })

  it('should turn a value the database refuses, or JSON that does not parse, into a 400 in both languages', async () => {
    const pgError = Object.assign(
      new Error('value "99999999999999999999" is out of range for type integer'),
      { code: '22003' },
    )
    const drizzleError = new Error('Failed query: select …', { cause: pgError })
    const rest = await badInputAfterError({ error: drizzleError } as never)
    expect(rest).toEqual({
      status: 400,
      response: {
        errors: [
          {
            message:
              'Requête refusée : une valeur n’a pas la forme attendue. / Request refused: a value does not have the expected form.',
          },
        ],
        message: expect.any(Object),
      },
    })
    const operator = new Error('Failed query', {
      cause: Object.assign(
        new Error('operator does not exist: timestamp with time zone ~~* unknown'),
        { code: '42883' },
      ),
    })
    expect(await badInputAfterError({ error: operator } as never)).toMatchObject({ status: 400 })
    expect(
      await badInputAfterError({
        error: new SyntaxError('Unexpected token b in JSON at position 1'),
      } as never),
    ).toMatchObject({ status: 400 })
    const graphql = await badInputAfterError({
      error: Object.assign(new Error('x'), { originalError: drizzleError }),
      graphqlResult: { message: 'Something went wrong.', extensions: { statusCode: 500 } },
    } as never)
    expect(graphql).toMatchObject({ graphqlResult: { extensions: { statusCode: 400 } } })
    // Anything else stays Payload's to answer.
    expect(
      await badInputAfterError({
        error: Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' }),
      } as never),
    ).toBeUndefined()
  })
})
