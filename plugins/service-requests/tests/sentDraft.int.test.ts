import { handleEndpoints, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { createCsrfToken, csrfBinding } from '../residents/csrf'
import { formCookieName, newFormCookie } from '../form/drafts'
import { base, type City, makeCity } from './helpers'

type Pool = {
  query: (q: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

/**
 * Issue 11, point 10: once a request is sent, its form's draft key (it sits in the form's URLs,
 * so in the browser's history and in logs) must not give the follow-up secret any more.
 */
describe('service requests: a sent form’s draft key', () => {
  let payload: Payload
  let city: City
  let pool: Pool

  const claims = (cookie: string) =>
    JSON.parse(Buffer.from(cookie.split('=')[1].split('.')[1], 'base64url').toString('utf8')) as {
      id: number
      sid?: string
    }
  const post = (fields: Record<string, string>, { cookie }: { cookie?: string } = {}) => {
    const session = cookie?.split('; ').find((c) => c.startsWith('payload-token='))
    const binding = session
      ? csrfBinding({ id: claims(session).id, _sid: claims(session).sid })
      : 'anonymous'
    const body = new URLSearchParams({
      locale: 'fr',
      csrf: createCsrfToken(payload.secret, binding),
      ...fields,
    })
    const headers: Record<string, string> = {
      'content-type': 'application/x-www-form-urlencoded',
      origin: base,
      'sec-fetch-site': 'same-origin',
    }
    if (cookie) headers.cookie = cookie
    return handleEndpoints({
      config: payload.config,
      request: new Request(`${base}/api/service-requests-form/step`, {
        method: 'POST',
        headers,
        body: body.toString(),
      }),
    })
  }
  const location = (r: Response) => new URL(r.headers.get('location') ?? '', base)
  const requestCount = async () =>
    (await payload.count({ collection: 'service-requests', overrideAccess: true })).totalDocs

  /** A form filled in up to its last step; `cookie` is what the browser sends (its own cookies). */
  const fillForm = async (cookie?: string) => {
    const started = await post({ step: 'type', typeId: String(city.type.id) }, { cookie })
    const draft = location(started).searchParams.get('draft')!
    await post({ step: 'details', draft, description: 'Trou devant le 10' }, { cookie })
    await post({ step: 'location', draft, addressId: String(city.westAddress.id) }, { cookie })
    await post({ step: 'questions', draft, q_size: 'small' }, { cookie })
    return { draft, started }
  }
  /** The browser cookie the form's first step set, as the browser sends it back. */
  const browserCookieOf = (r: Response) =>
    /vo_request_form=[^;]+/.exec(r.headers.get('set-cookie') ?? '')?.[0]

  beforeAll(async () => {
    payload = await getTestPayload()
    city = await makeCity(payload)
    pool = (payload.db as unknown as { pool: Pool }).pool
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should not give the follow-up secret to a replay of the draft key once sent, nor let the draft be used again', async () => {
    const { draft } = await fillForm()
    const photo = await sharp({
      create: { width: 64, height: 48, channels: 3, background: '#964' },
    })
      .jpeg()
      .toBuffer()
    const [added] = [
      await payload.create({
        collection: 'request-photos',
        data: { draftKey: draft, isPublic: false } as never,
        file: { data: photo, mimetype: 'image/jpeg', name: 'p.jpg', size: photo.length },
        overrideAccess: true,
        context: { isPhotoProcessed: true },
      }),
    ]
    const sent = await post({ step: 'review', draft, name: 'Jeanne', email: 'jeanne@example.test' })
    const token = location(sent).searchParams.get('token')
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const count = await requestCount()

    // Someone who found the form's address (history, a log, a shared screen) replays the last step.
    const replay = await post({
      step: 'review',
      draft,
      name: 'Mallory',
      email: 'mallory@example.test',
    })
    expect(replay.status).toBe(303)
    expect(replay.headers.get('location')).not.toContain(token!)
    expect(location(replay).searchParams.get('token')).toBeNull()
    expect(location(replay).pathname).toBe('/fr/requetes/nouvelle')
    expect(location(replay).searchParams.get('error')).toBe('alreadySent')
    expect(location(replay).searchParams.get('draft')).toBeNull()
    expect(await requestCount()).toBe(count)

    // The spent draft opens nothing else: no other step, no photo preview, no more photos.
    const step = await post({ step: 'details', draft, description: 'autre chose' })
    expect(location(step).searchParams.get('error')).toBe('alreadySent')
    const preview = await handleEndpoints({
      config: payload.config,
      request: new Request(`${base}/api/service-requests-form/photo?draft=${draft}&id=${added.id}`),
    })
    expect(preview.status).toBe(404)
    // The draft no longer holds what the resident wrote: the request does.
    const { rows } = await pool.query('select data from request_drafts where key = $1', [draft])
    expect(JSON.stringify(rows[0]?.data ?? {})).not.toContain('Trou devant le 10')
  })

  it('should show the link again only to the browser that filled the form, and only for ten minutes', async () => {
    const { draft, started } = await fillForm()
    // The form's first step gives an anonymous browser its signed cookie (if it had none).
    const browser = browserCookieOf(started)
    expect(browser).toBeTruthy()
    const sent = await post({ step: 'review', draft }, { cookie: browser })
    const token = location(sent).searchParams.get('token')
    expect(token).toBeTruthy()

    // A retry from that browser (a reload after a lost answer) lands on the same request with its link.
    const retry = await post({ step: 'review', draft }, { cookie: browser })
    expect(location(retry).toString()).toBe(location(sent).toString())
    // Another browser, with a valid cookie of its own, does not.
    const other = await post(
      { step: 'review', draft },
      { cookie: `${formCookieName}=${newFormCookie()}` },
    )
    expect(location(other).searchParams.get('token')).toBeNull()
    expect(location(other).searchParams.get('error')).toBe('alreadySent')

    // Ten minutes after sending, not even that browser.
    await pool.query(
      `update request_drafts set sent_at = now() - interval '11 minutes' where key = $1`,
      [draft],
    )
    const late = await post({ step: 'review', draft }, { cookie: browser })
    expect(location(late).searchParams.get('token')).toBeNull()
    expect(location(late).searchParams.get('error')).toBe('alreadySent')
  })

  it('should land a signed-in citizen’s repeat on their request, which they can open without a secret', async () => {
    const { draft } = await fillForm(city.citizenA.cookie)
    const sent = await post({ step: 'review', draft }, { cookie: city.citizenA.cookie })
    expect(location(sent).pathname).toMatch(/^\/fr\/requetes\/\d{4}-\d{6}$/)
    const again = await post({ step: 'review', draft }, { cookie: city.citizenA.cookie })
    expect(location(again).pathname).toBe(location(sent).pathname)
    expect(location(again).searchParams.get('token')).toBeNull()
  })
})
