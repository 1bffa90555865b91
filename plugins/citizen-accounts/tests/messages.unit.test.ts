import { describe, expect, it } from 'vitest'

import { catalogues } from '../i18n/translate'
import { renderEmail } from '../lib/emails'
import { accountHref, pageFromSegment } from '../lib/routes'
import { createCsrfToken, isSameOriginPost, isValidCsrfToken } from '../lib/csrf'

describe('citizen accounts: messages, routes, CSRF tokens', () => {
  it('should have exactly the same message keys in French and English, none empty', () => {
    expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.fr).sort())
    for (const catalogue of Object.values(catalogues)) {
      expect(Object.entries(catalogue).filter(([, v]) => !v.trim())).toEqual([])
    }
  })

  it('should map French and English page segments both ways', () => {
    expect(accountHref('fr', 'login')).toBe('/fr/mon-dossier/connexion')
    expect(accountHref('en', 'login', { status: 'x' })).toBe('/en/my-account/sign-in?status=x')
    expect(accountHref('en', 'dashboard')).toBe('/en/my-account')
    expect(pageFromSegment('sign-in')).toBe('login')
    expect(pageFromSegment('connexion')).toBe('login')
    expect(pageFromSegment(undefined)).toBe('dashboard')
    expect(pageFromSegment('admin')).toBeNull()
  })

  it('should escape the link in the HTML email and keep a text version', () => {
    const email = renderEmail({
      kind: 'verify',
      locale: 'en',
      url: 'https://x.example/a?b=1&c="2"',
      cityName: 'Lac-Azur',
    })
    expect(email.html).toContain('href="https://x.example/a?b=1&amp;c=&quot;2&quot;"')
    expect(email.text).toContain('https://x.example/a?b=1&c="2"')
    expect(email.text).toContain('— Lac-Azur')
  })

  it('should accept a CSRF token only for the session it was made for, and not after two hours', () => {
    const now = Date.now()
    const token = createCsrfToken('secret', 'citizen:1:abc', now)
    expect(isValidCsrfToken('secret', 'citizen:1:abc', token, now)).toBe(true)
    expect(isValidCsrfToken('secret', 'citizen:2:abc', token, now)).toBe(false)
    expect(isValidCsrfToken('other', 'citizen:1:abc', token, now)).toBe(false)
    expect(isValidCsrfToken('secret', 'citizen:1:abc', token, now + 3 * 60 * 60 * 1000)).toBe(false)
    expect(isValidCsrfToken('secret', 'citizen:1:abc', 'garbage', now)).toBe(false)
  })

  it('should accept a POST only from this site', () => {
    const url = 'http://127.0.0.1:4000/api/citizen-account/login'
    const opts = { requestUrl: url, serverURL: 'https://ville.example' }
    expect(
      isSameOriginPost(
        new Headers({ origin: 'http://127.0.0.1:4000', host: '127.0.0.1:4000' }),
        opts,
      ),
    ).toBe(true)
    expect(
      isSameOriginPost(
        new Headers({ origin: 'https://ville.example', host: 'internal:3000' }),
        opts,
      ),
    ).toBe(true)
    expect(
      isSameOriginPost(
        new Headers({ origin: 'https://evil.example', host: '127.0.0.1:4000' }),
        opts,
      ),
    ).toBe(false)
    expect(isSameOriginPost(new Headers({ 'sec-fetch-site': 'cross-site' }), opts)).toBe(false)
    expect(isSameOriginPost(new Headers({}), opts)).toBe(false)
  })

  it('should accept `Origin: null` only when Sec-Fetch-Site says this site (a form posted from a no-referrer page)', () => {
    const opts = { requestUrl: 'http://127.0.0.1:4000/api/x', serverURL: 'https://ville.example' }
    expect(
      isSameOriginPost(
        new Headers({ origin: 'null', 'sec-fetch-site': 'same-origin', host: '127.0.0.1:4000' }),
        opts,
      ),
    ).toBe(true)
    // A sandboxed frame or a data: page of another site also sends `Origin: null`, with another Sec-Fetch-Site.
    expect(
      isSameOriginPost(new Headers({ origin: 'null', 'sec-fetch-site': 'cross-site' }), opts),
    ).toBe(false)
    expect(
      isSameOriginPost(new Headers({ origin: 'null', 'sec-fetch-site': 'same-site' }), opts),
    ).toBe(false)
    expect(isSameOriginPost(new Headers({ origin: 'null', 'sec-fetch-site': 'none' }), opts)).toBe(
      false,
    )
    expect(isSameOriginPost(new Headers({ origin: 'null' }), opts)).toBe(false)
  })
})
