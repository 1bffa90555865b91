import type { IncomingMessage } from 'node:http'

import { describe, expect, it } from 'vitest'

import { createDossierFastPath, hideLayoutFromVisitors } from '../../src/server/dossierFastPath'

const request = (url: string, remoteAddress: string, headers: Record<string, string> = {}) =>
  ({ url, method: 'GET', headers, socket: { remoteAddress } }) as unknown as IncomingMessage

describe('the dashboard fast path', () => {
  it('should answer its layout page to this machine only', () => {
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
      const req = request('/fr/gabarit-dossier', address)
      hideLayoutFromVisitors(req)
      expect(req.url).toBe('/fr/gabarit-dossier')
    }
    for (const [url, address] of [
      ['/fr/gabarit-dossier', '192.0.2.7'],
      ['/en/gabarit-dossier?x=1', '10.0.0.1'],
      ['/fr/gabarit-dossier/', '::ffff:192.0.2.7'],
    ] as const) {
      const req = request(url, address)
      hideLayoutFromVisitors(req)
      expect(req.url, url).toMatch(/^\/(fr|en)\/gabarit-dossier\/introuvable$/)
    }
    const other = request('/fr/gabarit-dossier-autre', '192.0.2.7')
    hideLayoutFromVisitors(other)
    expect(other.url).toBe('/fr/gabarit-dossier-autre')
  })

  it('should only take a plain GET with a session cookie and nothing that changes the page', () => {
    const { isCandidate } = createDossierFastPath({ selfUrl: 'http://127.0.0.1:1' })
    const cookie = 'a=1; payload-token=abc'
    expect(isCandidate(request('/fr/mon-dossier', '127.0.0.1', { cookie }))).toBe(true)
    expect(isCandidate(request('/fr/mon-dossier', '127.0.0.1', {}))).toBe(false)
    expect(
      isCandidate(request('/fr/mon-dossier', '127.0.0.1', { cookie, authorization: 'JWT x' })),
    ).toBe(false)
    expect(isCandidate(request('/fr/mon-dossier', '127.0.0.1', { cookie, rsc: '1' }))).toBe(false)
    expect(
      isCandidate(
        request('/fr/mon-dossier', '127.0.0.1', { cookie: `${cookie}; __prerender_bypass=1` }),
      ),
    ).toBe(false)
    expect(isCandidate(request('/api/citizens/me', '127.0.0.1', { cookie }))).toBe(false)
    const post = { ...request('/fr/mon-dossier', '127.0.0.1', { cookie }), method: 'POST' }
    expect(isCandidate(post as IncomingMessage)).toBe(false)
  })
})
