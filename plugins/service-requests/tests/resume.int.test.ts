import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { createCsrfToken } from '../residents/csrf'
import { base, type City, makeCity } from './helpers'

/** A draft started without an account follows its resident through signing in (issue 12). */
describe('service requests: resuming a draft after signing in', () => {
  let payload: Payload
  let city: City

  const postStep = async (fields: Record<string, string>, cookie?: string) => {
    const body = new URLSearchParams({
      locale: 'fr',
      csrf: createCsrfToken(payload.secret, 'anonymous'),
      ...fields,
    })
    const headers: Record<string, string> = {
      'content-type': 'application/x-www-form-urlencoded',
      origin: base,
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
  const resume = (query: Record<string, string>, cookie?: string) =>
    handleEndpoints({
      config: payload.config,
      request: new Request(
        `${base}/api/service-requests-form/resume?${new URLSearchParams(query)}`,
        { method: 'GET', headers: cookie ? { cookie } : {} },
      ),
    })
  const ownerOf = async (key: string) => {
    const { docs } = await payload.find({
      collection: 'request-drafts',
      where: { key: { equals: key } },
      depth: 0,
      overrideAccess: true,
    })
    const citizen = (docs[0] as unknown as { citizen?: number | { id: number } | null }).citizen
    return typeof citizen === 'object' && citizen ? citizen.id : (citizen ?? null)
  }
  /** An anonymous draft and the form cookie of the browser that started it. */
  const anonymousDraft = async () => {
    const r = await postStep({ step: 'type', typeId: String(city.type.id) })
    const draft = new URL(r.headers.get('location')!, base).searchParams.get('draft')!
    const formCookie = r.headers.get('set-cookie')!.split(';')[0]
    await postStep({ step: 'details', draft, description: 'Un trou' }, formCookie)
    return { draft, formCookie }
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    city = await makeCity(payload)
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should give the signed-in resident the draft their own browser started, and send them back to its step', async () => {
    const { draft, formCookie } = await anonymousDraft()
    const r = await resume(
      { brouillon: draft, etape: 'location', locale: 'fr' },
      `${city.citizenA.cookie}; ${formCookie}`,
    )
    expect(r.status).toBe(303)
    expect(r.headers.get('location')).toBe(`/fr/requetes/nouvelle?draft=${draft}&step=location`)
    expect(await ownerOf(draft)).toBe(city.citizenA.id)
    // Once theirs, it stays theirs: another citizen with the same cookie cannot take it over.
    await resume(
      { brouillon: draft, etape: 'location', locale: 'fr' },
      `${city.citizenB.cookie}; ${formCookie}`,
    )
    expect(await ownerOf(draft)).toBe(city.citizenA.id)
  })

  it('should read the English keys the form now writes as it read the French keys of an older sign-in link', async () => {
    const { draft, formCookie } = await anonymousDraft()
    const r = await resume(
      { draft, step: 'photos', locale: 'fr' },
      `${city.citizenA.cookie}; ${formCookie}`,
    )
    expect(r.status).toBe(303)
    expect(r.headers.get('location')).toBe(`/fr/requetes/nouvelle?draft=${draft}&step=photos`)
    expect(await ownerOf(draft)).toBe(city.citizenA.id)
  })

  it('should not hand a draft to someone who only has its key', async () => {
    const { draft } = await anonymousDraft()
    const other = (await anonymousDraft()).formCookie
    // Signed in, but from another browser (another form cookie), or with none.
    for (const cookie of [`${city.citizenA.cookie}; ${other}`, city.citizenA.cookie]) {
      const r = await resume({ brouillon: draft, etape: 'review', locale: 'fr' }, cookie)
      expect(r.status).toBe(303)
      expect(await ownerOf(draft)).toBeNull()
    }
    // Not signed in: nothing to adopt, the form as it was.
    const { draft: mine, formCookie } = await anonymousDraft()
    const r = await resume({ brouillon: mine, etape: 'review', locale: 'fr' }, formCookie)
    expect(r.status).toBe(303)
    expect(await ownerOf(mine)).toBeNull()
    // Garbage in the query: still a redirect to the form, never a 500 or another site.
    const bad = await resume(
      { brouillon: 'x'.repeat(500), etape: '../../evil', locale: 'zz' },
      `${city.citizenA.cookie}; ${formCookie}`,
    )
    expect(bad.status).toBe(303)
    expect(bad.headers.get('location')).toMatch(/^\/fr\/requetes\/nouvelle/)
  })
})
