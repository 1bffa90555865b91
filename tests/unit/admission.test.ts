import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { createAdmission } from '../../src/server/admission'

/** A server whose writes wait until `open()` is called, behind the admission control. */
const startServer = async (limits: { maxInFlight: number; maxQueued: number }) => {
  const admission = createAdmission(limits)
  const held: (() => void)[] = []
  let started = 0
  const server = http.createServer((req, res) => {
    admission.admit(req, res, () => {
      started += 1
      held.push(() => res.end('ok'))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    admission,
    started: () => started,
    openOne: () => held.shift()?.(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

describe('admission control for writes', () => {
  let close: (() => Promise<void>) | null = null
  afterEach(async () => {
    await close?.()
    close = null
  })

  it('should run at most the in-flight bound, queue the next in order, and refuse the rest with a 503 in both languages', async () => {
    const server = await startServer({ maxInFlight: 2, maxQueued: 2 })
    close = server.close
    const post = () =>
      fetch(server.url, {
        method: 'POST',
        body: 'x=1',
        headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      })
    const answers = Array.from({ length: 6 }, post)
    await settle()
    expect(server.started()).toBe(2)
    expect(server.admission.stats()).toEqual({ inFlight: 2, queued: 2 })
    // The two beyond both bounds are refused at once, while the others still wait.
    const refused = await Promise.all([answers[4]!, answers[5]!])
    for (const response of refused) {
      expect(response.status).toBe(503)
      expect(response.headers.get('retry-after')).toBe('2')
      const html = await response.text()
      expect(html).toContain('rien n’a été enregistré')
      expect(html).toContain('nothing was recorded')
    }
    // Each one finished lets one waiting start.
    server.openOne()
    await settle()
    expect(server.started()).toBe(3)
    server.openOne()
    await settle()
    expect(server.started()).toBe(4)
    expect(server.admission.stats()).toEqual({ inFlight: 2, queued: 0 })
    server.openOne()
    server.openOne()
    const done = await Promise.all(answers.slice(0, 4))
    expect(done.map((r) => r.status)).toEqual([200, 200, 200, 200])
    await settle()
    expect(server.admission.stats()).toEqual({ inFlight: 0, queued: 0 })
  })

  it('should never count reads', async () => {
    const server = await startServer({ maxInFlight: 1, maxQueued: 0 })
    close = server.close
    const reads = Array.from({ length: 5 }, () => fetch(server.url))
    await settle()
    expect(server.started()).toBe(5)
    for (let i = 0; i < 5; i++) server.openOne()
    expect((await Promise.all(reads)).map((r) => r.status)).toEqual([200, 200, 200, 200, 200])
  })

  it('should give the place back when a waiting client goes away', async () => {
    const server = await startServer({ maxInFlight: 1, maxQueued: 1 })
    close = server.close
    const first = fetch(server.url, { method: 'POST', body: 'a' })
    await settle()
    const controller = new AbortController()
    const gone = fetch(server.url, { method: 'POST', body: 'b', signal: controller.signal }).catch(
      () => null,
    )
    await settle()
    expect(server.admission.stats()).toEqual({ inFlight: 1, queued: 1 })
    controller.abort()
    await gone
    await settle()
    expect(server.admission.stats()).toEqual({ inFlight: 1, queued: 0 })
    server.openOne()
    expect((await first).status).toBe(200)
    await settle()
    expect(server.admission.stats()).toEqual({ inFlight: 0, queued: 0 })
  })
})
