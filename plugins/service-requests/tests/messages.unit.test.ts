import { describe, expect, it } from 'vitest'

import { neighbourStep } from '../requests/routes'
import { catalogues } from '../i18n/translate'
import { validateAnswers } from '../form/answers'
import { createCsrfToken, isSameOriginPost, isValidCsrfToken } from '../residents/csrf'
import { newRequestHref, requestHref } from '../requests/routes'
import { requestStatuses, canTransition } from '../requests/status'
import { routeRequest } from '../requests/routing'

describe('service requests: messages, routes, small rules', () => {
  it('should have exactly the same message keys in French and English, none empty, a label for every status', () => {
    expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.fr).sort())
    for (const catalogue of Object.values(catalogues)) {
      expect(Object.entries(catalogue).filter(([, v]) => !v.trim())).toEqual([])
      for (const status of requestStatuses) expect(catalogue[`statuses.${status}`]).toBeTruthy()
    }
  })

  it('should build French and English addresses', () => {
    expect(newRequestHref('fr')).toBe('/fr/requetes/nouvelle')
    expect(newRequestHref('en', { draft: 'abc', step: 'details', error: undefined })).toBe(
      '/en/requests/new?draft=abc&step=details',
    )
    expect(requestHref('fr', '2026-000123', { token: 'secret' })).toBe(
      '/fr/requetes/2026-000123?token=secret',
    )
  })

  it('should skip the photos and questions steps for a type without them, both ways', () => {
    const bare = { hasQuestions: false, takesPhotos: false }
    expect(neighbourStep('location', 1, bare)).toBe('review')
    expect(neighbourStep('review', -1, bare)).toBe('location')
    expect(neighbourStep('location', 1, { hasQuestions: true, takesPhotos: true })).toBe('photos')
    expect(neighbourStep('photos', 1, { hasQuestions: true, takesPhotos: true })).toBe('questions')
    expect(neighbourStep('review', -1, { hasQuestions: false, takesPhotos: true })).toBe('photos')
    expect(neighbourStep('type', -1, bare)).toBe('type')
  })

  it('should check answers by Open311 datatype', () => {
    const questions = [
      { code: 'n', type: 'number' as const, required: true },
      { code: 'd', type: 'datetime' as const },
      { code: 'm', type: 'multivaluelist' as const, choices: [{ value: 'a' }, { value: 'b' }] },
    ]
    expect(validateAnswers(questions, { n: '12,5', d: '2026-11-23', m: ['a', 'b', 'a'] })).toEqual({
      answers: { n: '12.5', d: '2026-11-23', m: ['a', 'b'] },
      issues: [],
    })
    expect(validateAnswers(questions, { d: '23/11/2026', m: ['c'] }).issues).toEqual([
      { code: 'n', error: 'required' },
      { code: 'd', error: 'date' },
      { code: 'm', error: 'choice' },
    ])
  })

  it('should route by sector row, else by the type’s department', () => {
    const type = {
      department: 1,
      sectorRouting: [
        { sector: 7, department: 2, assignee: 9 },
        { sector: { id: 8 }, assignee: 10 },
      ],
    }
    expect(routeRequest(type, 7)).toEqual({ department: 2, assignee: 9 })
    expect(routeRequest(type, 8)).toEqual({ department: 1, assignee: 10 })
    expect(routeRequest(type, null)).toEqual({ department: 1, assignee: null })
    expect(canTransition('closed', 'in_progress')).toBe(false)
    expect(canTransition('resolved', 'in_progress')).toBe(true)
  })

  it('should bind CSRF tokens to the session and refuse other origins', () => {
    const token = createCsrfToken('s', 'anonymous')
    expect(isValidCsrfToken('s', 'anonymous', token)).toBe(true)
    expect(isValidCsrfToken('s', 'citizen:1:x', token)).toBe(false)
    expect(
      isSameOriginPost(new Headers({ origin: 'https://evil.example', host: 'ville.example' }), {
        requestUrl: 'https://ville.example/api/x',
        serverURL: '',
      }),
    ).toBe(false)
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
