import { describe, expect, it } from 'vitest'

import { csrfBinding, csrfTokens, isSameOriginPost, trustedHeaders } from '../forms'

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
    expect(accounts.isValidCsrfToken(secret, csrfBinding({ id: 7, _sid: 'other' }), token, 10_500)).toBe(false)
    expect(accounts.isValidCsrfToken(secret, 'anonymous', token, 10_500)).toBe(false)
    expect(surveys.isValidCsrfToken(secret, binding, token, 10_500)).toBe(false)
    expect(accounts.isValidCsrfToken('another-secret', binding, token, 10_500)).toBe(false)
    // Dated more than a minute ahead, or not a token at all.
    expect(accounts.isValidCsrfToken(secret, binding, accounts.createCsrfToken(secret, binding, 80_000), 10_000)).toBe(false)
    for (const forged of [undefined, '', 'x', '1.', '.abc', `${token}x`]) expect(accounts.isValidCsrfToken(secret, binding, forged, 10_500)).toBe(false)
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
    expect(post({ origin: 'https://public.example', host: 'public.example', 'x-forwarded-proto': 'https' })).toBe(true)
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
})
