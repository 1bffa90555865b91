import { describe, expect, it } from 'vitest'

import { readForm } from '../body'
import {
  csrfBinding,
  csrfTokens,
  handleFormPost,
  isSameOriginPost,
  seeOther,
  trustedHeaders,
} from '../forms'

const secret = 'a-secret-for-the-test'
const site = { requestUrl: 'http://127.0.0.1:3000/api/x', serverURL: 'https://ville.example' }

describe('kit/forms', () => {
  it('should accept a token for its purpose and binding while fresh, and nothing else', () => {
    const accounts = csrfTokens('citizen-csrf', { maxAgeMs: 1000 })
    const surveys = csrfTokens('surveys-csrf', { maxAgeMs: 1000 })
    const binding = csrfBinding({ id: 7, _sid: 'abc' })
    const token = accounts.createCsrfToken(secret, binding, 10_000)
    expect(accounts.isValidCsrfToken(secret, binding, token, 10_500)).toBe(true)
    expect(accounts.isValidCsrfToken(secret, binding, token, 11_001)).toBe(false)
    expect(
      accounts.isValidCsrfToken(secret, csrfBinding({ id: 7, _sid: 'other' }), token, 10_500),
    ).toBe(false)
    expect(accounts.isValidCsrfToken(secret, 'anonymous', token, 10_500)).toBe(false)
    expect(surveys.isValidCsrfToken(secret, binding, token, 10_500)).toBe(false)
    expect(accounts.isValidCsrfToken('another-secret', binding, token, 10_500)).toBe(false)
    // Dated more than a minute ahead, or not a token at all.
    expect(
      accounts.isValidCsrfToken(
        secret,
        binding,
        accounts.createCsrfToken(secret, binding, 80_000),
        10_000,
      ),
    ).toBe(false)
    for (const forged of [undefined, '', 'x', '1.', '.abc', `${token}x`])
      expect(accounts.isValidCsrfToken(secret, binding, forged, 10_500)).toBe(false)
  })

  it('should bind to the session whichever name it goes by', () => {
    expect(csrfBinding({ id: 3, _sid: 's1' })).toBe('citizen:3:s1')
    expect(csrfBinding({ id: 3, sid: 's1' })).toBe('citizen:3:s1')
    expect(csrfBinding(null)).toBe('anonymous')
  })

  it('should take a post from this site only', () => {
    const post = (headers: Record<string, string>) => isSameOriginPost(new Headers(headers), site)
    expect(post({ origin: 'http://127.0.0.1:3000' })).toBe(true)
    expect(post({ origin: 'https://ville.example' })).toBe(true)
    expect(post({ origin: 'https://ville.example', host: 'proxy.internal' })).toBe(true)
    expect(
      post({
        origin: 'https://public.example',
        host: 'public.example',
        'x-forwarded-proto': 'https',
      }),
    ).toBe(true)
    expect(post({ origin: 'https://evil.example' })).toBe(false)
    expect(post({ origin: 'null', 'sec-fetch-site': 'same-origin' })).toBe(true)
    expect(post({ origin: 'null' })).toBe(false)
    expect(post({ 'sec-fetch-site': 'cross-site' })).toBe(false)
    expect(post({ 'sec-fetch-site': 'same-origin' })).toBe(true)
    expect(post({})).toBe(false)
    const trusted = trustedHeaders(new Headers({ origin: 'http://127.0.0.1:3000', cookie: 'a=b' }))
    expect(trusted.get('origin')).toBeNull()
    expect(trusted.get('sec-fetch-site')).toBe('same-origin')
    expect(trusted.get('cookie')).toBe('a=b')
  })

  describe('handleFormPost', () => {
    const logged: string[] = []
    const logger = { error: ({ msg }: { err: unknown; msg: string }) => void logged.push(msg) }
    const post = (body: string, headers: Record<string, string>) =>
      new Request('https://ville.example/api/x', {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      })
    const frame = (request: Request, run: (form: URLSearchParams) => Promise<Response>) =>
      handleFormPost({
        headers: request.headers,
        url: request.url,
        serverURL: 'https://ville.example',
        logger,
        label: 'kit-test: send',
        readForm: () => readForm(request, { limit: 64 }),
        onUnexpected: () => seeOther('/fr/x?error=unexpected'),
        run,
      })

    it('should run the action for a same-origin post and answer what it answers', async () => {
      const response = await frame(post('a=1', { origin: 'https://ville.example' }), async (form) =>
        seeOther(`/fr/x?a=${form.get('a')}`),
      )
      expect(response.status).toBe(303)
      expect(response.headers.get('location')).toBe('/fr/x?a=1')
      expect(response.headers.get('cache-control')).toBe('private, no-store')
    })

    it('should refuse a post from another site in both languages without running the action', async () => {
      let ran = false
      const run = async () => ((ran = true), new Response('done'))
      const page = await frame(
        post('a=1', { origin: 'https://evil.example', accept: 'text/html' }),
        run,
      )
      expect(page.status).toBe(403)
      const html = await page.text()
      expect(html).toContain('autre site')
      expect(html).toContain('lang="en"')
      const json = await frame(post('a=1', { origin: 'https://evil.example' }), run)
      expect(((await json.json()) as { error: string }).error).toBe('crossSite')
      expect(ran).toBe(false)
    })

    it('should answer a body over its ceiling 413 and a failure with the fallback, never a 500', async () => {
      const tooLarge = await frame(
        post(`a=${'x'.repeat(100)}`, { origin: 'https://ville.example' }),
        async () => new Response('done'),
      )
      expect(tooLarge.status).toBe(413)
      const failed = await frame(post('a=1', { origin: 'https://ville.example' }), async () => {
        throw new Error('database down')
      })
      expect(failed.status).toBe(303)
      expect(failed.headers.get('location')).toBe('/fr/x?error=unexpected')
      expect(logged).toEqual(['kit-test: send failed'])
    })
  })
})
