import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { answerRoute } from '@plugins/surveys/frontend/answerRoute'
import {
  handleOpen311Get,
  open311Response,
  readOpen311Form,
  requestOptions,
} from '@plugins/service-requests/open311'
import { guardRest } from '@/server/apiGuard'

import { closePayload, getTestPayload } from '../helpers/payload'

/**
 * The in-app guards on their own, without the production server in front (a host running plain
 * `next start`): Payload's real REST handlers behind src/server/apiGuard.ts, the plugins' bounded
 * readers (plugins/kit/body.ts), a real database refusing what the guard lets through.
 */
describe('bad input inside the app (no serve.ts)', () => {
  let payload: Payload
  const base = 'http://localhost:3000'
  let get: ReturnType<typeof guardRest>
  let post: ReturnType<typeof guardRest>

  beforeAll(async () => {
    payload = await getTestPayload()
    const getPayload = async () => payload
    get = guardRest(REST_GET(payload.config), getPayload)
    post = guardRest(REST_POST(payload.config), getPayload)
  })
  afterAll(() => closePayload(payload))

  const call = (handler: typeof get, path: string, init?: RequestInit) =>
    handler(new Request(`${base}/api/${path}`, init), {
      params: Promise.resolve({ slug: path.split('?')[0].split('/').map(decodeURIComponent) }),
    })
  const both = async (response: Response) => {
    const body = (await response.json()) as { errors?: { message: string }[] }
    return body.errors?.[0]?.message ?? ''
  }

  it('should answer impossible paging and numbers with 400 before the database', async () => {
    const page = await call(get, 'news?page=-5')
    expect(page.status).toBe(400)
    expect(await both(page)).toBe(
      'page doit être un nombre entier de 1 à 10 000 000. / page must be a whole number from 1 to 10,000,000.',
    )
    expect((await call(get, 'news?where[id][greater_than]=1e999')).status).toBe(400)
    expect((await call(get, 'news/%00')).status).toBe(400)
    expect((await call(get, 'news?page=1&limit=2')).status).toBe(200)
  })

  it('should answer what only the database refuses with 400 in both languages (the afterError net)', async () => {
    const outOfRange = await call(get, 'news?where[id][equals]=99999999999999999999')
    expect(outOfRange.status).toBe(400)
    expect(await both(outOfRange)).toBe(
      'Requête refusée : une valeur n’a pas la forme attendue. / Request refused: a value does not have the expected form.',
    )
    expect((await call(get, 'news?where[publishedAt][like]=1')).status).toBe(400)
    // A text operator on a date made broken SQL of some values: refused before the database.
    expect((await call(get, 'news?where[createdAt][contains]=-271821')).status).toBe(400)
    const multipart = new FormData()
    multipart.set('_payload', '{bad')
    const json = await call(post, 'news', { method: 'POST', body: multipart })
    expect(json.status).toBe(400)
    expect(await both(json)).toContain('JSON mal formé')
  })

  it('should answer /versions of a collection that keeps none with 404, and keep versions of one that does', async () => {
    const { token } = await payload.login({
      collection: 'users',
      data: await seedAdmin(payload),
      overrideAccess: true,
    })
    const headers = { Authorization: `JWT ${token}` }
    const refused = await call(get, 'citizens/versions', { headers })
    expect(refused.status).toBe(404)
    expect(await both(refused)).toBe(
      'Cette collection n’a pas d’historique des versions. / This collection has no version history.',
    )
    expect((await call(get, 'globals/site-settings/versions', { headers })).status).toBe(404)
    expect((await call(get, 'news/versions', { headers })).status).toBe(200)
    // limit=0 (every row) is for staff only.
    expect((await call(get, 'addresses?limit=0')).status).toBe(400)
    expect((await call(get, 'addresses?limit=0', { headers })).status).toBe(200)
  })

  it('should refuse an oversized form post with 413 from the plugin endpoint itself', async () => {
    const body = `email=a%40b.c&password=${'a'.repeat(30_000)}`
    const response = await call(post, 'citizen-account/login', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: base,
        accept: 'text/html',
      },
      body,
    })
    expect(response.status).toBe(413)
    const html = await response.text()
    expect(html).toContain('Requête trop volumineuse : 20 Ko au plus.')
    expect(html).toContain('Request too large: 20 KB at most.')
  })

  it('should refuse an oversized survey answer and a NUL in a survey answer', async () => {
    const route = answerRoute(async () => payload)
    const big = await route(
      new Request(`${base}/api/surveys/1/answer`, {
        method: 'POST',
        headers: { accept: 'application/json', origin: base },
        body: `q.1=${'a'.repeat(200_000)}`,
      }),
      { params: Promise.resolve({ id: '1' }) },
    )
    expect(big.status).toBe(413)
    expect(((await big.json()) as { message: { fr: string } }).message.fr).toBe(
      'Requête trop volumineuse : 100 Ko au plus.',
    )
    const nul = await route(
      new Request(`${base}/api/surveys/1/answer`, {
        method: 'POST',
        headers: { accept: 'application/json', origin: base },
        body: 'q.1=a%00',
      }),
      { params: Promise.resolve({ id: '1' }) },
    )
    expect(nul.status).toBe(400)
  })

  it('should answer Open311 with a NUL character with 400, in its own format', async () => {
    const body = 'api_key=x&service_code=%00'
    const form = await readOpen311Form(
      new Request(`${base}/open311/v2/requests.json`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': String(body.length),
        },
        body,
      }),
      ['requests.json'],
    )
    expect(form).toMatchObject({
      status: 400,
      body: [{ code: 400, description: 'Null character refused / Caractère nul refusé' }],
    })
    const answer = await handleOpen311Get({
      payload,
      options: requestOptions(payload),
      path: ['requests.json'],
      query: new URLSearchParams('service_code=%00'),
      baseUrl: base,
    })
    expect(open311Response(answer).status).toBe(400)
  })
})

/** A staff administrator on this file's fresh database. */
const seedAdmin = async (payload: Payload) => {
  const data = { email: 'admin.bad-input@example.test', password: 'long-enough-password-1' }
  await payload.create({
    collection: 'users',
    data: { ...data, roles: ['admin'], name: 'Admin' } as never,
    overrideAccess: true,
  })
  return data
}
